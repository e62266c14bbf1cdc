import type { Logger } from '../../bot/logger.ts';
import type { Directory } from '../../data/org/directory.ts';
import type { QuestionQueueRepo, QueueKind } from '../../data/repos/question-queue-repo.ts';
import { redact } from '../policy-qa/redact.ts';
import { looksLikeQuestion } from './looks-like-question.ts';
import { normaliseQuestion, sameQuestion } from './question-text.ts';

/** What the loop needs of an answer: whether it was found, and the section it quoted (PolicyQa's `answer()` result). */
export interface AnswerSeen {
  readonly found: boolean;
  readonly citations: readonly { readonly doc: string; readonly section: string }[];
}

export interface QuotedSection {
  readonly doc: string;
  readonly path: string;
}

/** 「不对」「没用」「答错了」👎 (WeChat writes its thumbs-down as [弱]), alone. */
export const DISLIKE =
  /^(不对|不对吧|不是|不是这个|没用|没有用|答错了|错了|回答错了|答非所问|不准确|👎[\u{1F3FB}-\u{1F3FF}]?|\[弱\])[啊吧呀了哦!！。.~～]*$/u;

interface Recent {
  readonly question: string;
  readonly section: QuotedSection | null;
  readonly at: number;
}

/**
 * A 👎 names the answer it rates, so unlike a typed 「不对」 it may come days later; answers
 * are remembered that long (in memory, at most MAX_RATED of them) for it.
 */
const RATED_MS = 7 * 24 * 3600_000;
const MAX_RATED = 5_000;

/**
 * Feeds the unanswered-questions queue: every decline, every answer the asker says is wrong
 * right after it, every offer of choices none of which was picked. The question is stored
 * with names from the directory, phone and ID numbers removed; similar questions are counted
 * together. The last answer each person got is kept in memory only, for the few minutes in
 * which a 「不对」 refers to it: a restart forgets at most that one answer.
 */
export class QuestionLoop {
  private readonly recent = new Map<string, Recent>();
  /** Answers by the id of the message they answered, for a 👎 on one of them. */
  private readonly rated = new Map<string, Recent>();

  constructor(
    readonly repo: QuestionQueueRepo,
    private readonly directory: () => Directory,
    private readonly feedbackMinutes: () => number,
    private readonly log: Logger,
  ) {}

  /**
   * The Q&A answered someone: remembered so that a 「不对」 soon after queues the question, and
   * a 👎 on that answer (`messageId`: the message it answered) any time in the next days.
   */
  answered(staffId: string, question: string, result: AnswerSeen, now: Date, messageId?: string): void {
    if (!result.found) return;
    const cited = result.citations[0];
    const section = cited?.doc ? { doc: cited.doc, path: cited.section } : null;
    const answer = { question, section, at: now.getTime() };
    this.recent.set(staffId, answer);
    if (messageId === undefined) return;
    this.rated.set(messageId, answer);
    for (const [id, old] of this.rated) {
      if (this.rated.size <= MAX_RATED && old.at > now.getTime() - RATED_MS) break;
      this.rated.delete(id);
    }
  }

  /**
   * Someone pressed 👎 under the answer to message `messageId` (WeCom's feedback button): its
   * question is queued for them, with the section quoted. Undefined when that answer is not
   * remembered (too old, before a restart, or not an answer of the Q&A) or was rated already.
   */
  async dislikedAnswer(staffId: string, messageId: string, now: Date): Promise<number | undefined> {
    const answer = this.rated.get(messageId);
    if (!answer || answer.at <= now.getTime() - RATED_MS) return undefined;
    this.rated.delete(messageId);
    // A 「不对」 after it would be about the same answer: it is queued once.
    if (this.recent.get(staffId) === answer) this.recent.delete(staffId);
    return this.queue('disliked', staffId, answer.question, answer.section, now);
  }

  /** The Q&A found nothing to answer with: queued only when it reads as a question (not 「确认」「好的收到了」). */
  async declined(staffId: string, question: string, now: Date): Promise<number | undefined> {
    this.recent.delete(staffId);
    if (!looksLikeQuestion(question)) return undefined;
    return this.queue('declined', staffId, question, null, now);
  }

  /**
   * Choices were offered and none was picked (the asker wrote something else, or the offer
   * expired): for the Q&A's choices flow to call.
   */
  choiceNotPicked(
    staffId: string,
    question: string,
    now: Date,
    section: QuotedSection | null = null,
  ): Promise<number | undefined> {
    return this.queue('choice-not-picked', staffId, question, section, now);
  }

  /** Whether the person got an answer recently enough for a 「不对」 to refer to it. */
  hasRecentAnswer(staffId: string, now: Date): boolean {
    const last = this.recent.get(staffId);
    return !!last && now.getTime() - last.at <= this.feedbackMinutes() * 60_000;
  }

  /**
   * The question the person was last answered and the section quoted, while a follow-up may
   * still refer to it (the same few minutes as a 「不对」): 「我来了7年了」 after 「年假有几天」,
   * 「下周二到周四」 after the rule on 丧假.
   */
  lastAnswer(staffId: string, now: Date): Pick<Recent, 'question' | 'section'> | undefined {
    return this.hasRecentAnswer(staffId, now) ? this.recent.get(staffId) : undefined;
  }

  /**
   * The person said their last answer was wrong (typed, or WeCom's feedback button): that
   * question is queued with the section quoted. Undefined when there was no recent answer.
   */
  async disliked(staffId: string, now: Date): Promise<number | undefined> {
    if (!this.hasRecentAnswer(staffId, now)) return undefined;
    const last = this.recent.get(staffId)!;
    this.recent.delete(staffId);
    return this.queue('disliked', staffId, last.question, last.section, now);
  }

  /** Never fails the answer it follows: a queue that can't be written is logged; the person still gets their reply. */
  private async queue(kind: QueueKind, staffId: string, question: string, section: QuotedSection | null, now: Date) {
    const text = redact(question.trim(), this.directory());
    const norm = normaliseQuestion(text);
    // "好的", "不对" after a decline: nothing to answer.
    if ([...norm].length < 2 || DISLIKE.test(question.trim())) return undefined;
    try {
      const same = (await this.repo.open()).find((q) => sameQuestion(q.norm, norm));
      return await this.repo.add({ text, norm, section, kind, staffId, at: now }, same?.id);
    } catch (error) {
      this.log.error({ err: error instanceof Error ? error.message : String(error), kind }, 'question not queued');
      return undefined;
    }
  }
}
