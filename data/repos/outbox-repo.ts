import type { Insertable, Selectable } from 'kysely';
import type { OutgoingMessage, Recipient } from '../message.ts';
import { skipLocked } from '../db/dialect.ts';
import { sqliteHandle, type Db } from '../db/open-database.ts';
import type { OutboxStatus, OutboxTables } from './outbox-tables.ts';

type Row = Selectable<OutboxTables['outbox']>;

/** One planned send as the outbox keeps it. */
export interface OutboxEntry {
  readonly id: number;
  readonly job: string;
  readonly occurrence: string;
  readonly recipient: string;
  readonly to: Recipient;
  readonly message: OutgoingMessage;
  readonly status: OutboxStatus;
  readonly dueAt: Date;
  readonly staleAfter: Date;
  readonly attempts: number;
  readonly claimedBy: string | null;
  readonly leaseUntil: Date | null;
  readonly sentAt: Date | null;
  readonly error: string | null;
}

/** A send to write: its key (job, occurrence, recipient), written once, and what to send. */
export interface NewOutboxEntry {
  readonly job: string;
  readonly occurrence: string;
  readonly recipient: string;
  readonly to: Recipient;
  readonly message: OutgoingMessage;
  readonly dueAt: Date;
  readonly staleAfter: Date;
  /** `missed` when the occurrence was already stale when it was planned. */
  readonly status: 'pending' | 'missed';
  readonly error?: string;
}

/**
 * The scheduler's outbox. Every state change is a conditional update (`where status = …`),
 * so two processes on one database can't both claim, or both finish, the same send.
 */
export class OutboxRepo {
  constructor(private readonly db: Db) {}

  /** Whether the occurrence's sends have already been written (by this or another process). */
  async isExpanded(job: string, occurrence: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('outbox_occurrences')
      .select('job')
      .where('job', '=', job)
      .where('occurrence', '=', occurrence)
      .executeTakeFirst();
    return row !== undefined;
  }

  /**
   * Writes an occurrence and all its sends in one transaction, once: false when another
   * process got there first. The occurrence row is written first so the transaction holds the
   * write lock from its first statement (SQLite then waits instead of failing with BUSY).
   */
  async expand(
    job: string,
    occurrence: string,
    dueAt: Date,
    entries: readonly NewOutboxEntry[],
    now: Date,
  ): Promise<boolean> {
    return this.db.transaction().execute(async (trx) => {
      const claimed = await trx
        .insertInto('outbox_occurrences')
        .values({
          job,
          occurrence,
          due_at: dueAt.toISOString(),
          recipients: entries.length,
          expanded_at: now.toISOString(),
        })
        .onConflict((oc) => oc.columns(['job', 'occurrence']).doNothing())
        .executeTakeFirst();
      if (Number(claimed.numInsertedOrUpdatedRows ?? 0) === 0) return false;
      for (const values of entries.map((e) => toRow(e, now))) {
        await trx
          .insertInto('outbox')
          .values(values)
          .onConflict((oc) => oc.columns(['job', 'occurrence', 'recipient']).doNothing())
          .execute();
      }
      return true;
    });
  }

  /** Adds sends outside any occurrence (warnings, reports); a send already there is left alone. */
  async enqueue(entries: readonly NewOutboxEntry[], now: Date): Promise<number> {
    let added = 0;
    for (const values of entries.map((e) => toRow(e, now))) {
      const r = await this.db
        .insertInto('outbox')
        .values(values)
        .onConflict((oc) => oc.columns(['job', 'occurrence', 'recipient']).doNothing())
        .executeTakeFirst();
      added += Number(r.numInsertedOrUpdatedRows ?? 0);
    }
    return added;
  }

  /** Claims the oldest send that may go now, or undefined when there is none. */
  async claimNext(now: Date, owner: string, leaseUntil: Date): Promise<OutboxEntry | undefined> {
    const t = now.toISOString();
    // Read in the order of the outbox_claim index: the first pending row that may go ends the scan.
    const pick = this.db
      .selectFrom('outbox')
      .select('id')
      .where('status', '=', 'pending')
      .where('next_attempt_at', '<=', t)
      .where('stale_after', '>=', t)
      .orderBy('due_at')
      .orderBy('id')
      .limit(1);
    const next = skipLocked(this.db, pick);
    const row = await this.db
      .updateTable('outbox')
      .set((eb) => ({
        status: 'sending',
        claimed_by: owner,
        lease_until: leaseUntil.toISOString(),
        attempts: eb('attempts', '+', 1),
        updated_at: t,
      }))
      .where('id', '=', next)
      .where('status', '=', 'pending')
      .returningAll()
      .executeTakeFirst();
    return row ? toEntry(row) : undefined;
  }

  /**
   * Marks a send sent synchronously, in the same tick as the channel's accept, so a crash can
   * hit only the instant between the accept and this statement. Undefined when it can't be done
   * synchronously (not SQLite, or a transaction is open on the shared connection): use `markSent`.
   */
  markSentNow(id: number, owner: string, now: Date): boolean | undefined {
    const sqlite = sqliteHandle(this.db);
    if (!sqlite || sqlite.raw.inTransaction) return undefined;
    const t = now.toISOString();
    const r = sqlite
      .statement(
        `update outbox set status = 'sent', sent_at = ?, error = null, claimed_by = null, lease_until = null,
         updated_at = ? where id = ? and status = 'sending' and claimed_by = ?`,
      )
      .run(t, t, id, owner);
    return r.changes === 1;
  }

  async markSent(id: number, owner: string, now: Date): Promise<boolean> {
    return this.finish(id, owner, { status: 'sent', sent_at: now.toISOString(), error: null }, now);
  }

  /** Back to pending, to be tried again at `nextAttemptAt`. */
  async markRetry(id: number, owner: string, nextAttemptAt: Date, error: string, now: Date): Promise<boolean> {
    return this.finish(id, owner, { status: 'pending', next_attempt_at: nextAttemptAt.toISOString(), error }, now);
  }

  /**
   * Back to pending until `until`, as if never claimed: the send budget held it back (issue 15),
   * which is neither an attempt nor an error, so it costs none of the send's retries.
   */
  async markDeferred(id: number, owner: string, until: Date, now: Date): Promise<boolean> {
    const r = await this.db
      .updateTable('outbox')
      .set((eb) => ({
        status: 'pending',
        next_attempt_at: until.toISOString(),
        attempts: eb('attempts', '-', 1),
        claimed_by: null,
        lease_until: null,
        updated_at: now.toISOString(),
      }))
      .where('id', '=', id)
      .where('status', '=', 'sending')
      .where('claimed_by', '=', owner)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  async markFailed(id: number, owner: string, error: string, now: Date): Promise<boolean> {
    return this.finish(id, owner, { status: 'failed', error }, now);
  }

  private async finish(id: number, owner: string, values: Partial<Row>, now: Date): Promise<boolean> {
    const r = await this.db
      .updateTable('outbox')
      .set({ ...values, claimed_by: null, lease_until: null, updated_at: now.toISOString() })
      .where('id', '=', id)
      .where('status', '=', 'sending')
      .where('claimed_by', '=', owner)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  /** Pending sends whose time has passed are marked missed (HR is told), never sent late. */
  async markStale(now: Date, reason: string): Promise<number> {
    const t = now.toISOString();
    const r = await this.db
      .updateTable('outbox')
      .set({ status: 'missed', error: reason, updated_at: t })
      .where('status', '=', 'pending')
      .where('stale_after', '<', t)
      .executeTakeFirst();
    return Number(r.numUpdatedRows);
  }

  /**
   * While sends are paused: every send that would go now is held back instead (missed with
   * `reason`), so nothing due during a pause goes out late by itself. HR's own reports
   * (`scheduler.*`) stay pending and go out on resuming.
   */
  async holdDue(now: Date, reason: string): Promise<number> {
    const t = now.toISOString();
    const r = await this.db
      .updateTable('outbox')
      .set({ status: 'missed', error: reason, updated_at: t })
      .where('status', '=', 'pending')
      .where('next_attempt_at', '<=', t)
      .where('job', 'not like', 'scheduler.%')
      .executeTakeFirst();
    return Number(r.numUpdatedRows);
  }

  /** Takes the missed sends with this reason nobody has been told about yet, marking them told (key). */
  async takeUnreported(reason: string, key: string, now: Date): Promise<OutboxEntry[]> {
    return this.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('outbox')
        .set({ report_key: key, updated_at: now.toISOString() })
        .where('status', '=', 'missed')
        .where('error', '=', reason)
        .where('report_key', 'is', null)
        .where('job', 'not like', 'scheduler.%')
        .execute();
      const rows = trx.selectFrom('outbox').selectAll().where('report_key', '=', key).orderBy('due_at').orderBy('id');
      return (await rows.execute()).map(toEntry);
    });
  }

  /** The sends of some occurrences of a job, e.g. notice 7 (`7`) and its reminder (`7-reminder`). */
  async forOccurrences(job: string, occurrences: readonly string[]): Promise<OutboxEntry[]> {
    if (!occurrences.length) return [];
    const rows = await this.db
      .selectFrom('outbox')
      .selectAll()
      .where('job', '=', job)
      .where('occurrence', 'in', occurrences)
      .orderBy('id')
      .execute();
    return rows.map(toEntry);
  }

  /**
   * When the latest send of a job that was actually sent, due before `before`, was due: to
   * `recipient` when given, else to anyone. HR's digest starts where the last delivered one ended.
   */
  async lastSentDueAt(job: string, before: Date, recipient?: string): Promise<Date | undefined> {
    let q = this.db
      .selectFrom('outbox')
      .select('due_at')
      .where('job', '=', job)
      .where('status', '=', 'sent')
      .where('due_at', '<', before.toISOString());
    if (recipient !== undefined) q = q.where('recipient', '=', recipient);
    const row = await q.orderBy('due_at', 'desc').limit(1).executeTakeFirst();
    return row ? new Date(row.due_at) : undefined;
  }

  /**
   * Puts missed sends back in the queue (HR's 「补发」), to go at the next run and be stale after
   * `staleAfter`. Only rows still missed are touched: a second call finds nothing to do.
   */
  async requeue(ids: readonly number[], staleAfter: Date, now: Date): Promise<number> {
    if (!ids.length) return 0;
    const t = now.toISOString();
    const r = await this.db
      .updateTable('outbox')
      .set({
        status: 'pending',
        next_attempt_at: t,
        stale_after: staleAfter.toISOString(),
        attempts: 0,
        error: null,
        report_key: null,
        updated_at: t,
      })
      .where('id', 'in', [...ids])
      .where('status', '=', 'missed')
      .executeTakeFirst();
    return Number(r.numUpdatedRows);
  }

  /** Every send currently claimed, to find claims whose process died. */
  async claims(): Promise<{ id: number; claimedBy: string; leaseUntil: Date | null; staleAfter: Date }[]> {
    const rows = await this.db
      .selectFrom('outbox')
      .select(['id', 'claimed_by', 'lease_until', 'stale_after'])
      .where('status', '=', 'sending')
      .execute();
    return rows.map((r) => ({
      id: Number(r.id),
      claimedBy: r.claimed_by ?? '',
      leaseUntil: r.lease_until ? new Date(r.lease_until) : null,
      staleAfter: new Date(r.stale_after),
    }));
  }

  /**
   * Gives an abandoned claim back: pending again (it will be sent), or missed with `missedReason`
   * when its time has passed. Only if it is still held by `claimedBy`, so a fresh claim is never undone.
   */
  async release(id: number, claimedBy: string, now: Date, missedReason?: string): Promise<boolean> {
    const values =
      missedReason === undefined ? { status: 'pending' as const } : { status: 'missed' as const, error: missedReason };
    const r = await this.db
      .updateTable('outbox')
      .set({ ...values, claimed_by: null, lease_until: null, updated_at: now.toISOString() })
      .where('id', '=', id)
      .where('status', '=', 'sending')
      .where('claimed_by', '=', claimedBy)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  /** The earliest retry or queued send strictly after `after`. */
  async nextAttemptAfter(after: Date): Promise<Date | undefined> {
    const row = await this.db
      .selectFrom('outbox')
      .select((eb) => eb.fn.min('next_attempt_at').as('next'))
      .where('status', '=', 'pending')
      .where('next_attempt_at', '>', after.toISOString())
      .executeTakeFirst();
    return row?.next ? new Date(row.next) : undefined;
  }

  /**
   * Takes every failed or missed send nobody has reported yet (the scheduler's own messages
   * excepted) and, in the same transaction, queues the report built from them: a crash can
   * neither lose the report nor queue it twice.
   */
  async reportProblems(
    key: string,
    build: (problems: OutboxEntry[]) => NewOutboxEntry[],
    now: Date,
  ): Promise<OutboxEntry[]> {
    return this.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('outbox')
        .set({ report_key: key, updated_at: now.toISOString() })
        .where('status', 'in', ['failed', 'missed'])
        .where('report_key', 'is', null)
        .where('job', 'not like', 'scheduler.%')
        .execute();
      const problems = (
        await trx
          .selectFrom('outbox')
          .selectAll()
          .where('report_key', '=', key)
          .orderBy('due_at')
          .orderBy('id')
          .execute()
      ).map(toEntry);
      if (!problems.length) return problems;
      for (const values of build(problems).map((e) => toRow(e, now))) {
        await trx
          .insertInto('outbox')
          .values(values)
          .onConflict((oc) => oc.columns(['job', 'occurrence', 'recipient']).doNothing())
          .execute();
      }
      return problems;
    });
  }

  async list(filter: { job?: string; status?: OutboxStatus } = {}): Promise<OutboxEntry[]> {
    let q = this.db.selectFrom('outbox').selectAll();
    if (filter.job) q = q.where('job', '=', filter.job);
    if (filter.status) q = q.where('status', '=', filter.status);
    return (await q.orderBy('due_at').orderBy('id').execute()).map(toEntry);
  }

  async countByStatus(): Promise<Record<OutboxStatus, number>> {
    const rows = await this.db
      .selectFrom('outbox')
      .select((eb) => ['status', eb.fn.countAll<number>().as('n')])
      .groupBy('status')
      .execute();
    const out: Record<OutboxStatus, number> = { pending: 0, sending: 0, sent: 0, failed: 0, missed: 0 };
    for (const r of rows) out[r.status] = Number(r.n);
    return out;
  }
}

function toRow(e: NewOutboxEntry, now: Date): Insertable<OutboxTables['outbox']> {
  const t = now.toISOString();
  return {
    job: e.job,
    occurrence: e.occurrence,
    recipient: e.recipient,
    recipient_json: JSON.stringify(e.to),
    message_json: JSON.stringify(e.message),
    status: e.status,
    due_at: e.dueAt.toISOString(),
    stale_after: e.staleAfter.toISOString(),
    next_attempt_at: e.dueAt.toISOString(),
    attempts: 0,
    claimed_by: null,
    lease_until: null,
    sent_at: null,
    error: e.error ?? null,
    report_key: null,
    created_at: t,
    updated_at: t,
  };
}

function toEntry(r: Row): OutboxEntry {
  return {
    id: Number(r.id),
    job: r.job,
    occurrence: r.occurrence,
    recipient: r.recipient,
    to: JSON.parse(r.recipient_json) as Recipient,
    message: JSON.parse(r.message_json) as OutgoingMessage,
    status: r.status,
    dueAt: new Date(r.due_at),
    staleAfter: new Date(r.stale_after),
    attempts: Number(r.attempts),
    claimedBy: r.claimed_by,
    leaseUntil: r.lease_until ? new Date(r.lease_until) : null,
    sentAt: r.sent_at ? new Date(r.sent_at) : null,
    error: r.error,
  };
}
