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
import { type Chosen, mayBeDecision, mayPutOff, readDecision } from './approval-reading.ts';
import { type BatchState, batchText } from './batch-decision-flow.ts';
import { snapshotOf } from './decision-in-flow.ts';
import { movedAwayById, movedAwayFrom } from './moved-away.ts';
import { hasRole } from '../../data/org/staff.ts';

export interface ApprovalDeps {
  readonly db: Db;
  readonly leave: DecideLeaveDeps;
  readonly overtime: DecideOvertimeDeps;
  readonly rejectFlow: AnyFlow;
  readonly batchFlow: AnyFlow;
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

/** Who may decide without typing a request number first: their bare 「可以」 may be a decision. */
export const APPROVER_ROLES = ['team_lead', 'project_lead', 'dept_head', 'director', 'manager', 'hr'] as const;

type Match = { readonly command?: ApprovalCommand } | { readonly said: true } | { readonly putOff: true };

/**
 * "同意 12", "驳回 12 时间冲突" and the same as buttons (`leave:12:step:2` → approve/reject): one
 * path, so a press is checked exactly like the text. Decisions the way people say them
 * (「4号同意」「4 ok」「郑雨的加班同意」「1 2 3 都同意」「全部同意」, issue 11) are read against what
 * waits on the approver: several at once get one read-back and one 确认; a bare 「同意」 with
 * several waiting asks which. A rejection without a reason asks for one first. Answers go privately.
 */
export function approvalHandler(deps: ApprovalDeps): Handler {
  const decide = decider(deps);
  return handler({
    name: 'leave-approval',
    trigger: (ctx): Match | undefined => {
      const action = ctx.message.action;
      // A press on a draft's buttons after the draft is gone: the command is undefined, the answer says so.
      if (action?.actionId === DRAFT_ACTION_ID) return {};
      if (action) {
        const pressed = approvalFromAction(action);
        return pressed && { command: pressed };
      }
      const command = approvalFromText(ctx.text);
      if (command?.target) return { command };
      const approver = APPROVER_ROLES.some((r) => hasRole(ctx.person, r));
      if (!command && !approver) return undefined;
      const names = deps.leave.org().directory.all.map((s) => s.name);
      if (command || mayBeDecision(ctx.text, names)) return { said: true };
      // Put off (「1号我晚点再看」): nothing decided — not a question for the Q&A, nor an overtime to register.
      return approver && mayPutOff(ctx.text, names) ? { putOff: true } : undefined;
    },
    async handle(ctx, match) {
      if ('putOff' in match) {
        const waiting = await waitingFor(deps, ctx.person.id, ctx.now);
        if (!waiting.length) return ctx.replyPrivately(approvalText.nothingWaiting);
        return ctx.replyPrivately(approvalText.putOff(waiting.map((w) => w.line)));
      }
      if (!('said' in match)) {
        const { command } = match;
        if (!command) return ctx.replyPrivately(leaveText.draftExpired);
        if (!ctx.message.isDirect) await ctx.reply(leaveText.privateOnly);
        const target = command.target!;
        // 「同意 1」 reads as leave request 1; when that is not waiting on them but overtime 1 is, they
        // likely meant the overtime (its card says 加班1): asked, not decided on a guess.
        if (target.kind === 'leave' && !ctx.message.action) {
          const waiting = await waitingFor(deps, ctx.person.id, ctx.now);
          const is = (kind: ApprovalTarget['kind']) => (w: Waiting) =>
            w.target.kind === kind && w.target.id === target.id;
          if (!waiting.some(is('leave')) && waiting.some(is('overtime')))
            return ctx.replyPrivately(approvalText.meantOvertime(target.id, command.approve));
          const moved =
            !waiting.some(is('leave')) &&
            (await movedAwayById(deps.db, deps.leave.org(), ctx.person.id, target.id, ctx.now));
          if (moved) return ctx.replyPrivately(approvalText.movedAway(moved.id, moved.applicant, moved.to, moved.at));
        }
        return decideChosen(deps, ctx, command.approve, [{ target }], command.comment);
      }
      if (!ctx.message.isDirect) await ctx.reply(leaveText.privateOnly);
      const waiting = await waitingFor(deps, ctx.person.id, ctx.now);
      const decision = readDecision(ctx.text, waiting);
      if (decision === null || decision.kind === 'which' || decision.kind === 'nothing') {
        // Nothing of theirs waits: a request of the applicant named may have gone up the line meanwhile.
        const { directory } = deps.leave.org();
        const applicant =
          decision?.kind === 'nothing'
            ? decision.applicant
            : directory.all.find((s) => s.id !== ctx.person.id && ctx.text.includes(s.name))?.name;
        const moved = applicant && (await movedAwayFrom(deps.db, deps.leave.org(), ctx.person.id, applicant, ctx.now));
        if (moved) return ctx.replyPrivately(approvalText.movedAway(moved.id, applicant!, moved.to, moved.at));
        if (decision?.kind === 'nothing')
          return ctx.replyPrivately(applicant ? batchText.nothingFrom(applicant) : approvalText.nothingWaiting);
        if (!waiting.length) return ctx.replyPrivately(approvalText.nothingWaiting);
        return ctx.replyPrivately(approvalText.whichOne(waiting.map((w) => w.line)));
      }
      // 「1 2 都同意」 with 2 (or neither) waiting on them: only what waits is decided, and the rest named.
      const notWaiting = decision.targets.filter((c) => c.line === undefined);
      if (decision.targets.length > 1 && notWaiting.length) {
        const said = approvalText.notWaiting(notWaiting.map((c) => labelOf(c.target)));
        const kept = decision.targets.filter((c) => c.line !== undefined);
        if (!kept.length)
          return ctx.replyPrivately(
            waiting.length ? `${said}\n${approvalText.whichOne(waiting.map((w) => w.line))}` : said,
          );
        await ctx.replyPrivately(said);
        return decideChosen(deps, ctx, decision.approve, kept, decision.comment, waiting);
      }
      await decideChosen(deps, ctx, decision.approve, decision.targets, decision.comment, waiting);
    },
  });

  async function decideChosen(
    deps: ApprovalDeps,
    ctx: Context,
    approve: boolean,
    chosen: readonly Chosen[],
    comment: string | null,
    known?: readonly Waiting[],
  ): Promise<void> {
    if (chosen.length > 1) {
      const items = chosen.map((c) => ({
        ...c.target,
        line: c.line ?? labelOf(c.target),
      }));
      const waiting = snapshotOf(known ?? (await waitingFor(deps, ctx.person.id, ctx.now)));
      const state: BatchState = { approve, items, comment, waiting };
      await ctx.conversation.start(deps.batchFlow, { step: 'confirm', state }, []);
      return ctx.replyPrivately(batchText.readBack(state));
    }
    const target = chosen[0]!.target;
    if (!approve && !comment) return askReason(deps, ctx, target, known);
    await ctx.replyPrivately(await decide(ctx.person, target, approve, comment, ctx.now));
  }
}

function labelOf(target: ApprovalTarget): string {
  return target.kind === 'leave' ? `第${target.id}号` : `加班${target.id}`;
}

async function askReason(
  deps: ApprovalDeps,
  ctx: Context,
  target: ApprovalTarget,
  known?: readonly Waiting[],
): Promise<void> {
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
  // What else waits, so that a decision on it typed instead of the reason is read as one.
  const waiting = snapshotOf(known ?? (await waitingFor(deps, ctx.person.id, ctx.now)));
  const state: RejectReasonState =
    target.kind === 'leave'
      ? { kind: 'leave', id: target.id, ...(target.seq !== undefined ? { seq: target.seq } : {}), waiting }
      : { kind: 'overtime', id: target.id, waiting };
  await ctx.conversation.start(deps.rejectFlow, { step: 'reason', state }, []);
  await ctx.replyPrivately(approvalText.askRejectReason(label));
}

/** One request waiting on an approver: how to decide it, its line in a list, and whose it is. */
export interface Waiting {
  readonly target: ApprovalTarget;
  readonly line: string;
  readonly since: Date;
  readonly applicant: string;
}

/** What waits on this approver, leave and overtime, oldest first. */
export async function waitingFor(
  deps: Pick<ApprovalDeps, 'db' | 'leave'>,
  approverId: string,
  now: Date = new Date(),
): Promise<Waiting[]> {
  const org = deps.leave.org();
  const repo = new LeaveRequestsRepo(deps.db);
  const out: Waiting[] = [];
  // Every waiting step whose holder today is this person: a step that went up to them (waited
  // too long, leave near or begun, or its approver is on leave) is theirs before anyone has decided it.
  for (const step of await repo.allWaiting()) {
    const request = await repo.get(step.requestId);
    if (!request) continue;
    const held = await waitingHolder(deps.db, org, request, [step], now);
    const mine = (held?.holder.person.id ?? step.approverId) === approverId;
    // On the leave's first day a level above may decide it too (stall.beforeStart).
    if (!mine && !held?.holder.also?.some((s) => s.id === approverId)) continue;
    out.push({
      target: { kind: 'leave', id: request.id, seq: step.seq },
      line: `第${request.id}号 ${personSummary(org.leaveRules, org.directory, request)}`,
      since: step.waitingSince ?? request.createdAt,
      applicant: org.directory.get(request.staffId)?.name ?? request.staffId,
    });
  }
  for (const r of await new OvertimeRecordsRepo(deps.db).waitingFor(approverId)) {
    const name = org.directory.get(r.staffId)?.name ?? r.staffId;
    const team = org.directory.get(r.staffId)?.team ?? '';
    out.push({
      target: { kind: 'overtime', id: r.id },
      line: `加班${r.id} ${overtimeText.approverLine(name, team, overtimeWhen(r), r.hours)}`,
      since: r.waitingSince ?? r.createdAt,
      applicant: name,
    });
  }
  return out.sort((a, b) => a.since.getTime() - b.since.getTime());
}
