import { localDate, type LocalDate } from '../../../data/time/index.ts';
import { loadOrg } from '../../../data/org/load-org.ts';
import type { LeaveRules } from '../../../data/leave/leave-rules-schema.ts';
import { addMonths } from '../../../handlers/leave/rules/add-months.ts';
import type { CompCredit } from '../../../handlers/leave/rules/comp-credits.ts';
import { countLeaveDays } from '../../../handlers/leave/rules/count-leave-days.ts';
import type { ExistingLeave } from '../../../handlers/leave/rules/check-leave.ts';
import type { Half, LeaveSpan } from '../../../handlers/leave/rules/leave-span.ts';

export const org = loadOrg();
export const rules: LeaveRules = org.leaveRules!;
export const calendar = org.calendar;
export const directory = org.directory;

export function staff(id: string) {
  const s = directory.get(id);
  if (!s) throw new Error(`no staff ${id}`);
  return s;
}

/** '2026-12-07', '2026-11-10pm', '2026-12-07~2026-12-09', '2026-11-10~2026-11-12am' → a span. */
export function span(text: string): LeaveSpan {
  const [a, b] = text.split('~');
  const point = (s: string): { date: LocalDate; half: Half } => {
    const m = /^(\d{4}-\d{2}-\d{2})(am|pm)?$/.exec(s);
    if (!m) throw new Error(`bad date ${s}`);
    return { date: localDate(m[1]!), half: (m[2] as Half | undefined) ?? 'full' };
  };
  const start = point(a!);
  const end = b ? point(b) : start;
  return { start: start.date, startHalf: start.half, end: end.date, endHalf: end.half };
}

export function existing(
  list: readonly { type: string; dates: string; status?: 'pending' | 'approved' }[] = [],
): ExistingLeave[] {
  return list.map((e, i) => {
    const s = span(e.dates);
    const type = rules.types.find((t) => t.key === e.type)!;
    return {
      id: 100 + i,
      typeKey: e.type,
      span: s,
      days: countLeaveDays(calendar, type.counting, s).days,
      status: e.status ?? 'pending',
    };
  });
}

export function credits(list: readonly { earned: string; hours: number }[] = []): CompCredit[] {
  return list.map((c, i) => {
    const earnedOn = localDate(c.earned);
    return {
      id: 200 + i,
      earnedOn,
      expiresOn: addMonths(earnedOn, rules.overtime.expiryMonths),
      hours: c.hours,
      remainingHours: c.hours,
    };
  });
}
