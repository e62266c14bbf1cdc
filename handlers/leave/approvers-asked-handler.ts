import type { Handler } from '../../bot/handler.ts';
import type { Org } from '../../data/org/load-org.ts';
import { chainText } from './read-back.ts';
import { requesterBands, routeLeave } from './rules/route-approval.ts';
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
      // The asker's row of the matrix, band by band (its own lengths, not a list guessed here); bands whose
      // chain comes out the same for this person (a vacancy, oneself) are said as one.
      const bands: { from: number; to: number | null; chain: string }[] = [];
      let from = rules!.halfDayUnit;
      for (const band of requesterBands(rules!, ctx.person).bands) {
        const days = band.maxDays ?? from;
        const chain = chainText(routeLeave(rules!, directory, ctx.person, days).steps, directory);
        const previous = bands.at(-1);
        if (previous?.chain === chain) bands[bands.length - 1] = { ...previous, to: band.maxDays };
        else bands.push({ from, to: band.maxDays, chain });
        if (band.maxDays === null) break;
        from = band.maxDays + rules!.halfDayUnit;
      }
      const lines = bands.map((b) =>
        b.to === null ? approversText.bandOpen(b.from, b.chain) : approversText.band(b.from, b.to, b.chain),
      );
      await ctx.reply(approversText.answer(lines, rules!.approval.clause.location));
    },
  };
}
