import { addDays, shanghaiDate, shanghaiTime, type LocalDate } from '../../data/time/index.ts';
import type { Db } from '../../data/db/open-database.ts';
import type { Org } from '../../data/org/load-org.ts';
import { BalanceLedgerRepo } from '../../data/repos/balance-ledger-repo.ts';
import { LeaveChangesRepo, type LeaveChange } from '../../data/repos/leave-changes-repo.ts';
import { LeaveRequestsRepo, type Half, type LeaveRequest } from '../../data/repos/leave-requests-repo.ts';
import { spanOfRequest } from './leave-facts.ts';
import { releaseHolds } from './leave-service.ts';
import { countLeaveDays } from './rules/count-leave-days.ts';

/** What went back to the balance: days of 年假 or hours of 调休 (none for leave without a balance). */
export type Restored =
  | { readonly kind: 'annual'; readonly days: number }
  | { readonly kind: 'comp'; readonly hours: number };

export type CancelAsk =
  | { readonly kind: 'not-found' }
  | { readonly kind: 'pending'; readonly request: LeaveRequest }
  | { readonly kind: 'ended'; readonly request: LeaveRequest }
  | { readonly kind: 'begun'; readonly request: LeaveRequest }
  | { readonly kind: 'already-asked'; readonly request: LeaveRequest; readonly change: LeaveChange }
  | { readonly kind: 'asked'; readonly request: LeaveRequest; readonly change: LeaveChange; readonly next: string }
  | { readonly kind: 'cancelled'; readonly request: LeaveRequest; readonly restored: readonly Restored[] };

export type CancelDecision =
  | { readonly kind: 'not-found' }
  | { readonly kind: 'not-yours'; readonly request: LeaveRequest }
  | { readonly kind: 'next'; readonly request: LeaveRequest; readonly change: LeaveChange; readonly next: string }
  | {
      readonly kind: 'cancelled';
      readonly request: LeaveRequest;
      readonly change: LeaveChange;
      readonly restored: readonly Restored[];
    }
  | { readonly kind: 'declined'; readonly request: LeaveRequest; readonly change: LeaveChange };

export type EarlyReturn =
  | { readonly kind: 'none' }
  | {
      readonly kind: 'returned';
      readonly request: LeaveRequest;
      /** Set when the leave was to go on after today: what it was, and what went back. */
      readonly early?: { readonly oldEnd: string; readonly oldDays: number; readonly restored: readonly Restored[] };
    };

const CANCELLED = '已批准后取消（审批人已确认）';

/**
 * Changing approved leave (issue 13): a cancellation before the leave begins goes to the approvers
 * who approved it, one after another, and restores the balance once the last confirms; an early
 * return (销假 before the end) shortens the request to the days actually taken and gives back the rest.
 */
export class ApprovedLeaveChanges {
  constructor(
    private readonly db: Db,
    private readonly org: () => Org,
  ) {}

  /**
   * The approved request 「取消已批准的 12 号」 means: request no. 12 when the person has one that is
   * approved, else their approved leave not yet begun that covers a 12th (the nearest such day ahead).
   */
  async resolve(staffId: string, n: number, now: Date): Promise<LeaveRequest | undefined> {
    const repo = new LeaveRequestsRepo(this.db);
    const byId = await repo.get(n);
    if (byId && byId.staffId === staffId) return byId;
    const today = shanghaiDate(now);
    const approved = (await repo.forStaff(staffId, ['approved'])).filter((r) => r.end >= today);
    const covers = (r: LeaveRequest) => {
      for (let d = r.start as LocalDate; d <= r.end; d = addDays(d, 1)) if (Number(d.slice(8)) === n) return true;
      return false;
    };
    return approved.filter(covers).sort((a, b) => (a.start < b.start ? -1 : 1))[0];
  }

  async askCancel(request: LeaveRequest, now: Date): Promise<CancelAsk> {
    const today = shanghaiDate(now);
    if (request.status === 'pending') return { kind: 'pending', request };
    if (request.status !== 'approved') return { kind: 'not-found' };
    if (request.end < today) return { kind: 'ended', request };
    if (request.start <= today) return { kind: 'begun', request };
    return this.db.transaction().execute(async (trx) => {
      const changes = new LeaveChangesRepo(trx);
      const open = await changes.waitingFor(request.id);
      if (open) return { kind: 'already-asked', request, change: open };
      const steps = await new LeaveRequestsRepo(trx).steps(request.id);
      // [decision] Whoever approved a step confirms, in the chain's order; nobody approved (no
      // approver was needed): it is cancelled at once, HR is told.
      const approvers = [
        ...new Set(
          steps.filter((s) => s.status === 'approved' && s.approverId !== request.staffId).map((s) => s.approverId),
        ),
      ];
      const base = {
        requestId: request.id,
        kind: 'cancel' as const,
        staffId: request.staffId,
        approvers,
        oldEnd: request.end,
        oldEndHalf: request.endHalf,
        oldDays: request.days,
        newDays: 0,
      };
      if (!approvers.length) {
        await changes.add({ ...base, status: 'confirmed' }, now);
        const restored = await this.cancelNow(trx, request, request.staffId, now);
        return { kind: 'cancelled', request: (await new LeaveRequestsRepo(trx).get(request.id))!, restored };
      }
      const change = await changes.add({ ...base, status: 'waiting' }, now);
      return { kind: 'asked', request, change, next: approvers[0]! };
    });
  }

  /** An approver confirms (or not) a cancellation waiting for them. */
  async decideCancel(
    requestId: number,
    approverId: string,
    approve: boolean,
    comment: string | null,
    now: Date,
  ): Promise<CancelDecision> {
    return this.db.transaction().execute(async (trx) => {
      const repo = new LeaveRequestsRepo(trx);
      const request = await repo.get(requestId);
      const changes = new LeaveChangesRepo(trx);
      const change = request && (await changes.waitingFor(requestId));
      if (!request || !change) return { kind: 'not-found' };
      if (change.approvers[change.confirmed] !== approverId) return { kind: 'not-yours', request };
      if (!approve) {
        await changes.decline(change.id, approverId, comment, now);
        return { kind: 'declined', request, change: { ...change, status: 'declined', comment } };
      }
      const last = change.confirmed + 1 >= change.approvers.length;
      if (!(await changes.confirmOne(change.id, change.confirmed, approverId, now, last)))
        return { kind: 'not-yours', request };
      const after: LeaveChange = { ...change, confirmed: change.confirmed + 1 };
      if (!last) return { kind: 'next', request, change: after, next: change.approvers[after.confirmed]! };
      const restored = await this.cancelNow(trx, request, approverId, now);
      return { kind: 'cancelled', request: (await repo.get(requestId))!, change: after, restored };
    });
  }

  /** The cancellations waiting for this approver's confirmation. */
  async waitingFor(approverId: string): Promise<{ change: LeaveChange; request: LeaveRequest }[]> {
    const repo = new LeaveRequestsRepo(this.db);
    const out: { change: LeaveChange; request: LeaveRequest }[] = [];
    for (const change of await new LeaveChangesRepo(this.db).allWaiting()) {
      if (change.approvers[change.confirmed] !== approverId) continue;
      const request = await repo.get(change.requestId);
      if (request) out.push({ change, request });
    }
    return out;
  }

  private async cancelNow(trx: Db, request: LeaveRequest, actorId: string, now: Date): Promise<Restored[]> {
    const held = await new BalanceLedgerRepo(trx).forRequest(request.id);
    await new LeaveRequestsRepo(trx).cancelApproved(request.id, CANCELLED, now);
    await releaseHolds(trx, request.id, actorId, '已批准后取消', now);
    return restoredFrom(
      held.filter((e) => e.entry === 'request-hold').map((e) => ({ kind: e.kind, amount: -e.amount })),
    );
  }

  /**
   * 销假: the most recent approved leave that has begun and isn't reported back. Back before its
   * end, it is shortened to the days taken ([decision] back before 12:00, today is not leave; from
   * 12:00, its morning is; on the leave's first day its morning always is) and the rest goes back to
   * the balance, in one transaction.
   */
  async reportReturn(staffId: string, now: Date): Promise<EarlyReturn> {
    const today = shanghaiDate(now);
    const org = this.org();
    return this.db.transaction().execute(async (trx) => {
      const repo = new LeaveRequestsRepo(trx);
      const candidates = (await repo.forStaff(staffId, ['approved'])).filter(
        (r) => r.start <= today && r.returnedAt === null,
      );
      const request = candidates[0];
      if (!request || !(await repo.markReturned(request.id, now))) return { kind: 'none' };
      const span = spanOfRequest(request);
      if (today >= span.end && !(today === span.end && span.endHalf === 'full' && this.beforeNoon(now)))
        return { kind: 'returned', request: (await repo.get(request.id))! };
      const afternoon = !this.beforeNoon(now);
      // Back on the leave's own first day before noon: that morning was away, so it is leave ([decision]).
      // 「12月9日请一天病假」 reported back at 10:31 that day was withdrawn, as if never taken.
      const firstMorning = today === span.start && span.startHalf !== 'pm';
      const end: { date: LocalDate; half: Half } =
        afternoon || firstMorning ? { date: today, half: 'am' } : { date: addDays(today, -1), half: 'full' };
      const type = org.leaveRules?.types.find((t) => t.key === request.typeKey);
      const nothingTaken =
        end.date < span.start || (end.date === span.start && span.startHalf === 'pm' && end.half === 'am');
      // One day left: both ends carry its half (the span convention); an afternoon start keeps its afternoon.
      const oneDay = end.date === span.start;
      const half: Half = oneDay && span.startHalf === 'pm' ? 'pm' : end.half;
      const taken = { start: span.start, startHalf: oneDay ? half : span.startHalf, end: end.date, endHalf: half };
      const days = nothingTaken ? 0 : countLeaveDays(org.calendar, type?.counting ?? 'working-days', taken).days;
      const back = request.days - days;
      if (back <= 0) return { kind: 'returned', request: (await repo.get(request.id))! };
      if (nothingTaken) await repo.cancelApproved(request.id, '提前销假，未休', now);
      else await repo.shorten(request.id, taken.startHalf, taken.end, taken.endHalf, days);
      const restored = await this.giveBack(trx, request, back, staffId, now);
      await new LeaveChangesRepo(trx).add(
        {
          requestId: request.id,
          kind: 'return',
          staffId,
          status: 'done',
          approvers: [],
          oldEnd: request.end,
          oldEndHalf: request.endHalf,
          oldDays: request.days,
          newDays: days,
        },
        now,
      );
      return {
        kind: 'returned',
        request: (await repo.get(request.id))!,
        early: { oldEnd: request.end, oldDays: request.days, restored },
      };
    });
  }

  private beforeNoon(now: Date): boolean {
    return shanghaiTime(now) < (this.org().leaveRules?.changes.afternoonFrom ?? '12:00');
  }

  /** `days` of the request go back: annual days as one release; 调休 hours from the last-drawn credits first. */
  private async giveBack(
    trx: Db,
    request: LeaveRequest,
    days: number,
    actorId: string,
    now: Date,
  ): Promise<Restored[]> {
    const ledger = new BalanceLedgerRepo(trx);
    const holds = (await ledger.forRequest(request.id)).filter((e) => e.entry === 'request-hold');
    const note = '提前销假';
    if (holds.some((e) => e.kind === 'annual')) {
      const year = holds.find((e) => e.kind === 'annual')!.year;
      await ledger.add(
        {
          staffId: request.staffId,
          kind: 'annual',
          year,
          amount: days,
          entry: 'request-release',
          requestId: request.id,
          actorId,
          note,
        },
        now,
      );
      return [{ kind: 'annual', days }];
    }
    const comp = holds.filter((e) => e.kind === 'comp');
    if (!comp.length) return [];
    let hours = days * (this.org().leaveRules?.overtime.hoursPerDay ?? 8);
    const total = hours;
    for (const e of [...comp].reverse()) {
      if (hours <= 0) break;
      const part = Math.min(hours, -e.amount);
      await ledger.add(
        {
          staffId: request.staffId,
          kind: 'comp',
          amount: part,
          entry: 'request-release',
          requestId: request.id,
          creditId: e.creditId,
          actorId,
          note,
        },
        now,
      );
      hours -= part;
    }
    return [{ kind: 'comp', hours: total - Math.max(hours, 0) }];
  }
}

function restoredFrom(entries: readonly { kind: 'annual' | 'comp'; amount: number }[]): Restored[] {
  const annual = entries.filter((e) => e.kind === 'annual').reduce((n, e) => n + e.amount, 0);
  const comp = entries.filter((e) => e.kind === 'comp').reduce((n, e) => n + e.amount, 0);
  return [
    ...(annual > 0 ? [{ kind: 'annual' as const, days: annual }] : []),
    ...(comp > 0 ? [{ kind: 'comp' as const, hours: comp }] : []),
  ];
}
