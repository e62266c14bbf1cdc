import { handler, type Handler } from '../../bot/handler.ts';
import { hears } from '../../bot/triggers.ts';
import type { Db } from '../../data/db/open-database.ts';
import type { Org } from '../../data/org/load-org.ts';
import { LeaveRequestsRepo } from '../../data/repos/leave-requests-repo.ts';
import { formatDateTime } from '../../data/time/index.ts';
import { waitingFor, type ApprovalDeps } from './approval-handler.ts';
import { waitingHolder } from './current-holders.ts';
import { inMandarin } from '../understanding/in-mandarin.ts';
import { HOW_TO_ASK, MINE, RETURN, WAITING, WITHDRAW } from './commands.ts';
import { leaveActionId, type LeaveNotifier } from './leave-notifier.ts';
import type { LeaveService } from './leave-service.ts';
import type { ApprovedLeaveChanges } from './approved-leave-changes.ts';
import { changeText, restoredText } from './change-messages.ts';
import type { LocalDate } from '../../data/time/index.ts';
import { shortSummary, statusText } from './leave-summary.ts';
import { approvalText, leaveText, requestText } from './messages.ts';
import { overtimeActionId } from './overtime/overtime-notifier.ts';
import { routeOvertime } from './rules/route-approval.ts';
import type { Staff } from '../../data/org/staff.ts';
import type { ActionRequest } from '../../data/message.ts';
import { idleReading } from './leave-understanding.ts';

export interface LeaveCommandDeps {
  readonly db: Db;
  readonly org: () => Org;
  readonly service: LeaveService;
  readonly notifier: LeaveNotifier;
  readonly approvals: Pick<ApprovalDeps, 'db' | 'leave'>;
  readonly changes: ApprovedLeaveChanges;
}

/** Withdraws one of the person's requests (「撤回 12」, or a yes to 「您是要撤回第12号请假吗」): the reply. */
export async function withdrawRequest(
  deps: Pick<LeaveCommandDeps, 'service' | 'notifier'>,
  person: Staff,
  id: number,
  now: Date,
): Promise<string> {
  const result = await deps.service.withdraw(id, person.id, now);
  if (result.kind === 'not-found' || result.kind === 'not-yours') return requestText.withdrawNotFound(id);
  if (result.kind === 'final' && result.request.status === 'approved') return changeText.withdrawApproved(id);
  if (result.kind === 'final')
    return requestText.withdrawFinal(id, STATUS_WORD[result.request.status] ?? result.request.status);
  await deps.notifier.withdrawn(result.request, result.waiting);
  return requestText.withdrawn(id);
}

const STATUS_WORD: Record<string, string> = { approved: '批准', rejected: '驳回', withdrawn: '撤回' };

/** 我的请假, 待我审批, 撤回 12, 销假: each answered privately (a group gets only "已私信您"). */
export function leaveCommandHandlers(deps: LeaveCommandDeps): Handler[] {
  return [
    {
      // 「怎么请假」「请假流程是怎样的」 from new staff: offered the handbook's approval sections as
      // choices, they were never told they can just say it here.
      name: 'leave-how-to',
      trigger: hears(HOW_TO_ASK),
      // Nothing personal in it: answered where it was asked, a group too.
      handle: (ctx) => ctx.reply(leaveText.howToAsk),
    },
    {
      name: 'leave-mine',
      // 「我的请假」, and one's own requests asked after in other words (「部长批了没」「我那个假批了吗」).
      trigger: (ctx) => {
        if (hears(MINE)(ctx)) return true;
        const u = idleReading(ctx, deps.org());
        return u.intent === 'my_requests' && u.confidence >= 0.9;
      },
      async handle(ctx) {
        if (!ctx.message.isDirect) await ctx.reply(leaveText.privateOnly);
        const repo = new LeaveRequestsRepo(deps.db);
        const mine = (await repo.forStaff(ctx.person.id)).slice(0, 10);
        if (!mine.length) return ctx.replyPrivately(requestText.mineEmpty);
        const steps = await repo.stepsFor(mine.map((r) => r.id));
        const org = deps.org();
        const lines: string[] = [];
        for (const r of mine) {
          const own = steps.get(r.id) ?? [];
          const held = await waitingHolder(deps.db, org, r, own, ctx.now);
          const status = held
            ? requestText.openStep(
                held.step.seq,
                own.length,
                held.holder.person.name,
                formatDateTime(held.holder.since ?? r.createdAt),
                held.holder.raised,
                (held.holder.also ?? []).map((s) => s.name),
              )
            : statusText(r, own, org.directory);
          lines.push(`第${r.id}号 ${shortSummary(org.leaveRules, r)} · ${status}`);
        }
        await ctx.replyPrivately([requestText.mineTitle, ...lines].join('\n'));
      },
    },
    {
      name: 'leave-waiting',
      // 「有咩要我批」: a caregiver lead's Cantonese, read in Mandarin as the understanding layer reads it.
      trigger: (ctx) => WAITING.exec(inMandarin(ctx.text)) ?? undefined,
      async handle(ctx) {
        if (!ctx.message.isDirect) await ctx.reply(leaveText.privateOnly);
        const waiting = await waitingFor(deps.approvals, ctx.person.id, ctx.now);
        const org = deps.org();
        const cancels = (await deps.changes.waitingFor(ctx.person.id)).map(({ request }) =>
          changeText.waitingLine(
            request.id,
            org.directory.get(request.staffId)?.name ?? request.staffId,
            shortSummary(org.leaveRules, request),
          ),
        );
        if (!waiting.length && cancels.length)
          return ctx.replyPrivately([...cancels, changeText.cancelHint].join('\n'));
        if (!waiting.length) return ctx.replyPrivately(approvalText.nothingWaiting);
        const actions: ActionRequest[] = waiting.map((w) => {
          const leave = w.target.kind === 'leave';
          const id =
            w.target.kind === 'leave' ? leaveActionId(w.target.id, w.target.seq ?? 1) : overtimeActionId(w.target.id);
          const ref = leave ? `${w.target.id}` : `加班${w.target.id}`;
          return {
            id,
            title: leave ? `第${w.target.id}号请假` : `加班${w.target.id}`,
            options: [
              { label: '同意', value: 'approve', command: `同意 ${ref}` },
              { label: '驳回', value: 'reject', command: `驳回 ${ref}` },
            ],
          };
        });
        const first = waiting[0]!.target;
        const hint = approvalText.rejectHintRef(first.kind === 'leave' ? `${first.id}` : `加班${first.id}`);
        await ctx.replyPrivately({
          text: [approvalText.waitingTitle(waiting.length), ...waiting.map((w) => w.line), hint, ...cancels].join('\n'),
          actions,
        });
      },
    },
    handler({
      name: 'leave-withdraw',
      // 「撤回 12」; a bare 「撤回」 is read as 「我想撤回」 is (withdraw-by-words-handler.ts): the one request, or which.
      trigger: (ctx) => {
        const m = WITHDRAW.exec(ctx.text);
        return m?.[1] ? m : undefined;
      },
      async handle(ctx, [, number]) {
        if (!ctx.message.isDirect) await ctx.reply(leaveText.privateOnly);
        await ctx.replyPrivately(await withdrawRequest(deps, ctx.person, Number(number), ctx.now));
      },
    }),
    {
      name: 'leave-return',
      trigger: hears(RETURN),
      async handle(ctx) {
        if (!ctx.message.isDirect) await ctx.reply(leaveText.privateOnly);
        const result = await deps.changes.reportReturn(ctx.person.id, ctx.now);
        if (result.kind === 'none') return ctx.replyPrivately(requestText.noReturn);
        const org = deps.org();
        const r = result.request;
        // 销假 goes to the lead (注意事项5) and to HR (9、销假手续); back early, the days are recounted.
        const lead = directLead(org, ctx.person);
        const summary = shortSummary(org.leaveRules, r);
        const early = result.early;
        const back = early ? restoredText(early.restored) : '';
        const notice = requestText.returnedToLead(ctx.person.name, r.id, summary, early !== undefined);
        if (lead) await deps.notifier.toPerson(lead.id, notice);
        const hr = early ? changeText.earlyToHr(ctx.person.name, r.id, summary, early.oldDays, back) : notice;
        await deps.notifier.toAllHr(hr, [ctx.person.id, ...(lead ? [lead.id] : [])]);
        const more = early ? `\n${changeText.earlyReturned(r.id, summary, early.oldEnd as LocalDate, back)}` : '';
        await ctx.replyPrivately(`${requestText.returned(r.id, summary, lead?.name ?? null)}${more}`);
      },
    },
  ];
}

/** The person's direct lead: whoever approves their overtime (组长, 项目负责人, 部长, 机构负责人). */
function directLead(org: Org, person: Staff): Staff | undefined {
  const step = org.leaveRules ? routeOvertime(org.leaveRules, org.directory, person) : undefined;
  return step ? org.directory.get(step.approverId) : undefined;
}
