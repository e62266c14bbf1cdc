import type { Selectable } from 'kysely';
import type { Db } from '../db/open-database.ts';
import type { LeaveChangeTables } from './leave-change-tables.ts';

export type LeaveChangeKind = 'cancel' | 'return';
export type LeaveChangeStatus = 'waiting' | 'confirmed' | 'declined' | 'done';

export interface LeaveChange {
  readonly id: number;
  readonly requestId: number;
  readonly kind: LeaveChangeKind;
  readonly staffId: string;
  readonly status: LeaveChangeStatus;
  readonly approvers: readonly string[];
  readonly confirmed: number;
  readonly oldEnd: string;
  readonly oldEndHalf: string;
  readonly oldDays: number;
  readonly newDays: number;
  readonly decidedBy: string | null;
  readonly comment: string | null;
  readonly createdAt: Date;
  readonly decidedAt: Date | null;
}

export type NewLeaveChange = Omit<
  LeaveChange,
  'id' | 'confirmed' | 'decidedBy' | 'comment' | 'createdAt' | 'decidedAt'
>;

/** Changes to approved leave, appended; a confirmation is a conditional update, so two taps count once. */
export class LeaveChangesRepo {
  constructor(private readonly db: Db) {}

  async add(c: NewLeaveChange, now: Date): Promise<LeaveChange> {
    const at = now.toISOString();
    const row = await this.db
      .insertInto('leave_changes')
      .values({
        request_id: c.requestId,
        kind: c.kind,
        staff_id: c.staffId,
        status: c.status,
        approvers: JSON.stringify(c.approvers),
        confirmed: 0,
        old_end: c.oldEnd,
        old_end_half: c.oldEndHalf,
        old_days: c.oldDays,
        new_days: c.newDays,
        decided_by: null,
        comment: null,
        created_at: at,
        decided_at: c.status === 'done' ? at : null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toChange(row);
  }

  /** The open cancellation of a request, if any. */
  async waitingFor(requestId: number): Promise<LeaveChange | undefined> {
    const row = await this.db
      .selectFrom('leave_changes')
      .selectAll()
      .where('request_id', '=', requestId)
      .where('status', '=', 'waiting')
      .executeTakeFirst();
    return row ? toChange(row) : undefined;
  }

  /** Every open cancellation (for 待我审批 and the approvers' list). */
  async allWaiting(): Promise<LeaveChange[]> {
    const rows = await this.db
      .selectFrom('leave_changes')
      .selectAll()
      .where('status', '=', 'waiting')
      .orderBy('id')
      .execute();
    return rows.map(toChange);
  }

  async forRequest(requestId: number): Promise<LeaveChange[]> {
    const rows = await this.db
      .selectFrom('leave_changes')
      .selectAll()
      .where('request_id', '=', requestId)
      .orderBy('id')
      .execute();
    return rows.map(toChange);
  }

  /** One more approver confirmed (only if `confirmed` is still what the caller read). */
  async confirmOne(id: number, seen: number, by: string, now: Date, last: boolean): Promise<boolean> {
    const result = await this.db
      .updateTable('leave_changes')
      .set({
        confirmed: seen + 1,
        decided_by: by,
        ...(last ? { status: 'confirmed', decided_at: now.toISOString() } : {}),
      })
      .where('id', '=', id)
      .where('status', '=', 'waiting')
      .where('confirmed', '=', seen)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async decline(id: number, by: string, comment: string | null, now: Date): Promise<boolean> {
    const result = await this.db
      .updateTable('leave_changes')
      .set({ status: 'declined', decided_by: by, comment, decided_at: now.toISOString() })
      .where('id', '=', id)
      .where('status', '=', 'waiting')
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }
}

function toChange(r: Selectable<LeaveChangeTables['leave_changes']>): LeaveChange {
  return {
    id: Number(r.id),
    requestId: Number(r.request_id),
    kind: r.kind as LeaveChangeKind,
    staffId: r.staff_id,
    status: r.status as LeaveChangeStatus,
    approvers: JSON.parse(r.approvers) as string[],
    confirmed: Number(r.confirmed),
    oldEnd: r.old_end,
    oldEndHalf: r.old_end_half,
    oldDays: Number(r.old_days),
    newDays: Number(r.new_days),
    decidedBy: r.decided_by,
    comment: r.comment,
    createdAt: new Date(r.created_at),
    decidedAt: r.decided_at ? new Date(r.decided_at) : null,
  };
}
