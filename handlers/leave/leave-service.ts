import { shanghaiDate } from '../../data/time/index.ts';
import type { Db } from '../../data/db/open-database.ts';
import type { Org } from '../../data/org/load-org.ts';
import type { Staff } from '../../data/org/staff.ts';
import { ApproverChangesRepo } from '../../data/repos/approver-changes-repo.ts';
import { BalanceLedgerRepo } from '../../data/repos/balance-ledger-repo.ts';
import { LeaveRequestsRepo, type ApprovalStep, type LeaveRequest } from '../../data/repos/leave-requests-repo.ts';
import { followDirectory } from './follow-directory.ts';
import { loadLeaveFacts } from './leave-facts.ts';
import { checkLeave, type LeaveCheck, type LeaveDraft } from './rules/check-leave.ts';
import { requestLimitProblem } from './rules/request-limits.ts';

export type SubmitResult =
  | {
      readonly ok: true;
      readonly request: LeaveRequest;
      readonly steps: readonly ApprovalStep[];
      readonly check: LeaveCheck;
    }
  | { readonly ok: false; readonly check: LeaveCheck }
  /** Beyond the request limits (leave-rules.json requestLimits): no request can look like this. */
  | { readonly ok: false; readonly limit: string };

export type DecisionResult =
  | { readonly kind: 'not-found' }
  /** Not this person's step to decide (now or ever). */
  | { readonly kind: 'not-approver'; readonly request: LeaveRequest }
  /** This person's step was already decided, or the request has ended: nothing changes. */
  | { readonly kind: 'already'; readonly request: LeaveRequest; readonly step?: ApprovalStep }
  | {
      readonly kind: 'advanced';
      readonly request: LeaveRequest;
      readonly step: ApprovalStep;
      readonly next: ApprovalStep;
      readonly steps: readonly ApprovalStep[];
      /** Who could also have decided the step (stall.beforeStart, first day): to be told it is done. */
      readonly others?: readonly string[];
      /** Who may decide the next step besides its holder: each to be sent it. */
      readonly nextAlso?: readonly string[];
    }
  | {
      readonly kind: 'approved';
      readonly request: LeaveRequest;
      readonly step: ApprovalStep;
      readonly steps: readonly ApprovalStep[];
      readonly others?: readonly string[];
    }
  | {
      readonly kind: 'rejected';
      readonly request: LeaveRequest;
      readonly step: ApprovalStep;
      readonly steps: readonly ApprovalStep[];
      readonly others?: readonly string[];
    };

export type Turn =
  | { readonly kind: 'yours'; readonly request: LeaveRequest; readonly step: ApprovalStep }
  | Extract<DecisionResult, { kind: 'not-found' | 'not-approver' | 'already' }>;

/**
 * Only the approver of the step now waiting decides (or, on the leave's first day, a level above
 * in `also`), never the requester; a step this person decided before, or a request that has
 * ended, is 'already' (a second decision changes nothing).
 */
function whoseTurn(
  request: LeaveRequest,
  steps: readonly ApprovalStep[],
  approverId: string,
  seq?: number,
  also: readonly string[] = [],
): Turn {
  const mine = steps.filter((s) => s.approverId === approverId);
  const waiting = steps.find((s) => s.status === 'waiting');
  const decidedMine = mine.find((s) => s.decidedAt !== null);
  const yours =
    request.status === 'pending' &&
    waiting &&
    (waiting.approverId === approverId || also.includes(approverId)) &&
    request.staffId !== approverId &&
    (seq === undefined || seq === waiting.seq);
  if (yours) return { kind: 'yours', request, step: waiting };
  if (decidedMine || (mine.length && request.status !== 'pending'))
    return { kind: 'already', request, ...(decidedMine ? { step: decidedMine } : {}) };
  return { kind: 'not-approver', request };
}

export type WithdrawResult =
  | { readonly kind: 'not-found' }
  | { readonly kind: 'not-yours' }
  | { readonly kind: 'final'; readonly request: LeaveRequest }
  | {
      readonly kind: 'withdrawn';
      readonly request: LeaveRequest;
      readonly waiting?: ApprovalStep;
      readonly decided: readonly ApprovalStep[];
    };

/**
 * Leave requests as transactions: a request and its balance holds commit together, a
 * decision changes one waiting step once, and a rejection or withdrawal releases the holds
 * in the same transaction as the status change.
 */
export class LeaveService {
  constructor(
    private readonly db: Db,
    private readonly org: () => Org,
  ) {}

  /** Checks again inside the transaction (the read-back may be minutes old) and stores the request. */
  async submit(person: Staff, draft: LeaveDraft & { reason: string | null }, now: Date): Promise<SubmitResult> {
    const org = this.org();
    const rules = org.leaveRules;
    if (!rules) throw new Error('no leave rules');
    const limit = requestLimitProblem(rules, draft.span, shanghaiDate(now));
    if (limit) return { ok: false, limit };
    return this.db.transaction().execute(async (trx) => {
      const facts = await loadLeaveFacts(trx, person.id, now);
      const check = checkLeave({
        rules,
        calendar: org.calendar,
        directory: org.directory,
        person,
        draft,
        today: shanghaiDate(now),
        facts,
      });
      if (check.outcome === 'refused') return { ok: false, check };
      const repo = new LeaveRequestsRepo(trx);
      const request = await repo.create(
        {
          staffId: person.id,
          typeKey: check.type.key,
          start: check.span.start,
          startHalf: check.span.startHalf,
          end: check.span.end,
          endHalf: check.span.endHalf,
          days: check.days,
          year: check.year,
          reason: check.type.keepReason ? draft.reason : null,
          extended: draft.extended === true,
          flags: check.flags.map((f) => ({ code: f.code, message: f.message, ...(f.about ? { about: f.about } : {}) })),
          team: person.team,
          department: person.department,
          steps: check.route.steps.map((s) => ({
            approverId: s.approverId,
            role: s.role,
            action: s.action,
            ...(s.escalatedFrom ? { escalatedFrom: s.escalatedFrom, escalationReason: s.escalationReason } : {}),
          })),
        },
        now,
      );
      const ledger = new BalanceLedgerRepo(trx);
      const balance = check.balance;
      if (balance?.kind === 'annual') {
        await ledger.add(
          {
            staffId: person.id,
            kind: 'annual',
            year: check.year,
            amount: -check.days,
            entry: 'request-hold',
            requestId: request.id,
            actorId: person.id,
          },
          now,
        );
      }
      if (balance?.kind === 'comp') {
        for (const a of balance.allocation) {
          await ledger.add(
            {
              staffId: person.id,
              kind: 'comp',
              amount: -a.hours,
              entry: 'request-hold',
              requestId: request.id,
              creditId: a.creditId,
              actorId: person.id,
            },
            now,
          );
        }
      }
      // The first approver may be on leave today: the step goes up before anyone is told.
      const followed = await followDirectory(trx, org, request, await repo.steps(request.id), now);
      return { ok: true, request, steps: followed.steps, check };
    });
  }

  /**
   * One approver's decision on the step now waiting. `seq` comes with a button press: a press
   * on an older message for a step already decided changes nothing.
   */
  async decide(input: {
    requestId: number;
    seq?: number;
    approverId: string;
    approve: boolean;
    comment: string | null;
    now: Date;
  }): Promise<DecisionResult> {
    const { requestId, approverId, now } = input;
    return this.db.transaction().execute(async (trx) => {
      const repo = new LeaveRequestsRepo(trx);
      const request = await repo.get(requestId);
      if (!request) return { kind: 'not-found' };
      const { steps, also } = await this.currentSteps(trx, request, now);
      const turn = whoseTurn(request, steps, approverId, input.seq, also);
      if (turn.kind !== 'yours') return turn;
      // Everyone who could have decided it, but for the one who did: told who did (first one wins).
      const others = also.length
        ? [turn.step.approverId, ...also].filter((id) => id !== approverId && id !== request.staffId)
        : [];
      const told = others.length ? { others } : {};
      const waiting = await this.takeOver(trx, request.id, turn.step, approverId, now);
      const status = input.approve ? 'approved' : 'rejected';
      if (!(await repo.decideStep(requestId, waiting.seq, status, input.comment, now)))
        return { kind: 'already', request, step: waiting };
      const step: ApprovalStep = { ...waiting, status, comment: input.comment, decidedAt: now };
      if (!input.approve) {
        await repo.finish(requestId, 'rejected', input.comment, now);
        await repo.cancelOpenSteps(requestId);
        await releaseHolds(trx, requestId, approverId, '驳回', now);
        const steps = await repo.steps(requestId);
        return { kind: 'rejected', request: (await repo.get(requestId))!, step, steps, ...told };
      }
      // [decision] When the next step is held by the same person (a step went up to the head who
      // also holds the next one), or on the first day may be decided by them, one decision covers
      // both: routing merges such repeats too.
      for (let current: ApprovalStep = waiting; ; ) {
        const next = steps.find((s) => s.seq === current.seq + 1);
        if (!next) break;
        await repo.startStep(requestId, next.seq, now);
        // Who is told next: the holder of the next step today (past anyone on leave).
        const after = await this.currentSteps(trx, request, now);
        const started = after.steps.find((s) => s.seq === next.seq) ?? {
          ...next,
          status: 'waiting' as const,
          waitingSince: now,
        };
        if (started.approverId !== approverId && !after.also.includes(approverId)) {
          const nextAlso = after.also.length ? { nextAlso: after.also } : {};
          return { kind: 'advanced', request, step, next: started, steps: after.steps, ...told, ...nextAlso };
        }
        const taken = await this.takeOver(trx, request.id, started, approverId, now);
        await repo.decideStep(requestId, taken.seq, 'approved', input.comment, now);
        current = taken;
      }
      await repo.finish(requestId, 'approved', null, now);
      const done = await repo.steps(requestId);
      return { kind: 'approved', request: (await repo.get(requestId))!, step, steps: done, ...told };
    });
  }

  /** A level above deciding on the first day: the step moves to them first (audited), so it says who decided. */
  private async takeOver(
    db: Db,
    requestId: number,
    step: ApprovalStep,
    approverId: string,
    now: Date,
  ): Promise<ApprovalStep> {
    if (step.approverId === approverId) return step;
    await new ApproverChangesRepo(db).moveLeaveStep(requestId, step.seq, step.approverId, approverId, now);
    return { ...step, approverId };
  }

  /** Whether `approverId` may decide the request now (before asking them for a rejection reason). */
  async turnOf(requestId: number, approverId: string, seq: number | undefined, now: Date): Promise<Turn> {
    const repo = new LeaveRequestsRepo(this.db);
    const request = await repo.get(requestId);
    if (!request) return { kind: 'not-found' };
    const { steps, also } = await this.currentSteps(this.db, request, now);
    return whoseTurn(request, steps, approverId, seq, also);
  }

  /**
   * The steps with open ones following the directory (who holds the role now decides); a
   * step nobody holds names nobody, so not even the person first asked can decide it.
   */
  private async currentSteps(
    db: Db,
    request: LeaveRequest,
    now: Date,
  ): Promise<{ steps: ApprovalStep[]; also: readonly string[] }> {
    const stored = await new LeaveRequestsRepo(db).steps(request.id);
    const followed = await followDirectory(db, this.org(), request, stored, now);
    const steps = followed.steps.map((s) => (followed.orphans.includes(s) ? { ...s, approverId: '' } : s));
    return { steps, also: followed.also };
  }

  /** The requester takes a request back before its final decision; its holds are released. */
  async withdraw(requestId: number, staffId: string, now: Date): Promise<WithdrawResult> {
    return this.db.transaction().execute(async (trx) => {
      const repo = new LeaveRequestsRepo(trx);
      const request = await repo.get(requestId);
      if (!request) return { kind: 'not-found' };
      if (request.staffId !== staffId) return { kind: 'not-yours' };
      if (request.status !== 'pending') return { kind: 'final', request };
      const steps = await repo.steps(requestId);
      if (!(await repo.finish(requestId, 'withdrawn', null, now))) return { kind: 'final', request };
      await repo.cancelOpenSteps(requestId);
      await releaseHolds(trx, requestId, staffId, '撤回', now);
      const waiting = steps.find((s) => s.status === 'waiting');
      return {
        kind: 'withdrawn',
        request: (await repo.get(requestId))!,
        ...(waiting ? { waiting } : {}),
        decided: steps.filter((s) => s.status === 'approved'),
      };
    });
  }
}

/** Gives back everything a request held (a rejection, a withdrawal, a confirmed cancellation). */
export async function releaseHolds(db: Db, requestId: number, actorId: string, why: string, now: Date): Promise<void> {
  const ledger = new BalanceLedgerRepo(db);
  for (const e of await ledger.forRequest(requestId)) {
    if (e.entry !== 'request-hold') continue;
    await ledger.add(
      {
        staffId: e.staffId,
        kind: e.kind,
        year: e.year,
        amount: -e.amount,
        entry: 'request-release',
        requestId,
        creditId: e.creditId,
        actorId,
        note: why,
      },
      now,
    );
  }
}
