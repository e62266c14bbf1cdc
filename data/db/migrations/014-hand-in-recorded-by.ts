import type { Kysely } from 'kysely';

/** A lead may record a member's hand-in (issue 11): who recorded it, for the audit. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('deadline_acks').addColumn('recorded_by', 'text').execute();
}
