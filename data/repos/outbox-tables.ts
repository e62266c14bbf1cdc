import type { Generated } from 'kysely';

/**
 * Where a planned send stands. Only `pending` rows are picked up; `sending` means claimed by a
 * process (in flight); `missed` includes sends held back by a pause (error `paused`).
 */
export type OutboxStatus = 'pending' | 'sending' | 'sent' | 'failed' | 'missed';

/**
 * The scheduler's outbox: one row per (job, occurrence, recipient), claimed before it is sent
 * (`sending`: in flight) and marked the moment the channel accepts it. No send is lost; a crash
 * between the accept and the mark sends that one message again after the restart.
 */
export interface OutboxTables {
  outbox: {
    id: Generated<number>;
    job: string;
    occurrence: string;
    recipient: string;
    /** Recipient as JSON ({staffId} | {room} | {channel, chatId, isDirect}). */
    recipient_json: string;
    /** OutgoingMessage as JSON. */
    message_json: string;
    status: OutboxStatus;
    due_at: string;
    /** Not sent after this instant: marked missed, never sent late. */
    stale_after: string;
    /** A pending row is not picked up before this (back-off after a failure). */
    next_attempt_at: string;
    attempts: number;
    /** `host/pid/token` of the process that claimed the row. */
    claimed_by: string | null;
    /** A claim older than this is abandoned (its process died) and may be taken over. */
    lease_until: string | null;
    sent_at: string | null;
    /** Why the last attempt failed, or why the row was missed. */
    error: string | null;
    /** Set when HR has been told about a failed or missed row; the report's key. */
    report_key: string | null;
    created_at: string;
    updated_at: string;
  };
  /** Occurrences whose sends have been written to the outbox: each is expanded once. */
  outbox_occurrences: {
    job: string;
    occurrence: string;
    due_at: string;
    recipients: number;
    expanded_at: string;
  };
  /** Per job: every occurrence due before `planned_until` has been considered. */
  outbox_watermarks: {
    job: string;
    planned_until: string;
    updated_at: string;
  };
}
