import type { Generated } from 'kysely';

/** Changes to approved leave: cancellations the approvers confirm, and early returns (migration 012). */
export interface LeaveChangeTables {
  leave_changes: {
    id: Generated<number>;
    request_id: number;
    /** 'cancel' | 'return' */
    kind: string;
    /** The applicant. */
    staff_id: string;
    /** 'waiting' | 'confirmed' | 'declined' | 'done' (an early return is done at once) */
    status: string;
    /** JSON array of staff ids who confirm, in order (the approvers who approved the request). */
    approvers: string;
    /** How many of them have confirmed. */
    confirmed: number;
    old_end: string;
    old_end_half: string;
    old_days: number;
    new_days: number;
    decided_by: string | null;
    comment: string | null;
    created_at: string;
    decided_at: string | null;
  };
}
