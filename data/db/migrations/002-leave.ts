import type { Kysely } from 'kysely';
import { floatType, serialType } from '../dialect.ts';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('leave_requests')
    .addColumn('id', serialType(db), (c) => c.primaryKey())
    .addColumn('staff_id', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('start_date', 'text', (c) => c.notNull())
    .addColumn('start_half', 'text', (c) => c.notNull())
    .addColumn('end_date', 'text', (c) => c.notNull())
    .addColumn('end_half', 'text', (c) => c.notNull())
    .addColumn('days', floatType(db), (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('extended', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('flags', 'text', (c) => c.notNull())
    .addColumn('team', 'text', (c) => c.notNull())
    .addColumn('department', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('decided_at', 'text')
    .addColumn('decision_comment', 'text')
    .addColumn('returned_at', 'text')
    .execute();
  await db.schema.createIndex('leave_requests_staff').on('leave_requests').columns(['staff_id', 'status']).execute();
  await db.schema
    .createIndex('leave_requests_dates')
    .on('leave_requests')
    .columns(['start_date', 'end_date'])
    .execute();

  await db.schema
    .createTable('leave_approvals')
    .addColumn('request_id', 'integer', (c) => c.notNull().references('leave_requests.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('approver_id', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('escalated_from', 'text')
    .addColumn('escalation_reason', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('waiting_since', 'text')
    .addColumn('decided_at', 'text')
    .addColumn('comment', 'text')
    .addPrimaryKeyConstraint('leave_approvals_pk', ['request_id', 'seq'])
    .execute();
  await db.schema
    .createIndex('leave_approvals_approver')
    .on('leave_approvals')
    .columns(['approver_id', 'status'])
    .execute();

  await db.schema
    .createTable('overtime_records')
    .addColumn('id', serialType(db), (c) => c.primaryKey())
    .addColumn('staff_id', 'text', (c) => c.notNull())
    .addColumn('work_date', 'text', (c) => c.notNull())
    .addColumn('start_time', 'text', (c) => c.notNull())
    .addColumn('end_time', 'text', (c) => c.notNull())
    .addColumn('crosses_midnight', 'integer', (c) => c.notNull())
    .addColumn('minutes', 'integer', (c) => c.notNull())
    .addColumn('hours', floatType(db), (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('approver_id', 'text')
    .addColumn('waiting_since', 'text')
    .addColumn('decided_at', 'text')
    .addColumn('comment', 'text')
    .addColumn('expires_on', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('overtime_records_staff')
    .on('overtime_records')
    .columns(['staff_id', 'work_date'])
    .execute();
  await db.schema
    .createIndex('overtime_records_approver')
    .on('overtime_records')
    .columns(['approver_id', 'status'])
    .execute();

  await db.schema
    .createTable('balance_ledger')
    .addColumn('id', serialType(db), (c) => c.primaryKey())
    .addColumn('staff_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('year', 'integer')
    .addColumn('amount', floatType(db), (c) => c.notNull())
    .addColumn('entry', 'text', (c) => c.notNull())
    .addColumn('request_id', 'integer')
    .addColumn('overtime_id', 'integer')
    .addColumn('credit_id', 'integer')
    .addColumn('earned_on', 'text')
    .addColumn('expires_on', 'text')
    .addColumn('actor_id', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('balance_ledger_staff').on('balance_ledger').columns(['staff_id', 'kind']).execute();
  await db.schema.createIndex('balance_ledger_credit').on('balance_ledger').column('credit_id').execute();
}
