import { handler, type Handler } from '../../bot/handler.ts';
import type { Db } from '../../data/db/open-database.ts';
import type { Org } from '../../data/org/load-org.ts';
import { hasRole } from '../../data/org/staff.ts';
import { DeputiesRepo } from '../../data/repos/deputies-repo.ts';
import {
  addDays,
  formatDateRange,
  makeLocalDate,
  shanghaiDate,
  yearOf,
  type LocalDate,
} from '../../data/time/index.ts';
import type { Fields } from '../understanding/index.ts';
import { APPROVER_ROLES } from './approval-handler.ts';
import type { LeaveNotifier } from './leave-notifier.ts';
import { idleReading } from './leave-understanding.ts';
import { deputyText, leaveText } from './messages.ts';

/** 「我12月14日到15日休假，期间由陈思远代批」「12月14日至12月15日不在，由陈思远代批」 */
const DEPUTY = new RegExp(
  [
    /^我?(?:(\d{1,2})月)?(\d{1,2})[日号]?(?:到|至|-|—|~)(?:(\d{1,2})月)?(\d{1,2})[日号]?/.source,
    /(?:休假|请假|不在|出差)?[，,。\s]*(?:期间)?(?:由|请)(\S{2,6}?)(?:代批|代为审批|代理审批)[。！!]?$/.source,
  ].join(''),
);

type Said = { readonly exact: RegExpExecArray } | { readonly understood: Fields };

/**
 * An approver names who approves for them while away; kept per period (HR and the deputy are told).
 * A request reaching them on one of those days goes to the deputy, whether the days are leave or
 * not (training, a meeting away): they said they are not there.
 */
export function deputyHandler(deps: { db: Db; org: () => Org; notifier: LeaveNotifier }): Handler {
  return handler({
    name: 'leave-deputy',
    trigger: (ctx): Said | undefined => {
      const m = DEPUTY.exec(ctx.text);
      if (m) return { exact: m };
      // 「下周一二我不在 请假的事找宋嘉伟」: an approver's own words for it, as the understanding layer reads them.
      // Whoever approves requests may name a deputy.
      if (!APPROVER_ROLES.some((r) => hasRole(ctx.person, r))) return undefined;
      const u = idleReading(ctx, deps.org());
      return u.intent === 'set_deputy' && typeof u.fields.deputy === 'string' ? { understood: u.fields } : undefined;
    },
    async handle(ctx, said) {
      if (!ctx.message.isDirect) await ctx.reply(leaveText.privateOnly);
      const today = shanghaiDate(ctx.now);
      let from: LocalDate | null | undefined;
      let to: LocalDate | null | undefined;
      let name: string;
      if ('exact' in said) {
        const m = said.exact;
        from = startDate(today, m[1] ? Number(m[1]) : undefined, Number(m[2]));
        to = from && dateAhead(from, m[3] ? Number(m[3]) : undefined, Number(m[4]));
        name = m[5]!;
      } else {
        const { start, end, deputy } = said.understood;
        name = String(deputy);
        from = typeof start === 'string' ? (start as LocalDate) : undefined;
        to = typeof end === 'string' ? (end as LocalDate) : from;
        if (!from) return ctx.replyPrivately(deputyText.whichDays(name));
      }
      if (!from || !to || to < from) return ctx.replyPrivately(deputyText.badDates);
      const found = deps.org().directory.all.filter((s) => s.name === name);
      if (!found.length) return ctx.replyPrivately(deputyText.unknown(name));
      if (found.length > 1) return ctx.replyPrivately(deputyText.ambiguous(name));
      const deputy = found[0]!;
      if (deputy.id === ctx.person.id) return ctx.replyPrivately(deputyText.self);
      await new DeputiesRepo(deps.db).add({ staffId: ctx.person.id, deputyId: deputy.id, from, to }, ctx.now);
      const range = formatDateRange(from, to);
      await deps.notifier.toAllHr(deputyText.toHr(ctx.person.name, range, deputy.name), [ctx.person.id]);
      // The deputy hears it from the bot too: cards arriving unannounced read as a mistake.
      await ctx.send({ staffId: deputy.id }, deputyText.toDeputy(ctx.person.name, range));
      await ctx.replyPrivately(deputyText.named(range, deputy.name));
    },
  });
}

/**
 * The first day of a period away: this year's date, unless it is more than a month past (then next
 * year's). [decision] A period that began a few days ago (「12月30日到1月2日」 said on 31 December) is
 * this one, not next year's.
 */
function startDate(today: LocalDate, month: number | undefined, day: number): LocalDate | null {
  const [y, m] = [yearOf(today), month ?? Number(today.slice(5, 7))];
  const same = makeLocalDate(y, m, day);
  if (same && same >= addDays(today, -31)) return same;
  return makeLocalDate(y + 1, m, day);
}

/**
 * Month and day on or after `after`. A day without a month is in `after`'s month, or the next
 * month when it has passed (「12月30日到2日」: 2 January); a month that has passed means next year.
 */
function dateAhead(after: LocalDate, month: number | undefined, day: number): LocalDate | null {
  const [y, m0] = [yearOf(after), Number(after.slice(5, 7))];
  if (month === undefined) {
    const same = makeLocalDate(y, m0, day);
    if (same && same >= after) return same;
    return m0 === 12 ? makeLocalDate(y + 1, 1, day) : makeLocalDate(y, m0 + 1, day);
  }
  const same = makeLocalDate(y, month, day);
  if (same && same >= after) return same;
  return makeLocalDate(y + 1, month, day);
}
