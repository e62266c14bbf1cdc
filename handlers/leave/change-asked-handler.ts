import type { Context } from '../../bot/context.ts';
import type { Handler } from '../../bot/handler.ts';
import type { Db } from '../../data/db/open-database.ts';
import type { Org } from '../../data/org/load-org.ts';
import { LeaveRequestsRepo } from '../../data/repos/leave-requests-repo.ts';
import { formatDateRange, type LocalDate, shanghaiDate } from '../../data/time/index.ts';
import { changedLeave, changedOvertime, latestTarget, mayAskChange, type ChangeTarget } from './change-after-submit.ts';
import { afterSubmitText } from './change-messages.ts';
import { changeOfferFlow, refOf, startAgain } from './change-offer-flow.ts';
import type { LeaveDraftState } from './leave-request-flow.ts';
import { shortSummary, typeName } from './leave-summary.ts';
import { idleReading } from './leave-understanding.ts';
import { leaveText } from './messages.ts';
import { overtimeWhen } from './overtime/overtime-notifier.ts';

/**
 * 「家长会改到周四了 能改吗」「请假日期想改一下」: asking to change leave already submitted. The
 * read-back takes changes while a request is being made; after that there is no edit, so say how —
 * withdraw and ask again, or ask for the approved leave to be cancelled — for the person's own request.
 */
const ASKS_TO_CHANGE = new RegExp(
  [
    // 「改到周四」「改成18号」「改到下周」: another day for it.
    /(?:改|换)[到成][^\s,，。]{0,3}(?:周|星期|礼拜|[\d一二三四五六七八九十]+[号日]|明天|后天|下下?周|下个?月)/.source,
    // 「日期想改一下」「改一下时间」.
    /(?:日期|时间|天数)(?:要|想)?(?:改|换)|(?:改|换)(?:一下)?(?:日期|时间|天数)/.source,
    // 「…能改吗」 said on its own after the news.
    /(?:能|可以|可不可以|能不能)改(?:吗|不)?[?？]?$/.source,
  ].join('|'),
);
/** Leave named, or a change asked for outright (「…能改吗」) — not 「周五的会改到周四了吗」, news of a meeting. */
const ABOUT_LEAVE = /假|(?:能|可以|可不可以|能不能)改(?:吗|不)|想改一下/;

const text = {
  pending: (id: number, summary: string) =>
    `已提交的请假不能直接改。第${id}号（${summary}）还在审批中：发「撤回 ${id}」撤回后，重新申请即可，如「下周四请一天事假」。`,
  approved: (id: number, summary: string) =>
    `第${id}号（${summary}）已批准，不能直接改。要改期请发「取消已批准的 ${id}」，审批人确认取消后再重新申请。`,
  none: '您目前没有审批中、或已批准还没开始的请假，不用修改。要请假直接说，如「下周四请一天事假」。',
  noneUnnamed: '如果是想改请假：您目前没有审批中、或已批准还没开始的请假。别的事请直接说要改什么。',
};

/**
 * Decision: what a person expects when they change a submitted request in everyday words
 * (「哎呀不对 是下周四」「改成12月21号到23号」「咁不如改请年假啦」「唉 写错了 是6点半开始」):
 * - still waiting (leave or 加班N): the request is named with the change read as the read-back would, and the
 *   bot offers to withdraw it and read back the new one filled in; the yes withdraws, the new one still needs its
 *   own 「确认」. Approvers are never shown an edited request they did not see.
 * - rejected: nothing to withdraw, so the new request is read back at once, filled in, for its 「确认」.
 * - approved and not begun: cancelling needs the approvers (「取消已批准的 N」), so that is said.
 * Nothing is changed, withdrawn or submitted on these words alone.
 */
export function changeAskedHandler(deps: {
  db: Db;
  org: () => Org;
  /** The offer flow as wired (listed with the feature's flows, so a restart resumes a waiting offer). */
  offer?: ReturnType<typeof changeOfferFlow>;
}): Handler {
  const offer = deps.offer ?? changeOfferFlow(deps);
  return {
    name: 'leave-change-asked',
    trigger: (ctx) =>
      deps.org().leaveRules !== undefined &&
      !ctx.message.action &&
      ((ctx.message.isDirect && mayAskChange(ctx.text) && !statesNewRequest(ctx, deps.org())) ||
        (ASKS_TO_CHANGE.test(ctx.text) &&
          ABOUT_LEAVE.test(ctx.text) &&
          // 「病假条上的日期写错了能改吗」: correcting a paper, a question for the rules.
          !/写错|填错|错了/.test(ctx.text))),
    async handle(ctx) {
      if (!ctx.message.isDirect) await ctx.reply(leaveText.privateOnly);
      const target = ctx.message.isDirect ? await latestTarget(deps.db, ctx.person, ctx.text, ctx.now) : null;
      if (target && (await offerChange(ctx, target))) return;
      const org = deps.org();
      const today = shanghaiDate(ctx.now);
      const open = (await new LeaveRequestsRepo(deps.db).forStaff(ctx.person.id, ['pending', 'approved'])).filter(
        (r) => r.status === 'pending' || r.start >= today,
      );
      // The latest asked for is the one people mean.
      const latest = open.sort((a, b) => b.id - a.id)[0];
      if (!latest) {
        if (/加班/.test(ctx.text)) return ctx.replyPrivately(afterSubmitText.noOvertime);
        return ctx.replyPrivately(/假/.test(ctx.text) ? text.none : text.noneUnnamed);
      }
      const summary = shortSummary(org.leaveRules, latest);
      await ctx.replyPrivately(
        latest.status === 'pending' ? text.pending(latest.id, summary) : text.approved(latest.id, summary),
      );
    },
  };

  /** The change read against the request it is about, and the way offered; false when the words change nothing. */
  async function offerChange(ctx: Context, target: ChangeTarget): Promise<boolean> {
    const org = deps.org();
    const rules = org.leaveRules!;
    if (target.kind === 'leave') {
      const r = target.request;
      const summary = shortSummary(rules, r);
      if (r.status === 'approved') return ctx.replyPrivately(text.approved(r.id, summary)).then(() => true);
      const next = changedLeave(ctx.text, r, org, ctx.person, ctx.now);
      const ref = refOf({ kind: 'leave', id: r.id });
      if (r.status === 'rejected') {
        if (!next) return ctx.replyPrivately(afterSubmitText.rejectedNoChange(ref, summary)).then(() => true);
        await ctx.replyPrivately(afterSubmitText.rejectedAgain(ref, summary, leaveWanted(next, rules)));
        await startAgain(deps, ctx, { kind: 'leave', draft: next });
        return true;
      }
      if (!next) return false;
      const what =
        next.typeKey !== r.typeKey ? (next.start?.date !== r.start ? '新的假别和日期' : '新的假别') : '新的日期';
      return ask(ctx, { kind: 'leave', id: r.id, draft: next }, summary, leaveWanted(next, rules), what);
    }
    const r = target.record;
    const next = changedOvertime(ctx.text, r, org, ctx.person, ctx.now);
    const summary = overtimeWhen(r);
    if (!next) return false;
    const wanted = overtimeWhen({
      date: next.date ?? r.date,
      startTime: next.startTime ?? r.startTime,
      endTime: next.endTime ?? r.endTime,
      crossesMidnight: next.crossesMidnight ?? r.crossesMidnight,
    });
    if (r.status === 'rejected') {
      await ctx.replyPrivately(afterSubmitText.rejectedAgain(`加班${r.id}`, summary, wanted));
      await startAgain(deps, ctx, { kind: 'overtime', draft: next });
      return true;
    }
    return ask(ctx, { kind: 'overtime', id: r.id, draft: next }, summary, wanted, '新的时间');
  }

  async function ask(
    ctx: Context,
    state: { kind: 'leave' | 'overtime'; id: number; draft: Record<string, unknown> },
    summary: string,
    wanted: string,
    what: string,
  ): Promise<true> {
    const ref = refOf(state);
    // In the middle of another conversation, that one is kept: the typed command instead of an offer.
    if ((await ctx.conversation.active()) !== undefined) {
      const command = state.kind === 'leave' ? `发「撤回 ${state.id}」撤回后重新申请` : '请联系审批人';
      await ctx.replyPrivately(`${ref}（${summary}）还在审批中，不能直接改：${command}。`);
      return true;
    }
    const position = { step: 'asked', state };
    await ctx.conversation.start(offer, position, [
      afterSubmitText.pendingOffer(ref, summary, wanted, what, state.kind === 'leave' ? '申请' : '登记'),
    ]);
    return true;
  }
}

/**
 * 「明天请事假 不对 后天 去办证」: a whole new request, corrected as it is said — the request flow's, not a change
 * of one already submitted. 「咁不如改请年假啦」 names no day: that one is a change.
 */
function statesNewRequest(ctx: Context, org: Org): boolean {
  const u = idleReading(ctx, org);
  const dated = u.fields.start !== undefined || u.fields.date !== undefined || u.fields.requests !== undefined;
  return (u.intent === 'leave_request' || u.intent === 'leave_multi' || u.intent === 'overtime') && dated;
}

/** 「年假 12月21日（周一）至12月23日（周三）」, a half day said. */
function leaveWanted(state: LeaveDraftState, rules: Org['leaveRules']): string {
  const start = state.start?.date as LocalDate;
  const end = (state.end?.date ?? start) as LocalDate;
  const half = (h: string | undefined) => (h === 'am' ? '上午' : h === 'pm' ? '下午' : '');
  const halves = start === end ? half(state.start?.half) : '';
  return `${typeName(rules, state.typeKey ?? '')} ${formatDateRange(start, end)}${halves}`;
}
