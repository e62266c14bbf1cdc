import type { Db } from '../../data/db/open-database.ts';
import type { Org } from '../../data/org/load-org.ts';
import type { ApprovalStep, LeaveRequest } from '../../data/repos/leave-requests-repo.ts';
import { stallContext } from './follow-directory.ts';
import { stepHolder, type StepHolder } from './rules/current-approver.ts';

/**
 * Who holds a pending request's waiting step today, and since when (after any escalation or
 * skip past someone on leave): what 「我的请假」 and 「待我审批」 show, read-only.
 */
export async function waitingHolder(
  db: Db,
  org: Org,
  request: LeaveRequest,
  steps: readonly ApprovalStep[],
  now: Date,
): Promise<{ step: ApprovalStep; holder: StepHolder } | undefined> {
  const rules = org.leaveRules;
  const step = steps.find((s) => s.status === 'waiting');
  if (!rules || !step || request.status !== 'pending') return undefined;
  const holder = stepHolder(rules, org.directory, request, step, await stallContext(db, org, [step], now));
  return holder ? { step, holder } : undefined;
}
