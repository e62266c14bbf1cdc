import type { Db } from '../db/open-database.ts';

/**
 * Secret calendar-feed links of the web console, one live link per person. Only hashes are
 * stored; a new link replaces the old one, and revoking ends it at once.
 */
export class CalendarFeedRepo {
  constructor(private readonly db: Db) {}

  /** Stores a new link for the person, revoking any earlier one. */
  async replace(tokenHash: string, staffId: string, now: Date): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('web_calendar_feeds')
        .set({ revoked_at: now.toISOString() })
        .where('staff_id', '=', staffId)
        .where('revoked_at', 'is', null)
        .execute();
      await trx
        .insertInto('web_calendar_feeds')
        .values({ token_hash: tokenHash, staff_id: staffId, created_at: now.toISOString(), revoked_at: null })
        .execute();
    });
  }

  /** Whose live link this is. */
  async owner(tokenHash: string): Promise<string | undefined> {
    const row = await this.db
      .selectFrom('web_calendar_feeds')
      .select('staff_id')
      .where('token_hash', '=', tokenHash)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return row?.staff_id;
  }

  /** When the person's live link was made, if they have one. */
  async liveSince(staffId: string): Promise<Date | undefined> {
    const row = await this.db
      .selectFrom('web_calendar_feeds')
      .select('created_at')
      .where('staff_id', '=', staffId)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return row ? new Date(row.created_at) : undefined;
  }

  /** Ends the person's live link; false when there was none. */
  async revoke(staffId: string, now: Date): Promise<boolean> {
    const result = await this.db
      .updateTable('web_calendar_feeds')
      .set({ revoked_at: now.toISOString() })
      .where('staff_id', '=', staffId)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }
}
