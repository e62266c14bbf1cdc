import type { Handler } from '../../bot/handler.ts';
import type { Org } from '../../data/org/load-org.ts';
import { chainText } from './read-back.ts';
import { routeLeave } from './rules/route-approval.ts';
import { approversText } from './approvers-text.ts';

/** 「请假要谁批」「我请假找谁」「请假要谁签字」: who decides the asker's own leave. */
const ASKED =
  /^(?:我|我的)?(?:要|想)?(?:请假|请个假|请[^\s,，。]{0,4}假)(?:的话)?(?:要|需要|得|该)?(?:找谁|谁批|谁审批|谁签字?|给谁批|找谁批|要谁批|由谁批)[啊呀呢吗?？。]*$/;
/** A role or a person named: the rules for them, the Q&A's (「一线社工请半天假找谁批」). */
const SOMEONE_ELSE = /社工|护工|护理员|组长|主任|部长|负责人|领导|同事|员工|实习/;

/**
 * Answers a person's 「请假要谁批」 with their own chain for each length the matrix tells apart, named as
 * the directory has them, and the clause it follows: the Q&A quoted the approval table's preface, which a
 * frontline worker could not read as 「组长转呈，部长批准」.
 */
export function approversAskedHandler(org: () => Org): Handler {
  return {
    name: 'leave-approvers-asked',
    trigger: (ctx) => {
      const text = ctx.text.trim();
      if (!org().leaveRules || !ASKED.test(text) || SOMEONE_ELSE.test(text)) return false;
      return !org().directory.all.some((s) => s.id !== ctx.person.id && text.includes(s.name));
    },
    async handle(ctx) {
      const { leaveRules: rules, directory } = org();
      const lines: string[] = [];
      let from = 0;
      // Each length band of the matrix row that applies to the asker, shortest first.
      const lengths = [0.5, 1, 2.5, 3, 5, 30];
      let last = '';
      for (const days of lengths) {
        const chain = chainText(routeLeave(rules!, directory, ctx.person, days).steps, directory);
        if (chain === last) continue;
        if (last) lines.push(approversText.band(from, lengthBefore(days, lengths), last));
        last = chain;
        from = days;
      }
      lines.push(approversText.bandOpen(from, last));
      await ctx.reply(approversText.answer(lines, rules!.approval.clause.location));
    },
  };
}

/** The length just below `days` in the list asked (the band's upper end). */
function lengthBefore(days: number, lengths: readonly number[]): number {
  const i = lengths.indexOf(days);
  return i > 0 ? lengths[i - 1]! : days;
}
