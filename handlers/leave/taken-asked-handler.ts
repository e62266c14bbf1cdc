import type { Handler } from '../../bot/handler.ts';
import type { Db } from '../../data/db/open-database.ts';
import type { Org } from '../../data/org/load-org.ts';
import { LeaveRequestsRepo } from '../../data/repos/leave-requests-repo.ts';
import { shanghaiDate, yearOf, type LocalDate } from '../../data/time/index.ts';
import { findLeaveType } from './read-leave-text.ts';
import { takenText } from './taken-text.ts';

/**
 * 「我请过几天事假了」「我今年请了几天假」「今年病假请了多少天」: one's own days taken this year (nobody
 * else named). They were answered with the rule on 事假, or declined.
 */
const ASKED =
  /^(?:我)?(?:今年)?(?:一共|总共)?(?:[\u4e00-\u9fa5]{0,3}假)?(?:请|休)(?:过|了)(?:几天|多少天|几次)(?:[\u4e00-\u9fa5]{0,3}假)?了?[吗呢啊?？。]*$/;

export function takenAskedHandler(deps: { db: Db; org: () => Org }): Handler {
  return {
    name: 'leave-taken-asked',
    trigger: (ctx) => {
      const text = ctx.text.trim();
      if (!deps.org().leaveRules || !ASKED.test(text)) return false;
      return !deps.org().directory.all.some((s) => s.id !== ctx.person.id && text.includes(s.name));
    },
    async handle(ctx) {
      const rules = deps.org().leaveRules!;
      const year = yearOf(shanghaiDate(ctx.now));
      const typeKey = findLeaveType(ctx.text, rules)?.key;
      const mine = (await new LeaveRequestsRepo(deps.db).forStaff(ctx.person.id, ['approved', 'pending'])).filter(
        (r) => yearOf(r.start as LocalDate) === year && (!typeKey || r.typeKey === typeKey),
      );
      const rows = rules.types
        .filter((t) => !typeKey || t.key === typeKey)
        .map((t) => {
          const of = mine.filter((r) => r.typeKey === t.key);
          const sum = (status: string) => of.filter((r) => r.status === status).reduce((n, r) => n + r.days, 0);
          return { name: t.name, approved: sum('approved'), pending: sum('pending') };
        })
        .filter((r) => typeKey || r.approved + r.pending > 0);
      // Private: days taken by type say something of one's health (病假) and are no group's business.
      if (!ctx.message.isDirect) await ctx.reply(takenText.privately);
      await ctx.replyPrivately(takenText.answer(year, rows));
    },
  };
}
