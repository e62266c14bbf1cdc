import type { Outgoing } from '../../../data/message.ts';
import { formatDateTime } from '../../../data/time/index.ts';
import type { Org } from '../../../data/org/load-org.ts';
import { approvalText } from '../messages.ts';
import type { Staff } from '../../../data/org/staff.ts';
import { overtimeText } from './messages.ts';
import { endsLater, overtimeActionId, type OvertimeNotifier } from './overtime-notifier.ts';
import type { OvertimeService } from './overtime-service.ts';

export interface DecideOvertimeDeps {
  readonly org: () => Org;
  readonly service: OvertimeService;
  readonly notifier: OvertimeNotifier;
}

/** One decision on an overtime record; returns what the approver is told. */
export async function decideOvertime(
  deps: DecideOvertimeDeps,
  approver: Staff,
  input: { id: number; approve: boolean; comment: string | null },
  now: Date,
): Promise<Outgoing> {
  const result = await deps.service.decide({
    id: input.id,
    approverId: approver.id,
    approve: input.approve,
    comment: input.comment,
    now,
  });
  if (result.kind === 'not-found') return overtimeText.notFound(input.id);
  if (result.kind === 'not-approver') return overtimeText.notApprover(input.id);
  const r = result.record;
  if (result.kind === 'already') {
    const status = r.status === 'approved' ? '批准' : r.status === 'rejected' ? '驳回' : '撤回';
    return {
      text: overtimeText.already(input.id, status),
      outcome: { actionId: overtimeActionId(r.id), text: approvalText.outcomeDone },
    };
  }
  await deps.notifier.decided(r);
  const name = deps.org().directory.get(r.staffId)?.name ?? r.staffId;
  const approved = result.kind === 'approved';
  return {
    text: approved
      ? overtimeText.decidedApproved(r.id, name, r.hours, endsLater(r, now))
      : overtimeText.decidedRejected(r.id, name),
    outcome: {
      actionId: overtimeActionId(r.id),
      text: approvalText.outcome(approved, approver.name, formatDateTime(now)),
    },
  };
}
