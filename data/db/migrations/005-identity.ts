import type { Kysely } from 'kysely';
import { serialType } from '../dialect.ts';

/**
 * Identity: wrong binding codes, kept so the limits on guessing survive a restart and HR can see them.
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
  await db.schema
    .createIndex('bind_attempts_contact')
    .on('bind_attempts')
    .columns(['channel', 'external_id', 'at'])
    .execute();
  await db.schema.createIndex('bind_attempts_at').on('bind_attempts').column('at').execute();
  await db.deleteFrom('bind_codes').where('used_at', 'is', null).execute();

  // Who was asked to approve, each time an open approval moved to the role's new holder.
  await db.schema
    .createTable('approver_changes')
    .addColumn('id', serialType(db), (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('request_id', 'integer', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('from_id', 'text', (c) => c.notNull())
    .addColumn('to_id', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('approver_changes_request')
    .on('approver_changes')
    .columns(['kind', 'request_id'])
    .execute();
}
