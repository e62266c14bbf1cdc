import type { Kysely } from 'kysely';
import { serialType } from '../dialect.ts';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('outbox')
    .addColumn('id', serialType(db), (c) => c.primaryKey())
    .addColumn('job', 'text', (c) => c.notNull())
    .addColumn('occurrence', 'text', (c) => c.notNull())
    .addColumn('recipient', 'text', (c) => c.notNull())
    .addColumn('recipient_json', 'text', (c) => c.notNull())
    .addColumn('message_json', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('due_at', 'text', (c) => c.notNull())
    .addColumn('stale_after', 'text', (c) => c.notNull())
    .addColumn('next_attempt_at', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('claimed_by', 'text')
    .addColumn('lease_until', 'text')
    .addColumn('sent_at', 'text')
    .addColumn('error', 'text')
    .addColumn('report_key', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  // The send key: a second insert of the same send is ignored.
  await db.schema
    .createIndex('outbox_send_key')
    .on('outbox')
    .columns(['job', 'occurrence', 'recipient'])
    .unique()
    .execute();
  await db.schema.createIndex('outbox_due').on('outbox').columns(['status', 'next_attempt_at']).execute();

  await db.schema
    .createTable('outbox_occurrences')
    .addColumn('job', 'text', (c) => c.notNull())
    .addColumn('occurrence', 'text', (c) => c.notNull())
    .addColumn('due_at', 'text', (c) => c.notNull())
    .addColumn('recipients', 'integer', (c) => c.notNull())
    .addColumn('expanded_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('outbox_occurrences_pk', ['job', 'occurrence'])
    .execute();

  await db.schema
    .createTable('outbox_watermarks')
    .addColumn('job', 'text', (c) => c.primaryKey())
    .addColumn('planned_until', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('deadline_acks')
    .addColumn('deadline_id', 'text', (c) => c.notNull())
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('staff_id', 'text', (c) => c.notNull())
    .addColumn('acked_at', 'text', (c) => c.notNull())
    .addColumn('said', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('deadline_acks_pk', ['deadline_id', 'period', 'staff_id'])
    .execute();
}
