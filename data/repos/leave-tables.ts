import type { Generated } from 'kysely';

/**
 * Leave requests, their approval steps, overtime records and the balance ledger (DOMAIN §2–4).
 * Dates are 'YYYY-MM-DD', times ISO-8601, flags JSON text, booleans 0/1.
 */
export interface LeaveTables {
  leave_requests: {
    id: Generated<number>;
    staff_id: string;
    /** The leave type's key in leave-rules.json. */
    type: string;
    start_date: string;
    /** 'full' | 'am' | 'pm' */
    start_half: string;
    end_date: string;
    end_half: string;
    /** Counted days, in half days. */
    days: number;
    /** The leave year the days are charged to. */
    year: number;
    /** Null for sick leave: the category is kept, never a diagnosis. */
    reason: string | null;
    /** 1 when the longer entitlement was claimed (难产). */
    extended: number;
    /** 'pending' | 'approved' | 'rejected' | 'withdrawn' */
    status: string;
    /** JSON [{code, message}]: what the approvers were shown. */
    flags: string;
    /** The requester's team and department when they asked (for HR's monthly list). */
    team: string;
    department: string;
    created_at: string;
    decided_at: string | null;
    /** Why it was rejected. */
    decision_comment: string | null;
    /** When the person reported back (销假). */
    returned_at: string | null;
  };
  leave_approvals: {
    request_id: number;
    /** 1, 2, 3… in the order the approvers decide. */
    seq: number;
    approver_id: string;
    role: string;
    /** 'forward' | 'review' | 'approve' */
    action: string;
    /** The role the matrix named when this step went one up (self or vacancy). */
    escalated_from: string | null;
    escalation_reason: string | null;
    /** 'queued' | 'waiting' | 'approved' | 'rejected' | 'cancelled' */
    status: string;
    waiting_since: string | null;
    decided_at: string | null;
    comment: string | null;
  };
  overtime_records: {
    id: Generated<number>;
    staff_id: string;
    work_date: string;
    /** 'HH:mm' */
    start_time: string;
    end_time: string;
    crosses_midnight: number;
    minutes: number;
    /** Hours credited as 调休 once approved (rounded down per the rules). */
    hours: number;
    reason: string;
    /** 'pending' | 'approved' | 'rejected' | 'withdrawn' */
    status: string;
    approver_id: string | null;
    waiting_since: string | null;
    decided_at: string | null;
    comment: string | null;
    /** The last day the hours can be taken. */
    expires_on: string;
    created_at: string;
  };
  /** Every change to a balance, never updated or deleted: the audit log HR reads. */
  balance_ledger: {
    id: Generated<number>;
    staff_id: string;
    /** 'annual' (days, per year) | 'comp' (hours) */
    kind: string;
    year: number | null;
    /** Days for annual leave, hours for 调休; negative takes from the balance. */
    amount: number;
    /** 'request-hold' | 'request-release' | 'overtime-credit' | 'correction' */
    entry: string;
    request_id: number | null;
    overtime_id: number | null;
    /** For a 调休 debit or release: the credit (an earlier ledger row) it draws on. */
    credit_id: number | null;
    /** For a 调休 credit: the day it was earned and the last day it can be used. */
    earned_on: string | null;
    expires_on: string | null;
    /** Who caused it: the requester, the approver, HR. */
    actor_id: string;
    note: string | null;
    created_at: string;
  };
}
