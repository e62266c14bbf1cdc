import type { ApproverRole, LeaveRules } from '../../../data/leave/leave-rules-schema.ts';
import type { Directory } from '../../../data/org/directory.ts';
import type { Staff } from '../../../data/org/staff.ts';
import type { ApprovalStep, LeaveRequest } from '../../../data/repos/leave-requests-repo.ts';
import type { OvertimeRecord } from '../../../data/repos/overtime-records-repo.ts';
import { resolveApprover, routeOvertime } from './route-approval.ts';

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
  const role = (step.escalatedFrom ?? step.role) as ApproverRole;
  return resolveApprover(rules, directory, requesterOf(directory, request), role)?.person;
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
