import type { AnyFlow } from '../../bot/conversation/flow.ts';
import type { Handler } from '../../bot/handler.ts';
import type { Db } from '../../data/db/open-database.ts';
import type { Org } from '../../data/org/load-org.ts';
import { LeaveRequestsRepo, type LeaveRequest } from '../../data/repos/leave-requests-repo.ts';
import type { Fields } from '../understanding/index.ts';
import { WITHDRAW } from './commands.ts';
import { leaveText } from './messages.ts';
import { shortSummary } from './leave-summary.ts';
import { idleReading, typeKeyOf } from './leave-understanding.ts';
import { withdrawConfirmText } from './withdraw-confirm-flow.ts';

const text = {
  which: (lines: readonly string[]) => `您要撤回哪一份？请回复对应的命令：\n${lines.join('\n')}`,
  none: '没有找到对应的请假申请。发「我的请假」可以查看您的申请和编号。',
};

/**
 * 「10号那个事假不请了 帮我撤掉」 (issue 11): a withdrawal said in words, by date, type or number.
 * It names the request it found and asks; a plain yes withdraws it (withdraw-confirm-flow.ts), so
 * nothing is taken back on a guess.
 */
export function withdrawByWordsHandler(deps: { db: Db; org: () => Org; confirmFlow: AnyFlow }): Handler {
  const read = (ctx: Parameters<Handler['trigger']>[0]): Fields | null => {
    const u = idleReading(ctx, deps.org());
    return u.intent === 'withdraw' ? u.fields : null;
  };
  return {
    name: 'leave-withdraw-by-words',
    trigger: (ctx) =>
      deps.org().leaveRules !== undefined && !ctx.message.action && !WITHDRAW.exec(ctx.text)?.[1] && read(ctx) !== null,
    async handle(ctx) {
      if (!ctx.message.isDirect) await ctx.reply(leaveText.privateOnly);
      const org = deps.org();
      const fields = read(ctx) ?? {};
      const open = await new LeaveRequestsRepo(deps.db).forStaff(ctx.person.id, ['pending', 'approved']);
      const found = matching(open, fields, org);
      if (!found.length) return ctx.replyPrivately(text.none);
      if (found.length === 1) {
        const { id } = found[0]!;
        const summary = shortSummary(org.leaveRules, found[0]!);
        // In the middle of another conversation (a request being made), that one is kept: the exact command.
        if (!ctx.message.isDirect || (await ctx.conversation.active()) !== undefined)
          return ctx.replyPrivately(withdrawConfirmText.askCommand(id, summary));
        return ctx.conversation.start(deps.confirmFlow, { step: 'asked', state: { id } }, [
          withdrawConfirmText.ask(id, summary),
        ]);
      }
      const lines = found.slice(0, 5).map((r) => `· 「撤回 ${r.id}」：${shortSummary(org.leaveRules, r)}`);
      await ctx.replyPrivately(text.which(lines));
    },
  };
}

/** The requests the words point to: by number; else by date (the day of the month as said) and type. */
function matching(open: readonly LeaveRequest[], fields: Fields, org: Org): LeaveRequest[] {
  if (fields.no !== undefined) return open.filter((r) => r.id === fields.no);
  const key = typeKeyOf(fields.type, org.leaveRules!);
  const { date } = fields;
  return open.filter((r) => {
    if (key && r.typeKey !== key) return false;
    if (date === undefined) return true;
    return (r.start <= date && date <= r.end) || r.start.slice(8) === date.slice(8);
  });
}
