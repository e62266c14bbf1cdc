import type { Kysely } from 'kysely';

/**
 * The web console's calendar subscriptions: calendar apps fetch `/calendar.ics` without the
 * session cookie, so each person may hold one secret feed link (stored as a hash), revocable.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('web_calendar_feeds')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('staff_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .execute();
  await db.schema.createIndex('web_calendar_feeds_staff').on('web_calendar_feeds').column('staff_id').execute();
}
