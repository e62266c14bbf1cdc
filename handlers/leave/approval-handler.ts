import type { Context } from '../../bot/context.ts';
import type { AnyFlow } from '../../bot/conversation/flow.ts';
import { handler, type Handler } from '../../bot/handler.ts';
import type { Outgoing } from '../../data/message.ts';
import type { Db } from '../../data/db/open-database.ts';
import type { Staff } from '../../data/org/staff.ts';
import { LeaveRequestsRepo } from '../../data/repos/leave-requests-repo.ts';
import { OvertimeRecordsRepo } from '../../data/repos/overtime-records-repo.ts';
import { decideOvertime, type DecideOvertimeDeps } from './overtime/decide-overtime.ts';
import { overtimeWhen } from './overtime/overtime-notifier.ts';
import { overtimeText } from './overtime/messages.ts';
import { approvalFromAction, approvalFromText, type ApprovalCommand, type ApprovalTarget } from './approval-target.ts';
import { decideLeave, type DecideLeaveDeps } from './decide-leave.ts';
import { waitingHolder } from './current-holders.ts';
import { followDirectoryOvertime } from './follow-directory.ts';
import { personSummary } from './leave-summary.ts';
import { approvalText, leaveText } from './messages.ts';
import { DRAFT_ACTION_ID } from './read-back.ts';
import type { RejectReasonState } from './reject-reason-flow.ts';

export interface ApprovalDeps {
  readonly db: Db;
  readonly leave: DecideLeaveDeps;
  readonly overtime: DecideOvertimeDeps;
  readonly rejectFlow: AnyFlow;
}

/** Decides a target for an approver: the shared path of text commands, buttons and the reason flow. */
export function decider(deps: Pick<ApprovalDeps, 'leave' | 'overtime'>) {
  return async (
    approver: Staff,
    target: ApprovalTarget | RejectReasonState,
    approve: boolean,
    comment: string | null,
    now: Date,
  ): Promise<Outgoing> =>
    target.kind === 'leave'
      ? decideLeave(
          deps.leave,
          approver,
          { requestId: target.id, ...(target.seq !== undefined ? { seq: target.seq } : {}), approve, comment },
          now,
        )
      : decideOvertime(deps.overtime, approver, { id: target.id, approve, comment }, now);
}

/**
 * "同意 12", "驳回 12 时间冲突", bare "同意" when one request waits, and the same as buttons
 * (`leave:12:step:2` → approve/reject): one path, so a press is checked exactly like the text.
 * A rejection without a reason asks for one first. Answers go privately.
 */
export function approvalHandler(deps: ApprovalDeps): Handler {
  const decide = decider(deps);
  return handler({
    name: 'leave-approval',
    trigger: (ctx): { command?: ApprovalCommand } | undefined => {
      const action = ctx.message.action;
      // A press on a draft's buttons after the draft is gone: the command is undefined, the answer says so.
      if (action?.actionId === DRAFT_ACTION_ID) return {};
      const command = action ? approvalFromAction(action) : approvalFromText(ctx.text);
      return command && { command };
    },
    async handle(ctx, { command }) {
      if (!command) return ctx.replyPrivately(leaveText.draftExpired);
      if (!ctx.message.isDirect) await ctx.reply(leaveText.privateOnly);
      let target = command.target;
      if (!target) {
        const waiting = await waitingFor(deps, ctx.person.id, ctx.now);
        if (!waiting.length) return ctx.replyPrivately(approvalText.nothingWaiting);
        if (waiting.length > 1) return ctx.replyPrivately(approvalText.whichOne(waiting.map((w) => w.line)));
        target = waiting[0]!.target;
      }
      if (!command.approve && !command.comment) return askReason(deps, ctx, target);
      await ctx.replyPrivately(await decide(ctx.person, target, command.approve, command.comment, ctx.now));
    },
  });
}

async function askReason(deps: ApprovalDeps, ctx: Context, target: ApprovalTarget): Promise<void> {
  if (target.kind === 'leave') {
    const turn = await deps.leave.service.turnOf(target.id, ctx.person.id, target.seq, ctx.now);
    if (turn.kind !== 'yours') return ctx.replyPrivately(await decider(deps)(ctx.person, target, false, null, ctx.now));
  } else {
    const stored = await new OvertimeRecordsRepo(deps.db).get(target.id);
    const record = stored && (await followDirectoryOvertime(deps.db, deps.leave.org(), stored, ctx.now));
    const theirs = record && !record.orphan && record.record.approverId === ctx.person.id;
    // Not theirs (now) or no longer open: the decision path says which, as for a typed 「驳回」.
    if (!theirs || record.record.status !== 'pending')
      return ctx.replyPrivately(await decider(deps)(ctx.person, target, false, null, ctx.now));
  }
  const label = target.kind === 'leave' ? `第${target.id}号请假` : `加班${target.id}`;
  const state: RejectReasonState =
    target.kind === 'leave'
      ? { kind: 'leave', id: target.id, ...(target.seq !== undefined ? { seq: target.seq } : {}) }
      : { kind: 'overtime', id: target.id };
  await ctx.conversation.start(deps.rejectFlow, { step: 'reason', state }, []);
  await ctx.replyPrivately(approvalText.askRejectReason(label));
}

/** What waits on this approver, leave and overtime, oldest first. */
export async function waitingFor(
  deps: Pick<ApprovalDeps, 'db' | 'leave'>,
  approverId: string,
  now: Date = new Date(),
): Promise<{ target: ApprovalTarget; line: string; since: Date }[]> {
  const org = deps.leave.org();
  const repo = new LeaveRequestsRepo(deps.db);
  const out: { target: ApprovalTarget; line: string; since: Date }[] = [];
  // Every waiting step whose holder today is this person: a step that went up to them (waited
  // too long, or its approver is on leave) is theirs before anyone has decided it.
  for (const step of await repo.allWaiting()) {
    const request = await repo.get(step.requestId);
    if (!request) continue;
    const held = await waitingHolder(deps.db, org, request, [step], now);
    if ((held?.holder.person.id ?? step.approverId) !== approverId) continue;
    out.push({
      target: { kind: 'leave', id: request.id, seq: step.seq },
      line: `第${request.id}号 ${personSummary(org.leaveRules, org.directory, request)}`,
      since: step.waitingSince ?? request.createdAt,
    });
  }
  for (const r of await new OvertimeRecordsRepo(deps.db).waitingFor(approverId)) {
    const name = org.directory.get(r.staffId)?.name ?? r.staffId;
    out.push({
      target: { kind: 'overtime', id: r.id },
      line: `加班${r.id} ${overtimeText.approverLine(name, org.directory.get(r.staffId)?.team ?? '', overtimeWhen(r), r.hours)}`,
      since: r.waitingSince ?? r.createdAt,
    });
  }
  return out.sort((a, b) => a.since.getTime() - b.since.getTime());
}
