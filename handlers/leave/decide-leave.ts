import type { Outgoing } from '../../data/message.ts';
import { formatDate, formatDateTime, shanghaiDate, type LocalDate } from '../../data/time/index.ts';
import type { Org } from '../../data/org/load-org.ts';
import type { Staff } from '../../data/org/staff.ts';
import { leaveActionId, type LeaveNotifier } from './leave-notifier.ts';
import type { LeaveService } from './leave-service.ts';
import { approvalText, stallText } from './messages.ts';

export interface DecideLeaveDeps {
  readonly org: () => Org;
  readonly service: LeaveService;
  readonly notifier: LeaveNotifier;
}

const STATUS_WORD: Record<string, string> = {
  approved: '批准',
  rejected: '驳回',
  withdrawn: '撤回',
  pending: '审批中',
};

/**
 * One approver's decision on a leave request, typed ("同意 12") or pressed (a button on
 * `leave:12:step:2`): the same checks either way. Returns what the approver is told; the
 * requester, the next approver and HR are told here.
 */
export async function decideLeave(
  deps: DecideLeaveDeps,
  approver: Staff,
  input: { requestId: number; seq?: number; approve: boolean; comment: string | null },
  now: Date,
): Promise<Outgoing> {
  const result = await deps.service.decide({ ...input, approverId: approver.id, now });
  const id = input.requestId;
  const name = (staffId: string) => deps.org().directory.get(staffId)?.name ?? staffId;
  // On WeCom the pressed card then shows how it ended instead of its buttons.
  // [decision] Approving after the first day is allowed (the leave may already be taken), but said.
  const late = (start: string, approved: boolean) =>
    approved && start < shanghaiDate(now) ? `\n${stallText.lateApproval(formatDate(start as LocalDate))}` : '';
  const decided = (text: string, seq: number, approved: boolean, start = ''): Outgoing => ({
    text: text + late(start, approved),
    outcome: {
      actionId: leaveActionId(id, seq),
      text: approvalText.outcome(approved, approver.name, formatDateTime(now)),
    },
  });
  const told = async (others: readonly string[] | undefined, approved: boolean) => {
    if (others?.length && 'request' in result)
      await deps.notifier.decidedByOther(result.request, others, approver.id, approved);
  };
  switch (result.kind) {
    case 'not-found':
      return approvalText.notFound(id);
    case 'not-approver':
      return approvalText.notApprover(id);
    case 'already': {
      const step = result.step;
      if (step && (step.status === 'approved' || step.status === 'rejected')) {
        return {
          text: approvalText.already(id, step.status === 'approved' ? '已同意' : '已驳回'),
          outcome: { actionId: leaveActionId(id, step.seq), text: approvalText.outcomeDone },
        };
      }
      return approvalText.ended(id, STATUS_WORD[result.request.status] ?? result.request.status);
    }
    case 'advanced':
      await deps.notifier.advanced(result.request, result.steps, result.step, result.next, result.nextAlso);
      await told(result.others, true);
      return decided(
        approvalText.decidedAdvanced(id, name(result.next.approverId)),
        result.step.seq,
        true,
        result.request.start,
      );
    case 'approved':
      await deps.notifier.approved(result.request, result.step);
      await told(result.others, true);
      return decided(
        approvalText.decidedApproved(id, name(result.request.staffId)),
        result.step.seq,
        true,
        result.request.start,
      );
    case 'rejected':
      await deps.notifier.rejected(result.request, result.step);
      await told(result.others, false);
      return decided(approvalText.decidedRejected(id, name(result.request.staffId)), result.step.seq, false);
  }
}
