import type { Selectable } from 'kysely';
import type { Db } from '../db/open-database.ts';
import type { NoticeTables } from './notice-tables.ts';

export interface Notice {
  readonly id: number;
  readonly authorId: string;
  readonly text: string;
  readonly audience: string;
  readonly sendAt: Date;
  readonly createdAt: Date;
  readonly cancelledAt: Date | null;
  readonly remindedAt: Date | null;
}

export interface NoticeRecipient {
  readonly staffId: string;
  readonly ackedAt: Date | null;
}

export interface NewNotice {
  readonly authorId: string;
  readonly text: string;
  readonly audience: string;
  readonly sendAt: Date;
  /** Fixed when HR confirms, so the count in the preview is the count that is sent. */
  readonly recipients: readonly string[];
}

export type CancelResult = 'cancelled' | 'not-found' | 'already-sent' | 'already-cancelled';
export type AckResult = 'acked' | 'already' | 'not-recipient';

/**
 * HR notices and who has confirmed them. A notice counts as sent once its send time has
 * passed and it was not cancelled: the scheduler's outbox, not this table, records each
 * delivery, so nothing here needs updating when it goes out.
 */
export class NoticeRepo {
  constructor(private readonly db: Db) {}

  async create(notice: NewNotice, now: Date): Promise<Notice> {
    return this.db.transaction().execute(async (trx) => {
      const row = await trx
        .insertInto('notices')
        .values({
          author_id: notice.authorId,
          text: notice.text,
          audience: notice.audience,
          send_at: notice.sendAt.toISOString(),
          created_at: now.toISOString(),
          cancelled_at: null,
          reminded_at: null,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      for (const staffId of new Set(notice.recipients)) {
        await trx
          .insertInto('notice_recipients')
          .values({ notice_id: row.id, staff_id: staffId, acked_at: null })
          .execute();
      }
      return toNotice(row);
    });
  }

  async get(id: number): Promise<Notice | undefined> {
    const row = await this.db.selectFrom('notices').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toNotice(row);
  }

  async recipients(id: number): Promise<NoticeRecipient[]> {
    const rows = await this.db
      .selectFrom('notice_recipients')
      .selectAll()
      .where('notice_id', '=', id)
      .orderBy('staff_id')
      .execute();
    return rows.map((r) => ({ staffId: r.staff_id, ackedAt: r.acked_at ? new Date(r.acked_at) : null }));
  }

  async recipientCount(id: number): Promise<number> {
    const row = await this.db
      .selectFrom('notice_recipients')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('notice_id', '=', id)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /** The latest notices, newest first (the web console's list). */
  async recent(limit = 50): Promise<Notice[]> {
    const rows = await this.db
      .selectFrom('notices')
      .selectAll()
      .orderBy('send_at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit)
      .execute();
    return rows.map(toNotice);
  }

  /** Notices still waiting for their send time, soonest first. */
  async pending(now: Date): Promise<Notice[]> {
    const rows = await this.db
      .selectFrom('notices')
      .selectAll()
      .where('cancelled_at', 'is', null)
      .where('send_at', '>', now.toISOString())
      .orderBy('send_at')
      .orderBy('id')
      .execute();
    return rows.map(toNotice);
  }

  /** Notices whose send time lies in (from, to], oldest first: the scheduler's occurrences. */
  async dueBetween(from: Date, to: Date): Promise<Notice[]> {
    const rows = await this.db
      .selectFrom('notices')
      .selectAll()
      .where('cancelled_at', 'is', null)
      .where('send_at', '>', from.toISOString())
      .where('send_at', '<=', to.toISOString())
      .orderBy('send_at')
      .orderBy('id')
      .execute();
    return rows.map(toNotice);
  }

  /** Notices whose reminder was asked for in (from, to]. */
  async remindedBetween(from: Date, to: Date): Promise<Notice[]> {
    const rows = await this.db
      .selectFrom('notices')
      .selectAll()
      .where('cancelled_at', 'is', null)
      .where('reminded_at', '>', from.toISOString())
      .where('reminded_at', '<=', to.toISOString())
      .orderBy('reminded_at')
      .orderBy('id')
      .execute();
    return rows.map(toNotice);
  }

  /**
   * Cancels a notice that has not gone out yet. Conditional update: a race with the send time is decided
   * by the database.
   */
  async cancel(id: number, now: Date): Promise<CancelResult> {
    const result = await this.db
      .updateTable('notices')
      .set({ cancelled_at: now.toISOString() })
      .where('id', '=', id)
      .where('cancelled_at', 'is', null)
      .where('send_at', '>', now.toISOString())
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) > 0) return 'cancelled';
    const notice = await this.get(id);
    if (!notice) return 'not-found';
    return notice.cancelledAt ? 'already-cancelled' : 'already-sent';
  }

  /** Records the one reminder HR may ask for; false when it was asked for before. */
  async markReminded(id: number, now: Date): Promise<boolean> {
    const result = await this.db
      .updateTable('notices')
      .set({ reminded_at: now.toISOString() })
      .where('id', '=', id)
      .where('reminded_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /** Notices sent to the person since `since` (up to now), confirmed or not, newest first. */
  async receivedBy(staffId: string, since: Date, now: Date): Promise<Notice[]> {
    const rows = await this.db
      .selectFrom('notices')
      .innerJoin('notice_recipients', 'notice_recipients.notice_id', 'notices.id')
      .selectAll('notices')
      .where('notice_recipients.staff_id', '=', staffId)
      .where('notices.cancelled_at', 'is', null)
      .where('notices.send_at', '>', since.toISOString())
      .where('notices.send_at', '<=', now.toISOString())
      .orderBy('notices.send_at', 'desc')
      .orderBy('notices.id', 'desc')
      .execute();
    return rows.map(toNotice);
  }

  /** Notices sent to the person and not yet confirmed, newest first. */
  async unconfirmedFor(staffId: string, now: Date): Promise<Notice[]> {
    const rows = await this.db
      .selectFrom('notices')
      .innerJoin('notice_recipients', 'notice_recipients.notice_id', 'notices.id')
      .selectAll('notices')
      .where('notice_recipients.staff_id', '=', staffId)
      .where('notice_recipients.acked_at', 'is', null)
      .where('notices.cancelled_at', 'is', null)
      .where('notices.send_at', '<=', now.toISOString())
      .orderBy('notices.send_at', 'desc')
      .orderBy('notices.id', 'desc')
      .execute();
    return rows.map(toNotice);
  }

  async ack(id: number, staffId: string, now: Date): Promise<AckResult> {
    const result = await this.db
      .updateTable('notice_recipients')
      .set({ acked_at: now.toISOString() })
      .where('notice_id', '=', id)
      .where('staff_id', '=', staffId)
      .where('acked_at', 'is', null)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) > 0) return 'acked';
    const row = await this.db
      .selectFrom('notice_recipients')
      .select('staff_id')
      .where('notice_id', '=', id)
      .where('staff_id', '=', staffId)
      .executeTakeFirst();
    return row ? 'already' : 'not-recipient';
  }
}

function toNotice(row: Selectable<NoticeTables['notices']>): Notice {
  return {
    id: row.id,
    authorId: row.author_id,
    text: row.text,
    audience: row.audience,
    sendAt: new Date(row.send_at),
    createdAt: new Date(row.created_at),
    cancelledAt: row.cancelled_at ? new Date(row.cancelled_at) : null,
    remindedAt: row.reminded_at ? new Date(row.reminded_at) : null,
  };
}
