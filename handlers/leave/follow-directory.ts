import type { Db } from '../../data/db/open-database.ts';
import type { Org } from '../../data/org/load-org.ts';
import { ApproverChangesRepo } from '../../data/repos/approver-changes-repo.ts';
import { DeputiesRepo } from '../../data/repos/deputies-repo.ts';
import type { ApprovalStep, LeaveRequest } from '../../data/repos/leave-requests-repo.ts';
import type { OvertimeRecord } from '../../data/repos/overtime-records-repo.ts';
import { shanghaiDate, type LocalDate } from '../../data/time/index.ts';
import { loadAway } from './load-away.ts';
import { currentOvertimeApprover, stepHolder, type StallContext } from './rules/current-approver.ts';

export interface FollowedSteps {
  /** The steps with every open one naming the role's current holder. */
  readonly steps: readonly ApprovalStep[];
  /** Open steps that moved, as they were before. */
  readonly moved: readonly ApprovalStep[];
  /** Open steps whose role nobody (but the requester) holds now: nobody can decide them. */
  readonly orphans: readonly ApprovalStep[];
  /** On the leave's first day (stall.beforeStart): who may decide the waiting step besides its holder. */
  readonly also: readonly string[];
}

/**
 * Brings a pending request's open steps (waiting and queued) in line with the directory:
 * a step whose role changed hands moves to the new holder (the audit keeps who was asked
 * before); a step nobody holds stays as it is and is reported as an orphan.
 */
export async function followDirectory(
  db: Db,
  org: Org,
  request: LeaveRequest,
  steps: readonly ApprovalStep[],
  now: Date,
): Promise<FollowedSteps> {
  const rules = org.leaveRules;
  if (!rules || request.status !== 'pending') return { steps, moved: [], orphans: [], also: [] };
  const changes = new ApproverChangesRepo(db);
  const out: ApprovalStep[] = [];
  const moved: ApprovalStep[] = [];
  const orphans: ApprovalStep[] = [];
  let also: string[] = [];
  const stall = await stallContext(db, org, steps, now);
  for (const step of steps) {
    if (step.status !== 'waiting' && step.status !== 'queued') {
      out.push(step);
      continue;
    }
    const held = stepHolder(rules, org.directory, request, step, stall);
    const holder = held?.person;
    if (!holder) orphans.push(step);
    if (step.status === 'waiting') also = (held?.also ?? []).map((s) => s.id);
    const move = holder && holder.id !== step.approverId;
    if (move && (await changes.moveLeaveStep(request.id, step.seq, step.approverId, holder.id, now))) {
      moved.push(step);
      out.push({ ...step, approverId: holder.id });
    } else out.push(step);
  }
  return { steps: out, moved, orphans, also };
}

/** Absences from the earliest waiting step's start to today: who was away when a step reached them. */
export async function stallContext(db: Db, org: Org, steps: readonly ApprovalStep[], now: Date): Promise<StallContext> {
  const today = shanghaiDate(now);
  const starts = steps.flatMap((s) => (s.status === 'waiting' && s.waitingSince ? [shanghaiDate(s.waitingSince)] : []));
  const from = starts.reduce<LocalDate>((a, b) => (b < a ? b : a), today);
  const named = await new DeputiesRepo(db).touching(from, today);
  const deputy = (staffId: string, day: LocalDate) =>
    named.filter((d) => d.staffId === staffId && d.from <= day && d.to >= day).at(-1)?.deputyId;
  return { calendar: org.calendar, now, away: await loadAway(db, from, today), deputy };
}

/** The overtime counterpart: the record's approver is whoever leads the requester now. */
export async function followDirectoryOvertime(
  db: Db,
  org: Org,
  record: OvertimeRecord,
  now: Date,
): Promise<{ record: OvertimeRecord; moved: boolean; orphan: boolean }> {
  if (!org.leaveRules || record.status !== 'pending' || !record.approverId) {
    return { record, moved: false, orphan: false };
  }
  const holder = currentOvertimeApprover(org.leaveRules, org.directory, record);
  if (!holder || holder.id === record.staffId) return { record, moved: false, orphan: true };
  if (holder.id === record.approverId) return { record, moved: false, orphan: false };
  const moved = await new ApproverChangesRepo(db).moveOvertime(record.id, record.approverId, holder.id, now);
  return { record: moved ? { ...record, approverId: holder.id } : record, moved, orphan: false };
}
