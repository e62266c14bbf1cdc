import type { Generated } from 'kysely';
import type { ApproverChangeTables } from '../repos/approver-change-tables.ts';
import type { DeputyTables } from '../repos/deputy-tables.ts';
import type { LeaveChangeTables } from '../repos/leave-change-tables.ts';
import type { BirthdayTables } from '../repos/birthday-tables.ts';
import type { NoticeTables } from '../repos/notice-tables.ts';
import type { OutboxTables } from '../repos/outbox-tables.ts';
import type { DeadlineTables } from '../repos/deadline-tables.ts';
import type { LeaveTables } from '../repos/leave-tables.ts';
import type { LeaseTables } from '../repos/lease-tables.ts';
import type { SendBudgetTables } from '../repos/send-budget-tables.ts';
import type { QuestionQueueTables } from '../repos/question-queue-tables.ts';
import type { WebTables } from '../repos/web-tables.ts';

/**
 * The database schema as Kysely sees it. Portable on purpose (SQLite now, PostgreSQL for
 * multi-instance deployments): times are ISO-8601 text, booleans 0/1, structured values
 * JSON text — better-sqlite3 refuses to bind Dates, booleans and objects.
 * Feature tables are declared in their own files and merged here.
 */
export interface KernelTables {
  processed_messages: {
    channel: string;
    message_id: string;
    received_at: string;
  };
  conversations: {
    chat_key: string;
    staff_id: string;
    flow: string;
    version: number;
    step: string;
    state: string;
    expires_at: string;
    updated_at: string;
  };
  bind_codes: {
    code: string;
    staff_id: string;
    created_at: string;
    expires_at: string;
    used_at: string | null;
  };
  bindings: {
    channel: string;
    external_id: string;
    staff_id: string;
    created_at: string;
  };
  /** A binding code checked and found wrong, used or expired; 'pause' rows mark when codes were paused. */
  bind_attempts: {
    id: Generated<number>;
    channel: string;
    external_id: string;
    at: string;
    /** 'unknown' | 'used' | 'expired' | 'pause' */
    outcome: string;
  };
  /** Small key/value store for runtime switches (e.g. the scheduled-sends pause). */
  settings: {
    key: string;
    value: string;
    updated_at: string;
  };
}

export type Database = KernelTables &
  NoticeTables &
  BirthdayTables &
  OutboxTables &
  DeadlineTables &
  LeaveTables &
  ApproverChangeTables &
  DeputyTables &
  LeaveChangeTables &
  QuestionQueueTables &
  WebTables &
  LeaseTables &
  SendBudgetTables;
