import type { ApproverRole, LeaveRules } from '../../../data/leave/leave-rules-schema.ts';
import type { Directory } from '../../../data/org/directory.ts';
import type { Staff } from '../../../data/org/staff.ts';
import type { ApprovalStep, LeaveRequest } from '../../../data/repos/leave-requests-repo.ts';
import type { OvertimeRecord } from '../../../data/repos/overtime-records-repo.ts';
import type { WorkCalendar } from '../../../data/calendar/index.ts';
import { addDays, atShanghai, shanghaiDate, type LocalDate } from '../../../data/time/index.ts';
import { escalationTimes } from './escalation-times.ts';
import { resolveApprover, routeOvertime } from './route-approval.ts';

/** Whether someone is on approved leave on a day. */
export type Away = (staffId: string, day: LocalDate) => boolean;

/** What moves a waiting step up past the role's holder: time waited, and approvers on leave. */
export interface StallContext {
  readonly calendar: WorkCalendar;
  readonly now: Date;
  readonly away: Away;
  /** The deputy an approver named for a day away (「期间由陈思远代批」), if any. */
  readonly deputy?: (staffId: string, day: LocalDate) => string | undefined;
}

/**
 * Why a step went up: waited too long ('overdue'), the leave starts on the next working day
 * ('near-start'), it has begun ('started'), or the holder is on leave ('away').
 */
export type Raised = 'overdue' | 'near-start' | 'started' | 'away';

export interface StepHolder {
  readonly person: Staff;
  /** Why it is not the role's holder. */
  readonly raised?: Raised;
  /** Since when the holder has had it. */
  readonly since: Date | null;
  /** On the leave's first day, still undecided (stall.beforeStart): the levels above who may decide too. */
  readonly also?: readonly Staff[];
}

/**
 * The requester as the directory knows them now, in the team and department the request was
 * made in (the request is about that work); someone who has left keeps those, with no roles.
 */
function requesterOf(directory: Directory, request: Pick<LeaveRequest, 'staffId' | 'team' | 'department'>): Staff {
  const now = directory.get(request.staffId);
  const base: Staff = now ?? {
    id: request.staffId,
    name: request.staffId,
    roles: [],
    team: request.team,
    department: request.department,
    gender: 'female',
    hireDate: '1970-01-01',
    birthday: null,
    greetPublicly: false,
    identities: {},
    reachVia: null,
  };
  return { ...base, team: request.team, department: request.department };
}

/**
 * Who holds a step's role today: the step keeps the role the chain asked for (before any step
 * up), and the directory says who holds it now. Who approves is decided when the decision is
 * made, not fixed at submission: a lead who left the role can't approve, the new lead can.
 */
export function currentLeaveApprover(
  rules: LeaveRules,
  directory: Directory,
  request: LeaveRequest,
  step: ApprovalStep,
): Staff | undefined {
  return stepHolder(rules, directory, request, step)?.person;
}

/**
 * Who holds a step now: the role's holder from the directory; for a waiting step, one level
 * up (escalation map: department head, then director) for each stretch waited too long, and
 * past any holder on approved leave on the day it reached them. Never the requester: the
 * levels come from `resolveApprover`. With nobody above, the step stays where it is.
 */
export function stepHolder(
  rules: LeaveRules,
  directory: Directory,
  request: LeaveRequest,
  step: ApprovalStep,
  stall?: StallContext,
): StepHolder | undefined {
  const requester = requesterOf(directory, request);
  const role = (step.escalatedFrom ?? step.role) as ApproverRole;
  const base = resolveApprover(rules, directory, requester, role);
  if (!base) return undefined;
  if (!stall || step.status !== 'waiting' || !step.waitingSince)
    return { person: base.person, since: step.waitingSince };
  const above = (r: ApproverRole) => {
    const next = rules.approval.escalation[r];
    return next ? resolveApprover(rules, directory, requester, next) : undefined;
  };
  let found: { person: Staff; role: ApproverRole } = base;
  let raised: StepHolder['raised'];
  let since = step.waitingSince;
  // Past an approver on leave, or away on a day they named a deputy for (「我周四周五去市里培训 这两天
  // 让钱多多帮我看下」: training is no leave, but they said they are not there): to the deputy they
  // named for that day (when present and not the requester; for the director on leave, else
  // stall.directorDeputy), else one level up; with nobody above, it stays with them.
  const pastAway = (day: LocalDate) => {
    while (stall.away(found.person.id, day) || stall.deputy?.(found.person.id, day) !== undefined) {
      const standing = found.role === 'director' ? (rules.stall.directorDeputy ?? undefined) : undefined;
      const named = stall.deputy?.(found.person.id, day) ?? standing;
      const deputy = named ? directory.get(named) : undefined;
      if (deputy && deputy.id !== requester.id && !stall.away(deputy.id, day)) {
        found = { person: deputy, role: found.role };
        raised = 'away';
        return;
      }
      const up = above(found.role);
      if (!up) return;
      found = up;
      raised = 'away';
    }
  };
  pastAway(shanghaiDate(since));
  const time = rules.nudge.time;
  const firstDay = stall.calendar.workingDayOnOrAfter(request.start as LocalDate);
  const firstRound = atShanghai(firstDay, time);
  // [decision] stall.beforeStart: a request still undecided at its first day's round is open to
  // every level above its holder (see `also`), so no later step-by-step escalation is needed.
  const openOnFirstDay = rules.stall.beforeStart && request.createdAt < firstRound && firstRound <= stall.now;
  const events: { at: Date; why: Raised }[] = escalationTimes(
    stall.calendar,
    step.waitingSince,
    rules.stall.escalateAfterWorkingDays,
    time,
    stall.now,
  )
    .filter((at) => !openOnFirstDay || at < firstRound)
    .map((at) => ({ at, why: 'overdue' }));
  if (rules.stall.beforeStart) {
    const deadline = beforeStartRound(stall.calendar, request.start as LocalDate, step.waitingSince, time);
    if (deadline.at > step.waitingSince && deadline.at <= stall.now) {
      // Coinciding with a waited-too-long round: one step up, and the nearer start is the reason.
      const same = events.find((e) => e.at.getTime() === deadline.at.getTime());
      if (same) same.why = deadline.why;
      else events.push(deadline);
    }
  }
  events.sort((a, b) => a.at.getTime() - b.at.getTime());
  for (const event of events) {
    const up = above(found.role);
    if (!up) break;
    found = up;
    raised = event.why;
    since = event.at;
    pastAway(shanghaiDate(event.at));
  }
  // Opt-in (stall.escalateOnFirstDay): a step still waiting when the leave's first working day
  // comes goes one more level up at that morning's round, so a silent approver can't let it pass.
  // stall.beforeStart, when on, does this and more.
  if (!rules.stall.beforeStart && rules.stall.escalateOnFirstDay && firstRound <= stall.now && since < firstRound) {
    const up = above(found.role);
    if (up) {
      found = up;
      raised = 'started';
      since = firstRound;
      pastAway(shanghaiDate(firstRound));
    }
  }
  // [decision] Away today (leave approved after the step reached them): past them too, from today,
  // so a request does not sit with someone on leave until it is overdue (issue 13).
  const today = shanghaiDate(stall.now);
  const holderBefore = found.person.id;
  pastAway(today);
  if (found.person.id !== holderBefore && since < atShanghai(today)) since = atShanghai(today);
  const holder = found;
  const why = raised;
  // Everyone above the holder, up to the director (each past leave today), never the requester.
  const also: Staff[] = [];
  if (openOnFirstDay) {
    // At most as many levels as the escalation map has roles: a misconfigured cycle ends too.
    let levels = Object.keys(rules.approval.escalation).length;
    for (let up = above(found.role); up && levels-- > 0; up = above(found.role)) {
      found = up;
      pastAway(today);
      const id = found.person.id;
      if (id !== requester.id && id !== holder.person.id && !also.some((s) => s.id === id)) also.push(found.person);
    }
  }
  return { person: holder.person, since, ...(why ? { raised: why } : {}), ...(also.length ? { also } : {}) };
}

/**
 * [decision] stall.beforeStart: the 09:00 round of the last working day before the leave starts;
 * for a step that reached its holder on that day or later (a request made the day before or that
 * day), the first day's round instead.
 */
export function beforeStartRound(
  calendar: WorkCalendar,
  start: LocalDate,
  waitingSince: Date,
  time: string,
): { at: Date; why: Raised } {
  const dayBefore = calendar.workingDayOnOrBefore(addDays(start, -1));
  if (dayBefore > shanghaiDate(waitingSince)) return { at: atShanghai(dayBefore, time), why: 'near-start' };
  return { at: atShanghai(calendar.workingDayOnOrAfter(start), time), why: 'started' };
}

/** Who approves an overtime record today (the requester's direct lead, from the directory). */
export function currentOvertimeApprover(
  rules: LeaveRules,
  directory: Directory,
  record: OvertimeRecord,
): Staff | undefined {
  const requester = directory.get(record.staffId);
  if (!requester) return record.approverId ? directory.get(record.approverId) : undefined;
  const step = routeOvertime(rules, directory, requester);
  return step ? directory.get(step.approverId) : undefined;
}
