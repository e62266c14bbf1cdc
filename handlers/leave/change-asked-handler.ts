import type { Handler } from '../../bot/handler.ts';
import type { Db } from '../../data/db/open-database.ts';
import type { Org } from '../../data/org/load-org.ts';
import { LeaveRequestsRepo } from '../../data/repos/leave-requests-repo.ts';
import { shanghaiDate } from '../../data/time/index.ts';
import { shortSummary } from './leave-summary.ts';
import { leaveText } from './messages.ts';

/**
 * 「家长会改到周四了 能改吗」「请假日期想改一下」: asking to change leave already submitted. The
 * read-back takes changes while a request is being made; after that there is no edit, so say how —
 * withdraw and ask again, or ask for the approved leave to be cancelled — for the person's own request.
 */
const ASKS_TO_CHANGE = new RegExp(
  [
    // 「改到周四」「改到18号」「改到下周」: another day for it.
    /改到[^\s,，。]{0,3}(?:周|星期|礼拜|[\d一二三四五六七八九十]+[号日]|明天|后天|下周|下个?月)/.source,
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

export function changeAskedHandler(deps: { db: Db; org: () => Org }): Handler {
  return {
    name: 'leave-change-asked',
    trigger: (ctx) =>
      deps.org().leaveRules !== undefined &&
      !ctx.message.action &&
      ASKS_TO_CHANGE.test(ctx.text) &&
      ABOUT_LEAVE.test(ctx.text) &&
      // 「病假条上的日期写错了能改吗」: correcting a paper, a question for the rules.
      !/写错|填错|错了/.test(ctx.text),
    async handle(ctx) {
      if (!ctx.message.isDirect) await ctx.reply(leaveText.privateOnly);
      const org = deps.org();
      const today = shanghaiDate(ctx.now);
      const open = (await new LeaveRequestsRepo(deps.db).forStaff(ctx.person.id, ['pending', 'approved'])).filter(
        (r) => r.status === 'pending' || r.start >= today,
      );
      // The latest asked for is the one people mean.
      const latest = open.sort((a, b) => b.id - a.id)[0];
      if (!latest) return ctx.replyPrivately(/假/.test(ctx.text) ? text.none : text.noneUnnamed);
      const summary = shortSummary(org.leaveRules, latest);
      await ctx.replyPrivately(
        latest.status === 'pending' ? text.pending(latest.id, summary) : text.approved(latest.id, summary),
      );
    },
  };
}
