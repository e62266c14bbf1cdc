import type { Kysely } from 'kysely';
import { floatType, serialType } from '../dialect.ts';

/**
 * Changes to approved leave (issue 13): a cancellation the approvers confirm one after another,
 * and an early return (销假 before the end) that shortened the request. Kept for the audit: the
 * request row holds the new dates, this row the old ones and who confirmed.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('leave_changes')
    .addColumn('id', serialType(db), (c) => c.primaryKey())
    .addColumn('request_id', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('staff_id', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('approvers', 'text', (c) => c.notNull())
    .addColumn('confirmed', 'integer', (c) => c.notNull())
    .addColumn('old_end', 'text', (c) => c.notNull())
    .addColumn('old_end_half', 'text', (c) => c.notNull())
    .addColumn('old_days', floatType(db), (c) => c.notNull())
    .addColumn('new_days', floatType(db), (c) => c.notNull())
    .addColumn('decided_by', 'text')
    .addColumn('comment', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('decided_at', 'text')
    .execute();
  await db.schema.createIndex('leave_changes_request').on('leave_changes').column('request_id').execute();
}
