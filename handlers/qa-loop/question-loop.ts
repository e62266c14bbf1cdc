import type { Logger } from '../../bot/logger.ts';
import type { Directory } from '../../data/org/directory.ts';
import type { QuestionQueueRepo, QueueKind } from '../../data/repos/question-queue-repo.ts';
import { redact } from '../policy-qa/redact.ts';
import { looksLikeQuestion } from './looks-like-question.ts';
import { normaliseQuestion, sameQuestion, withClarification } from './question-text.ts';

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

/** A question queued as it was declined (or passed to HR): HR's plain reply to the alert may answer it. */
export interface QueuedAsk {
  readonly id: number;
  readonly staffId: string;
  readonly question: string;
  readonly at: number;
}

/** An answer the asker said was wrong, queued: what they write next may say what they meant. */
interface Disliked extends Recent {
  readonly id: number;
}

/**
 * How long after a question was queued an HR officer's plain reply (「可以的，找前台登记」) is
 * offered as its answer: the offer to pass it to HR lasts 30 minutes, and HR reads the alert
 * within the hour or so after. Later, HR answers from 「待回复问题」.
 */
const ALERT_REPLY_MS = 2 * 3600_000;
/** Queued asks remembered for that (a busy morning's worth). */
const MAX_QUEUED = 200;
/** Answered questions a new ask is compared with (the newest; older answers were likely saved or stale). */
const MERGE_ANSWERED = 500;

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
  /** The questions queued lately as declined, oldest first: for HR's plain reply to an alert. */
  private readonly queuedAsks: QueuedAsk[] = [];
  /** Per asker, the question their last 「不对」 queued, for the clarification that may follow it. */
  private readonly clarifying = new Map<string, Disliked>();

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
    return this.queueDisliked(staffId, answer, now);
  }

  /** The Q&A found nothing to answer with: queued only when it reads as a question (not 「确认」「好的收到了」). */
  async declined(staffId: string, question: string, now: Date): Promise<number | undefined> {
    this.recent.delete(staffId);
    this.clarifying.delete(staffId);
    if (!looksLikeQuestion(question)) return undefined;
    const id = await this.queue('declined', staffId, question, null, now);
    if (id !== undefined) this.rememberQueued({ id, staffId, question, at: now.getTime() });
    return id;
  }

  /**
   * The asker said yes to passing a declined question to HR: it is in HR's queue whatever its
   * shape (they asked for HR's answer; the shape test only keeps chatter out), once however
   * it got there. Returns its number, for the alert to name; undefined if it can't be queued.
   */
  async forwarded(staffId: string, question: string, now: Date): Promise<number | undefined> {
    const declined = [...this.queuedAsks].reverse().find((q) => q.staffId === staffId);
    if (declined?.question === question) return declined.id;
    const id = await this.queue('declined', staffId, question, null, now);
    if (id !== undefined) this.rememberQueued({ id, staffId, question, at: now.getTime() });
    return id;
  }

  /**
   * The questions others asked lately that an HR officer's plain reply may answer, newest first
   * (kept in memory: after a restart HR answers from 「待回复问题」, as the alert also says).
   */
  questionsAwaitingReply(hrId: string, now: Date): QueuedAsk[] {
    const since = now.getTime() - ALERT_REPLY_MS;
    return this.queuedAsks.filter((q) => q.at >= since && q.staffId !== hrId).reverse();
  }

  /**
   * The question the person's 「不对」 queued a moment ago (within the same few minutes a 「不对」
   * refers to an answer): what they write next (「我问的是上班路上」) says what they meant.
   */
  clarifyingFor(staffId: string, now: Date): Pick<Recent, 'question' | 'section'> | undefined {
    const last = this.clarifying.get(staffId);
    return last && now.getTime() - last.at <= this.feedbackMinutes() * 60_000 ? last : undefined;
  }

  /**
   * The clarification did not find a better answer: HR reads it with the question (names and
   * numbers taken out, as from the question). Returns the question's number, or undefined when
   * there is nothing to add it to.
   */
  async clarified(staffId: string, clarification: string, now: Date): Promise<number | undefined> {
    const last = this.clarifyingFor(staffId, now) ? this.clarifying.get(staffId) : undefined;
    this.clarifying.delete(staffId);
    if (!last) return undefined;
    try {
      const question = await this.repo.get(last.id);
      if (!question) return undefined;
      const added = redact(clarification.trim(), this.directory());
      await this.repo.rewrite(last.id, withClarification(question.text, added));
      return last.id;
    } catch (error) {
      this.log.error({ err: error instanceof Error ? error.message : String(error) }, 'clarification not queued');
      return undefined;
    }
  }

  /** The clarification was answered (or turned out to be something else): nothing more to add. */
  endClarification(staffId: string): void {
    this.clarifying.delete(staffId);
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
    return this.queueDisliked(staffId, last, now);
  }

  private async queueDisliked(staffId: string, answer: Recent, now: Date): Promise<number | undefined> {
    const id = await this.queue('disliked', staffId, answer.question, answer.section, now);
    if (id !== undefined) this.clarifying.set(staffId, { ...answer, id, at: now.getTime() });
    return id;
  }

  private rememberQueued(ask: QueuedAsk): void {
    this.queuedAsks.push(ask);
    const since = ask.at - ALERT_REPLY_MS;
    while (this.queuedAsks.length > MAX_QUEUED || (this.queuedAsks[0]?.at ?? ask.at) < since) this.queuedAsks.shift();
  }

  /** Never fails the answer it follows: a queue that can't be written is logged; the person still gets their reply. */
  private async queue(kind: QueueKind, staffId: string, question: string, section: QuotedSection | null, now: Date) {
    const text = redact(question.trim(), this.directory());
    const norm = normaliseQuestion(text);
    // "好的", "不对" after a decline: nothing to answer.
    if ([...norm].length < 2 || DISLIKE.test(question.trim())) return undefined;
    try {
      // Asked again after HR answered (and did not save the answer): the same question, open again
      // with HR's earlier answer beside it, rather than a second line HR must answer from scratch.
      const same =
        (await this.repo.open()).find((q) => sameQuestion(q.norm, norm)) ??
        (await this.repo.answeredUnsaved(MERGE_ANSWERED)).find((q) => q.answer && sameQuestion(q.norm, norm));
      return await this.repo.add({ text, norm, section, kind, staffId, at: now }, same?.id);
    } catch (error) {
      this.log.error({ err: error instanceof Error ? error.message : String(error), kind }, 'question not queued');
      return undefined;
    }
  }
}
