import type { Db } from '../db/open-database.ts';

/**
 * One-time login links and console sessions. Only hashes are stored: someone who reads the
 * database can't log in with what they find there.
 */
export class WebAuthRepo {
  constructor(private readonly db: Db) {}

  async addLink(tokenHash: string, staffId: string, now: Date, expiresAt: Date): Promise<void> {
    await this.db
      .insertInto('web_login_links')
      .values({
        token_hash: tokenHash,
        staff_id: staffId,
        created_at: now.toISOString(),
        expires_at: expiresAt.toISOString(),
        used_at: null,
      })
      .execute();
  }

  /** Whose link this is, if it is still usable (the confirm page; using it is `useLink`). */
  async peekLink(tokenHash: string, now: Date): Promise<string | undefined> {
    const row = await this.db
      .selectFrom('web_login_links')
      .select('staff_id')
      .where('token_hash', '=', tokenHash)
      .where('used_at', 'is', null)
      .where('expires_at', '>', now.toISOString())
      .executeTakeFirst();
    return row?.staff_id;
  }

  /**
   * Marks an unused, unexpired link used and returns whose it was; a conditional update, so
   * two clicks on the same link (or two tabs) log in once.
   */
  async useLink(tokenHash: string, now: Date): Promise<string | undefined> {
    const row = await this.db
      .updateTable('web_login_links')
      .set({ used_at: now.toISOString() })
      .where('token_hash', '=', tokenHash)
      .where('used_at', 'is', null)
      .where('expires_at', '>', now.toISOString())
      .returning('staff_id')
      .executeTakeFirst();
    return row?.staff_id;
  }

  async addSession(tokenHash: string, staffId: string, now: Date, expiresAt: Date): Promise<void> {
    await this.db
      .insertInto('web_sessions')
      .values({
        token_hash: tokenHash,
        staff_id: staffId,
        created_at: now.toISOString(),
        expires_at: expiresAt.toISOString(),
        ended_at: null,
      })
      .execute();
  }

  /** The staff id of a live session. */
  async sessionOwner(tokenHash: string, now: Date): Promise<string | undefined> {
    const row = await this.db
      .selectFrom('web_sessions')
      .select('staff_id')
      .where('token_hash', '=', tokenHash)
      .where('ended_at', 'is', null)
      .where('expires_at', '>', now.toISOString())
      .executeTakeFirst();
    return row?.staff_id;
  }

  async endSession(tokenHash: string, now: Date): Promise<void> {
    await this.db
      .updateTable('web_sessions')
      .set({ ended_at: now.toISOString() })
      .where('token_hash', '=', tokenHash)
      .where('ended_at', 'is', null)
      .execute();
  }
}
