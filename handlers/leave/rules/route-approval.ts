import type { ApproverRole, ChainBand, LeaveRules } from '../../../data/leave/leave-rules-schema.ts';
import type { Directory } from '../../../data/org/directory.ts';
import { hasRole, type Role, type Staff } from '../../../data/org/staff.ts';

export type StepAction = 'forward' | 'review' | 'approve';

export interface ChainStep {
  readonly approverId: string;
  /** The role the approver acts in at this step (after any step up). */
  readonly role: ApproverRole;
  readonly action: StepAction;
  /** The role the matrix asked for, when the step went one up from it. */
  readonly escalatedFrom?: ApproverRole;
  readonly escalationReason?: 'self' | 'vacant';
}

export interface Route {
  readonly steps: readonly ChainStep[];
  /** The matrix row's role the requester was matched on; null for the fallback. */
  readonly matchedRole: Role | null;
}

const RANK: Record<StepAction, number> = { forward: 0, review: 1, approve: 2 };

/** The person who holds an approver role for `requester`: their team's lead, their department's head… */
export function holderOf(directory: Directory, requester: Staff, role: ApproverRole): Staff | undefined {
  switch (role) {
    case 'team_lead':
      return directory.leadOf(requester.team, 'team_lead');
    case 'project_lead':
      return directory.leadOf(requester.team, 'project_lead');
    case 'dept_head':
      return directory.headOf(requester.department);
    case 'director':
      return directory.withRole('director')[0];
  }
}

/**
 * Who decides, going up from `role` when the holder is the requester (nobody approves their
 * own request) or nobody holds it. Undefined when there is nobody left.
 */
export function resolveApprover(
  rules: LeaveRules,
  directory: Directory,
  requester: Staff,
  role: ApproverRole,
): { person: Staff; role: ApproverRole; escalatedFrom?: ApproverRole; reason?: 'self' | 'vacant' } | undefined {
  let current: ApproverRole | null = role;
  let reason: 'self' | 'vacant' | undefined;
  const seen = new Set<ApproverRole>();
  while (current !== null && !seen.has(current)) {
    seen.add(current);
    const holder = holderOf(directory, requester, current);
    if (holder && holder.id !== requester.id) {
      return current === role
        ? { person: holder, role: current }
        : { person: holder, role: current, escalatedFrom: role, reason };
    }
    reason ??= holder ? 'self' : 'vacant';
    current = rules.approval.escalation[current];
  }
  return undefined;
}

/** The matrix row the requester falls in: rows are tried in order, senior roles first. */
export function requesterBands(
  rules: LeaveRules,
  person: Staff,
): { bands: readonly ChainBand[]; matchedRole: Role | null } {
  for (const row of rules.approval.matrix) {
    const role = row.roles.find((r) => hasRole(person, r));
    if (role) return { bands: row.bands, matchedRole: role };
  }
  return { bands: rules.approval.fallback, matchedRole: null };
}

/**
 * The approval chain (DOMAIN §3): the requester's role × the request's days, each step's
 * approver found in the directory, one step up past the requester or a vacancy, the same
 * person twice in a row merged into one step. A meeting-day request also goes past the
 * department head (DOMAIN §2, 机构例会). An empty chain means nobody is left to approve.
 */
export function routeLeave(
  rules: LeaveRules,
  directory: Directory,
  person: Staff,
  days: number,
  options: { meetingDay?: boolean } = {},
): Route {
  const { bands, matchedRole } = requesterBands(rules, person);
  const band = bands.find((b) => b.maxDays === null || days <= b.maxDays) ?? bands[bands.length - 1];
  const steps: ChainStep[] = [];
  for (const step of band?.steps ?? []) {
    const found = resolveApprover(rules, directory, person, step.role);
    if (!found) continue;
    steps.push({
      approverId: found.person.id,
      role: found.role,
      action: step.action,
      ...(found.escalatedFrom ? { escalatedFrom: found.escalatedFrom, escalationReason: found.reason } : {}),
    });
  }
  if (options.meetingDay) addMeetingApprover(rules, directory, person, steps);
  return { steps: mergeRepeats(steps), matchedRole };
}

function addMeetingApprover(rules: LeaveRules, directory: Directory, person: Staff, steps: ChainStep[]): void {
  const role = rules.meetings.approver;
  const holder = holderOf(directory, person, role);
  if (!holder || holder.id === person.id || steps.some((s) => s.approverId === holder.id)) return;
  const last = steps[steps.length - 1];
  const step: ChainStep = { approverId: holder.id, role, action: 'review' };
  if (last && last.role === 'director') steps.splice(steps.length - 1, 0, step);
  else {
    if (last) steps[steps.length - 1] = { ...last, action: 'forward' };
    steps.push({ ...step, action: 'approve' });
  }
}

function mergeRepeats(steps: readonly ChainStep[]): ChainStep[] {
  const out: ChainStep[] = [];
  for (const s of steps) {
    const prev = out[out.length - 1];
    if (prev && prev.approverId === s.approverId) {
      out[out.length - 1] =
        RANK[s.action] >= RANK[prev.action]
          ? {
              ...s,
              escalatedFrom: prev.escalatedFrom ?? s.escalatedFrom,
              escalationReason: prev.escalationReason ?? s.escalationReason,
            }
          : prev;
    } else out.push(s);
  }
  // The last step decides: it approves whatever the matrix called it.
  const last = out[out.length - 1];
  if (last && last.action !== 'approve') out[out.length - 1] = { ...last, action: 'approve' };
  return out;
}

/** Who approves an overtime record (DOMAIN §4): the direct lead, one step up past oneself. */
export function routeOvertime(rules: LeaveRules, directory: Directory, person: Staff): ChainStep | undefined {
  const row = rules.overtime.approvers.find((r) => r.roles.some((role) => hasRole(person, role)));
  const role = row?.approver ?? rules.overtime.fallbackApprover;
  const found = resolveApprover(rules, directory, person, role);
  if (!found) return undefined;
  return {
    approverId: found.person.id,
    role: found.role,
    action: 'approve',
    ...(found.escalatedFrom ? { escalatedFrom: found.escalatedFrom, escalationReason: found.reason } : {}),
  };
}
