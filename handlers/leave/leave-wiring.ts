import type { Handler } from '../../bot/handler.ts';
import type { WiredFeature, WiringDeps } from '../feature.ts';
import { hrLeaveHandlers } from './hr/hr-leave-handlers.ts';
import { OvertimeNotifier } from './overtime/overtime-notifier.ts';
import { overtimeFlow } from './overtime/overtime-flow.ts';
import { overtimeHandlers } from './overtime/overtime-handlers.ts';
import { OvertimeService } from './overtime/overtime-service.ts';
import { approvalHandler, decider, type ApprovalDeps } from './approval-handler.ts';
import { batchDecisionFlow } from './batch-decision-flow.ts';
import { balanceHandlers } from './balance-handler.ts';
import { deputyHandler } from './deputy-handler.ts';
import { bareRefusalHandler } from './bare-refusal-handler.ts';
import { leaveCommandHandlers, withdrawRequest } from './leave-commands-handlers.ts';
import { LeaveNotifier } from './leave-notifier.ts';
import { leaveRequestFlow } from './leave-request-flow.ts';
import { leaveRequestHandler } from './leave-request-handler.ts';
import { leaveAfterAnswerHandler } from './leave-after-answer-handler.ts';
import { changeAskedHandler } from './change-asked-handler.ts';
import { changeOfferFlow } from './change-offer-flow.ts';
import { withdrawByWordsHandler } from './withdraw-by-words-handler.ts';
import { withdrawConfirmFlow } from './withdraw-confirm-flow.ts';
import { LeaveService } from './leave-service.ts';
import { ApprovedLeaveChanges } from './approved-leave-changes.ts';
import { changeHandlers } from './change-handlers.ts';
import { whoIsOutHandler } from './who-is-out-handler.ts';
import { approversAskedHandler } from './approvers-asked-handler.ts';
import { takenAskedHandler } from './taken-asked-handler.ts';
import { leaveToldHandler } from './leave-told-handler.ts';
import { rejectReasonFlow } from './reject-reason-flow.ts';
import { rerouteOpenApprovals } from './reroute-approvals.ts';

/**
 * Leave, overtime and HR's leave commands, wired over the shared database and messenger. In
 * order: decisions and commands before balances, balances before the request trigger.
 */
export function wireLeave(deps: WiringDeps): WiredFeature {
  const org = () => deps.store.org;
  const send = (
    to: Parameters<WiringDeps['messenger']['send']>[0],
    out: Parameters<WiringDeps['messenger']['send']>[1],
  ) => deps.messenger.send(to, out);
  const leaveNotifier = new LeaveNotifier(org, send, deps.log);
  const overtimeNotifier = new OvertimeNotifier(org, send, deps.log);
  const service = new LeaveService(deps.db, org);
  const overtimeService = new OvertimeService(deps.db, org);
  const changes = new ApprovedLeaveChanges(deps.db, org);
  const requestFlow = leaveRequestFlow({ db: deps.db, org, service, notifier: leaveNotifier });
  const otFlow = overtimeFlow({ db: deps.db, org, service: overtimeService, notifier: overtimeNotifier });
  const approvals: Omit<ApprovalDeps, 'rejectFlow' | 'batchFlow'> = {
    db: deps.db,
    leave: { org, service, notifier: leaveNotifier },
    overtime: { org, service: overtimeService, notifier: overtimeNotifier },
  };
  // A reloaded directory may hand an approver role to someone else: open approvals follow it.
  deps.store.onReload(() => {
    rerouteOpenApprovals({ db: deps.db, org, leaveNotifier, overtimeNotifier }, deps.clock.now()).catch((error) =>
      deps.log.error({ err: error }, 'open approvals not rerouted after the reload'),
    );
  });
  const decide = decider(approvals);
  const rejectFlow = rejectReasonFlow((approver, target, approve, comment, now) =>
    decide(approver, target, approve, comment, now),
  );
  const batchFlow = batchDecisionFlow(decide);
  const withdrawFlow = withdrawConfirmFlow((person, id, now) =>
    withdrawRequest({ service, notifier: leaveNotifier }, person, id, now),
  );
  const changeOffer = changeOfferFlow({ db: deps.db, org });
  const handlers: Handler[] = [
    ...changeHandlers({ org, changes, notifier: leaveNotifier }),
    approvalHandler({ ...approvals, rejectFlow, batchFlow }),
    deputyHandler({ db: deps.db, org, notifier: leaveNotifier }),
    bareRefusalHandler(approvals, org),
    ...leaveCommandHandlers({ db: deps.db, org, service, notifier: leaveNotifier, approvals, changes }),
    withdrawByWordsHandler({ db: deps.db, org, confirmFlow: withdrawFlow }),
    changeAskedHandler({ db: deps.db, org, offer: changeOffer }),
    ...hrLeaveHandlers({ db: deps.db, org, notifier: leaveNotifier }),
    ...overtimeHandlers({ db: deps.db, org, flow: otFlow }),
    ...balanceHandlers({ db: deps.db, org }),
    whoIsOutHandler({ db: deps.db, org }) as Handler,
    approversAskedHandler(org),
    takenAskedHandler({ db: deps.db, org }),
    // Before the request trigger: 「我明天休假，不参加了」 tells of leave, it asks for none.
    leaveToldHandler({ db: deps.db, org }),
    // Before the request trigger: 「我就请1天」 after the rule on 病假 is a 病假, not a type to ask.
    leaveAfterAnswerHandler(requestFlow, org, (staffId, now) => deps.loop.lastAnswer(staffId, now)),
    leaveRequestHandler(requestFlow, org),
  ];
  return { handlers, flows: [requestFlow, otFlow, rejectFlow, batchFlow, withdrawFlow, changeOffer] };
}
