import type { Generated } from 'kysely';

/**
 * Why a question is in the queue: the bot declined, the asker said the answer was wrong, or
 * none of the offered choices was picked.
 */
export type QueueKind = 'declined' | 'disliked' | 'choice-not-picked';
export type QueueStatus = 'open' | 'answered' | 'ignored';

/** The unanswered-questions queue (issue 12 §3). Question text is stored redacted. */
export interface QuestionQueueTables {
  unanswered_questions: {
    id: Generated<number>;
    /** The first asker's wording, with names, phone and ID numbers removed. */
    text: string;
    /** The wording normalised for grouping (no punctuation, particles or spaces). */
    norm: string;
    /** The section the bot quoted, if it quoted one (document slug and heading path joined by ' › '). */
    section_doc: string | null;
    section_path: string | null;
    status: QueueStatus;
    ask_count: number;
    first_asked_at: string;
    last_asked_at: string;
    answer: string | null;
    answered_by: string | null;
    answered_at: string | null;
    /** When HR saved the answer to faq.csv or mapped the question to a section. */
    saved_at: string | null;
    closed_at: string | null;
  };
  unanswered_question_asks: {
    id: Generated<number>;
    question_id: number;
    /** Who asked: to tell them when HR answers. Never shown in a list. */
    staff_id: string;
    kind: QueueKind;
    asked_at: string;
    notified_at: string | null;
  };
}
