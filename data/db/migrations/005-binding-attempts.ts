import type { Kysely } from 'kysely';
import { serialType } from '../dialect.ts';

/**
 * Wrong binding codes, kept so the limits on guessing survive a restart and HR can see them.
 * Six-digit codes still unused are dropped: they were guessable, and codes are now longer.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('bind_attempts')
    .addColumn('id', serialType(db), (c) => c.primaryKey())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('external_id', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('bind_attempts_contact').on('bind_attempts').columns(['channel', 'external_id', 'at']).execute();
  await db.schema.createIndex('bind_attempts_at').on('bind_attempts').column('at').execute();
  await db.deleteFrom('bind_codes').where('used_at', 'is', null).execute();
}
