import type { Selectable } from 'kysely';
import type { Db } from '../db/open-database.ts';
import type { QueueKind, QueueStatus, QuestionQueueTables } from './question-queue-tables.ts';

export type { QueueKind, QueueStatus } from './question-queue-tables.ts';

export interface QueuedQuestion {
  readonly id: number;
  readonly text: string;
  readonly norm: string;
  readonly section: { readonly doc: string; readonly path: string } | null;
  readonly status: QueueStatus;
  readonly count: number;
  readonly firstAskedAt: Date;
  readonly lastAskedAt: Date;
  readonly answer: string | null;
  readonly answeredBy: string | null;
  readonly answeredAt: Date | null;
  readonly savedAt: Date | null;
}

export interface NewAsk {
  readonly text: string;
  readonly norm: string;
  readonly section: { readonly doc: string; readonly path: string } | null;
  readonly kind: QueueKind;
  readonly staffId: string;
  readonly at: Date;
}

/** The unanswered-questions queue: groups of similar questions and who asked each. */
export class QuestionQueueRepo {
  constructor(private readonly db: Db) {}

  /**
   * Adds an ask to the group `into`, or starts a new group. Returns the group's id. A group HR
   * answered (and did not save to the FAQ) opens again: its new asker waits for an answer, and
   * the earlier one stays on it for HR to see.
   */
  async add(ask: NewAsk, into?: number): Promise<number> {
    return this.db.transaction().execute(async (trx) => {
      let id = into;
      if (id === undefined) {
        const row = await trx
          .insertInto('unanswered_questions')
          .values({
            text: ask.text,
            norm: ask.norm,
            section_doc: ask.section?.doc ?? null,
            section_path: ask.section?.path ?? null,
            status: 'open',
            ask_count: 1,
            first_asked_at: ask.at.toISOString(),
            last_asked_at: ask.at.toISOString(),
            answer: null,
            answered_by: null,
            answered_at: null,
            saved_at: null,
            closed_at: null,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        id = row.id;
      } else {
        await trx
          .updateTable('unanswered_questions')
          .set((eb) => ({
            ask_count: eb('ask_count', '+', 1),
            last_asked_at: ask.at.toISOString(),
            // The latest quoted section is the one the asker just saw.
            ...(ask.section ? { section_doc: ask.section.doc, section_path: ask.section.path } : {}),
          }))
          .where('id', '=', id)
          .execute();
        await trx
          .updateTable('unanswered_questions')
          .set({ status: 'open', closed_at: null })
          .where('id', '=', id)
          .where('status', '=', 'answered')
          .where('saved_at', 'is', null)
          .execute();
      }
      await trx
        .insertInto('unanswered_question_asks')
        .values({
          question_id: id,
          staff_id: ask.staffId,
          kind: ask.kind,
          asked_at: ask.at.toISOString(),
          notified_at: null,
        })
        .execute();
      return id;
    });
  }

  async get(id: number): Promise<QueuedQuestion | undefined> {
    const row = await this.db.selectFrom('unanswered_questions').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toQuestion(row);
  }

  /** Open questions, most asked first (then most recently asked). */
  async open(): Promise<QueuedQuestion[]> {
    const rows = await this.db
      .selectFrom('unanswered_questions')
      .selectAll()
      .where('status', '=', 'open')
      .orderBy('ask_count', 'desc')
      .orderBy('last_asked_at', 'desc')
      .orderBy('id', 'desc')
      .execute();
    return rows.map(toQuestion);
  }

  /** What each ask was (declined, disliked, choice not picked), counted, for HR's tools. */
  async kinds(id: number): Promise<Partial<Record<QueueKind, number>>> {
    const rows = await this.db
      .selectFrom('unanswered_question_asks')
      .select('kind')
      .where('question_id', '=', id)
      .execute();
    const out: Partial<Record<QueueKind, number>> = {};
    for (const r of rows) out[r.kind] = (out[r.kind] ?? 0) + 1;
    return out;
  }

  /** Everyone who asked the question and has not been told the answer yet. */
  async waitingAskers(id: number): Promise<string[]> {
    const rows = await this.db
      .selectFrom('unanswered_question_asks')
      .select('staff_id')
      .distinct()
      .where('question_id', '=', id)
      .where('notified_at', 'is', null)
      .orderBy('staff_id')
      .execute();
    return rows.map((r) => r.staff_id);
  }

  async markNotified(id: number, staffId: string, at: Date): Promise<void> {
    await this.db
      .updateTable('unanswered_question_asks')
      .set({ notified_at: at.toISOString() })
      .where('question_id', '=', id)
      .where('staff_id', '=', staffId)
      .where('notified_at', 'is', null)
      .execute();
  }

  /** Records HR's answer; false when the question is no longer open (answered or ignored meanwhile). */
  async answer(id: number, answer: string, by: string, at: Date): Promise<boolean> {
    const result = await this.db
      .updateTable('unanswered_questions')
      .set({ status: 'answered', answer, answered_by: by, answered_at: at.toISOString(), closed_at: at.toISOString() })
      .where('id', '=', id)
      .where('status', '=', 'open')
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async ignore(id: number, at: Date): Promise<boolean> {
    const result = await this.db
      .updateTable('unanswered_questions')
      .set({ status: 'ignored', closed_at: at.toISOString() })
      .where('id', '=', id)
      .where('status', '=', 'open')
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  /** The last question this HR officer answered and has not saved yet, answered at or after `since`. */
  async lastUnsavedAnswer(by: string, since: Date): Promise<QueuedQuestion | undefined> {
    const row = await this.db
      .selectFrom('unanswered_questions')
      .selectAll()
      .where('status', '=', 'answered')
      .where('answered_by', '=', by)
      .where('saved_at', 'is', null)
      .where('answered_at', '>=', since.toISOString())
      .orderBy('answered_at', 'desc')
      .orderBy('id', 'desc')
      .executeTakeFirst();
    return row && toQuestion(row);
  }

  /**
   * The answer this HR officer gave last, at or after `since`, whatever became of the question
   * since (saved, or asked again): 「问题 4 也是这个答案」 refers to it.
   */
  async lastAnswerBy(by: string, since: Date): Promise<QueuedQuestion | undefined> {
    const row = await this.db
      .selectFrom('unanswered_questions')
      .selectAll()
      .where('answered_by', '=', by)
      .where('answer', 'is not', null)
      .where('answered_at', '>=', since.toISOString())
      .orderBy('answered_at', 'desc')
      .orderBy('id', 'desc')
      .executeTakeFirst();
    return row && toQuestion(row);
  }

  /** The asker's clarification after 「不对」 (「我问的是上班路上」) becomes part of the question HR reads. */
  async rewrite(id: number, text: string): Promise<void> {
    await this.db.updateTable('unanswered_questions').set({ text }).where('id', '=', id).execute();
  }

  /** Answered questions not saved to the FAQ yet, latest first (the console offers 「存为问答」 on them). */
  async answeredUnsaved(limit = 50): Promise<QueuedQuestion[]> {
    const rows = await this.db
      .selectFrom('unanswered_questions')
      .selectAll()
      .where('status', '=', 'answered')
      .where('saved_at', 'is', null)
      .orderBy('answered_at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit)
      .execute();
    return rows.map(toQuestion);
  }

  /** Marks a question learned (saved to the FAQ or mapped to a section); it leaves the open list. */
  async markSaved(id: number, at: Date): Promise<void> {
    const iso = at.toISOString();
    await this.db.updateTable('unanswered_questions').set({ saved_at: iso }).where('id', '=', id).execute();
    await this.db
      .updateTable('unanswered_questions')
      .set({ status: 'answered', closed_at: iso })
      .where('id', '=', id)
      .where('status', '=', 'open')
      .execute();
  }
}

function toQuestion(row: Selectable<QuestionQueueTables['unanswered_questions']>): QueuedQuestion {
  const date = (s: string | null) => (s ? new Date(s) : null);
  return {
    id: row.id,
    text: row.text,
    norm: row.norm,
    section: row.section_doc && row.section_path ? { doc: row.section_doc, path: row.section_path } : null,
    status: row.status,
    count: row.ask_count,
    firstAskedAt: new Date(row.first_asked_at),
    lastAskedAt: new Date(row.last_asked_at),
    answer: row.answer,
    answeredBy: row.answered_by,
    answeredAt: date(row.answered_at),
    savedAt: date(row.saved_at),
  };
}
