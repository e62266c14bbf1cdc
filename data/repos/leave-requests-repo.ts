import type { Selectable } from 'kysely';
import type { Db } from '../db/open-database.ts';
import type { LeaveTables } from './leave-tables.ts';

export type LeaveStatus = 'pending' | 'approved' | 'rejected' | 'withdrawn';
export type StepStatus = 'queued' | 'waiting' | 'approved' | 'rejected' | 'cancelled';
export type Half = 'full' | 'am' | 'pm';

export interface LeaveFlag {
  readonly code: string;
  /** As the applicant read it ("多于您的年假天数"). */
  readonly message: string;
  /** As anyone else reads it, naming the applicant ("孙浩…多于其年假天数"); absent on rows stored before it existed. */
  readonly about?: string;
}

/** A flag's text for an approver or HR: never "您" about the applicant. */
export function flagAbout(flag: LeaveFlag): string {
  return flag.about ?? flag.message;
}

export interface ApprovalStep {
  readonly requestId: number;
  readonly seq: number;
  readonly approverId: string;
  readonly role: string;
  readonly action: 'forward' | 'review' | 'approve';
  readonly escalatedFrom: string | null;
  readonly escalationReason: string | null;
  readonly status: StepStatus;
  readonly waitingSince: Date | null;
  readonly decidedAt: Date | null;
  readonly comment: string | null;
}

export interface LeaveRequest {
  readonly id: number;
  readonly staffId: string;
  readonly typeKey: string;
  readonly start: string;
  readonly startHalf: Half;
  readonly end: string;
  readonly endHalf: Half;
  readonly days: number;
  readonly year: number;
  readonly reason: string | null;
  readonly extended: boolean;
  readonly status: LeaveStatus;
  readonly flags: readonly LeaveFlag[];
  readonly team: string;
  readonly department: string;
  readonly createdAt: Date;
  readonly decidedAt: Date | null;
  readonly decisionComment: string | null;
  readonly returnedAt: Date | null;
}

/** What a submission stores: the request as read back, before any decision, plus its approval chain. */
export interface NewLeaveRequest
  extends Pick<
    LeaveRequest,
    | 'staffId'
    | 'typeKey'
    | 'start'
    | 'startHalf'
    | 'end'
    | 'endHalf'
    | 'days'
    | 'year'
    | 'reason'
    | 'extended'
    | 'flags'
    | 'team'
    | 'department'
  > {
  readonly steps: readonly {
    approverId: string;
    role: string;
    action: 'forward' | 'review' | 'approve';
    escalatedFrom?: string;
    escalationReason?: string;
  }[];
}

export interface LeaveQuery {
  readonly staffIds?: readonly string[];
  readonly statuses?: readonly LeaveStatus[];
  /** Requests touching [from, to] (dates 'YYYY-MM-DD'). */
  readonly from?: string;
  readonly to?: string;
}

/**
 * Leave requests and their approval steps. A decision is a conditional update on the step
 * still 'waiting', so two taps on the same button change it once.
 */
export class LeaveRequestsRepo {
  constructor(private readonly db: Db) {}

  /**
   * Inserts the request and its steps; the first step waits, or the request is approved at once when
   * nobody is left to approve.
   */
  async create(request: NewLeaveRequest, now: Date): Promise<LeaveRequest> {
    const at = now.toISOString();
    const row = await this.db
      .insertInto('leave_requests')
      .values({
        staff_id: request.staffId,
        type: request.typeKey,
        start_date: request.start,
        start_half: request.startHalf,
        end_date: request.end,
        end_half: request.endHalf,
        days: request.days,
        year: request.year,
        reason: request.reason,
        extended: request.extended ? 1 : 0,
        status: request.steps.length ? 'pending' : 'approved',
        flags: JSON.stringify(request.flags),
        team: request.team,
        department: request.department,
        created_at: at,
        decided_at: request.steps.length ? null : at,
        decision_comment: null,
        returned_at: null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    let seq = 0;
    for (const s of request.steps) {
      seq++;
      await this.db
        .insertInto('leave_approvals')
        .values({
          request_id: row.id,
          seq,
          approver_id: s.approverId,
          role: s.role,
          action: s.action,
          escalated_from: s.escalatedFrom ?? null,
          escalation_reason: s.escalationReason ?? null,
          status: seq === 1 ? 'waiting' : 'queued',
          waiting_since: seq === 1 ? at : null,
          decided_at: null,
          comment: null,
        })
        .execute();
    }
    return toRequest(row);
  }

  async get(id: number): Promise<LeaveRequest | undefined> {
    const row = await this.db.selectFrom('leave_requests').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? toRequest(row) : undefined;
  }

  async steps(requestId: number): Promise<ApprovalStep[]> {
    const rows = await this.db
      .selectFrom('leave_approvals')
      .selectAll()
      .where('request_id', '=', requestId)
      .orderBy('seq')
      .execute();
    return rows.map(toStep);
  }

  async stepsFor(requestIds: readonly number[]): Promise<Map<number, ApprovalStep[]>> {
    const out = new Map<number, ApprovalStep[]>();
    if (!requestIds.length) return out;
    const rows = await this.db
      .selectFrom('leave_approvals')
      .selectAll()
      .where('request_id', 'in', [...requestIds])
      .orderBy('request_id')
      .orderBy('seq')
      .execute();
    for (const r of rows) {
      const list = out.get(r.request_id) ?? [];
      list.push(toStep(r));
      out.set(r.request_id, list);
    }
    return out;
  }

  /** The person's requests, newest first. */
  async forStaff(staffId: string, statuses?: readonly LeaveStatus[]): Promise<LeaveRequest[]> {
    let q = this.db.selectFrom('leave_requests').selectAll().where('staff_id', '=', staffId);
    if (statuses?.length) q = q.where('status', 'in', [...statuses]);
    const rows = await q.orderBy('start_date', 'desc').orderBy('id', 'desc').execute();
    return rows.map(toRequest);
  }

  async find(query: LeaveQuery): Promise<LeaveRequest[]> {
    let q = this.db.selectFrom('leave_requests').selectAll();
    if (query.staffIds)
      q = query.staffIds.length ? q.where('staff_id', 'in', [...query.staffIds]) : q.where('id', '<', 0);
    if (query.statuses?.length) q = q.where('status', 'in', [...query.statuses]);
    if (query.to) q = q.where('start_date', '<=', query.to);
    if (query.from) q = q.where('end_date', '>=', query.from);
    const rows = await q.orderBy('start_date').orderBy('id').execute();
    return rows.map(toRequest);
  }

  /** Requests submitted or finished (approved, rejected, withdrawn) in `from < t <= to`, by id. */
  async touchedBetween(from: Date, to: Date): Promise<LeaveRequest[]> {
    const [a, b] = [from.toISOString(), to.toISOString()];
    const rows = await this.db
      .selectFrom('leave_requests')
      .selectAll()
      .where((eb) =>
        eb.or([
          eb.and([eb('created_at', '>', a), eb('created_at', '<=', b)]),
          eb.and([eb('decided_at', '>', a), eb('decided_at', '<=', b)]),
        ]),
      )
      .orderBy('id')
      .execute();
    return rows.map(toRequest);
  }

  /** Steps waiting for this approver, oldest first. */
  async waitingFor(approverId: string): Promise<ApprovalStep[]> {
    const rows = await this.db
      .selectFrom('leave_approvals')
      .innerJoin('leave_requests', 'leave_requests.id', 'leave_approvals.request_id')
      .selectAll('leave_approvals')
      .where('leave_approvals.approver_id', '=', approverId)
      .where('leave_approvals.status', '=', 'waiting')
      .where('leave_requests.status', '=', 'pending')
      .orderBy('leave_approvals.waiting_since')
      .execute();
    return rows.map(toStep);
  }

  /** Every step still waiting (for the 09:00 nudges). */
  async allWaiting(): Promise<ApprovalStep[]> {
    const rows = await this.db
      .selectFrom('leave_approvals')
      .innerJoin('leave_requests', 'leave_requests.id', 'leave_approvals.request_id')
      .selectAll('leave_approvals')
      .where('leave_approvals.status', '=', 'waiting')
      .where('leave_requests.status', '=', 'pending')
      .orderBy('leave_approvals.waiting_since')
      .execute();
    return rows.map(toStep);
  }

  /** Decides a waiting step once; false when it was no longer waiting. */
  async decideStep(
    requestId: number,
    seq: number,
    status: 'approved' | 'rejected',
    comment: string | null,
    now: Date,
  ): Promise<boolean> {
    const result = await this.db
      .updateTable('leave_approvals')
      .set({ status, comment, decided_at: now.toISOString() })
      .where('request_id', '=', requestId)
      .where('seq', '=', seq)
      .where('status', '=', 'waiting')
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async startStep(requestId: number, seq: number, now: Date): Promise<void> {
    await this.db
      .updateTable('leave_approvals')
      .set({ status: 'waiting', waiting_since: now.toISOString() })
      .where('request_id', '=', requestId)
      .where('seq', '=', seq)
      .where('status', '=', 'queued')
      .execute();
  }

  async cancelOpenSteps(requestId: number): Promise<void> {
    await this.db
      .updateTable('leave_approvals')
      .set({ status: 'cancelled' })
      .where('request_id', '=', requestId)
      .where('status', 'in', ['queued', 'waiting'])
      .execute();
  }

  /** Ends a pending request; false when it had already ended. */
  async finish(
    requestId: number,
    status: 'approved' | 'rejected' | 'withdrawn',
    comment: string | null,
    now: Date,
  ): Promise<boolean> {
    const result = await this.db
      .updateTable('leave_requests')
      .set({ status, decided_at: now.toISOString(), decision_comment: comment })
      .where('id', '=', requestId)
      .where('status', '=', 'pending')
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  /**
   * Approved leave called off after all (the approvers confirmed): 'withdrawn', with why in the
   * comment; false when it was no longer approved.
   */
  async cancelApproved(requestId: number, comment: string, now: Date): Promise<boolean> {
    const result = await this.db
      .updateTable('leave_requests')
      .set({ status: 'withdrawn', decided_at: now.toISOString(), decision_comment: comment })
      .where('id', '=', requestId)
      .where('status', '=', 'approved')
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  /** An early return: the request now ends at `end` and counts `days`. */
  async shorten(requestId: number, startHalf: Half, end: string, endHalf: Half, days: number): Promise<void> {
    await this.db
      .updateTable('leave_requests')
      .set({ start_half: startHalf, end_date: end, end_half: endHalf, days })
      .where('id', '=', requestId)
      .execute();
  }

  async markReturned(requestId: number, now: Date): Promise<boolean> {
    const result = await this.db
      .updateTable('leave_requests')
      .set({ returned_at: now.toISOString() })
      .where('id', '=', requestId)
      .where('returned_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }
}

function toRequest(row: Selectable<LeaveTables['leave_requests']>): LeaveRequest {
  return {
    id: Number(row.id),
    staffId: row.staff_id,
    typeKey: row.type,
    start: row.start_date,
    startHalf: row.start_half as Half,
    end: row.end_date,
    endHalf: row.end_half as Half,
    days: Number(row.days),
    year: Number(row.year),
    reason: row.reason,
    extended: Number(row.extended) === 1,
    status: row.status as LeaveStatus,
    flags: JSON.parse(row.flags) as LeaveFlag[],
    team: row.team,
    department: row.department,
    createdAt: new Date(row.created_at),
    decidedAt: row.decided_at ? new Date(row.decided_at) : null,
    decisionComment: row.decision_comment,
    returnedAt: row.returned_at ? new Date(row.returned_at) : null,
  };
}

function toStep(row: Selectable<LeaveTables['leave_approvals']>): ApprovalStep {
  return {
    requestId: Number(row.request_id),
    seq: Number(row.seq),
    approverId: row.approver_id,
    role: row.role,
    action: row.action as ApprovalStep['action'],
    escalatedFrom: row.escalated_from,
    escalationReason: row.escalation_reason,
    status: row.status as StepStatus,
    waitingSince: row.waiting_since ? new Date(row.waiting_since) : null,
    decidedAt: row.decided_at ? new Date(row.decided_at) : null,
    comment: row.comment,
  };
}
