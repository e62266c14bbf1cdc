import type { LocalDate } from '../../../data/time/index.ts';
import type { LeaveRules } from '../../../data/leave/leave-rules-schema.ts';
import { ruleText } from '../messages.ts';
import { addMonths } from './add-months.ts';
import { calendarDaysOf } from './count-leave-days.ts';
import type { LeaveSpan } from './leave-span.ts';

/** The longest leave any type allows (days, with its name): 产假（难产）158 days in the sample. */
export function longestLeave(rules: LeaveRules): { days: number; name: string } {
  let best = { days: 0, name: '' };
  for (const t of rules.types) {
    const e = t.entitlement;
    if (e.kind !== 'per-request') continue;
    if (e.days > best.days) best = { days: e.days, name: t.name };
    const ext = e.extended;
    if (ext && ext.days > best.days) best = { days: ext.days, name: `${t.name}（${ext.label}）` };
  }
  const max = rules.requestLimits.maxCalendarDays;
  return max !== undefined ? { days: max, name: '' } : best;
}

/**
 * What makes a request impossible whatever its type (leave-rules.json requestLimits): a start
 * beyond the booking horizon or too far back, or more days than any leave allows. The reply
 * says only that: no read-back of a request that cannot exist (no 「工龄满76年」).
 */
export function requestLimitProblem(rules: LeaveRules, span: LeaveSpan, today: LocalDate): string | null {
  const limits = rules.requestLimits;
  const latest = addMonths(today, limits.aheadMonths);
  if (span.start > latest) return ruleText.tooFarAhead(limits.aheadMonths, latest);
  const earliest = addMonths(today, -limits.backMonths);
  if (span.start < earliest) return ruleText.tooFarBack(limits.backMonths, earliest);
  const longest = longestLeave(rules);
  const days = calendarDaysOf(span);
  if (longest.days > 0 && days > longest.days) return ruleText.tooLong(days, longest.days, longest.name);
  return null;
}
