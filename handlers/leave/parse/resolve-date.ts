import type { LocalDate } from '../../../data/time/index.ts';
import { addDays, diffDays, localDateParts, makeLocalDate, mondayOf, weekdayOf } from '../../../data/time/index.ts';
import { parseMessages as msg } from './messages.ts';
import type { DateSpec } from './tokens.ts';

/**
 * How to read a bare 周X or X号 that could be past or future. Leave is asked for ahead of time
 * but sick leave is often reported afterwards, so for 'leave' a past bare day is asked back.
 * Overtime is registered after it is worked, so for 'overtime' it is the most recent one.
 */
export type DatePolicy = 'leave' | 'overtime';

export type Resolved = { ok: true; date: LocalDate } | { ok: false; reason: string };

/**
 * Decision: a date written without a year is the one that lies from 60 days before today to
 * 305 days after it (one year's worth). So in December "1月3日" is next January, while a
 * sick day reported late ("11月25日" on 12 January) stays in the past year; a date more than
 * about two months back means next year.
 */
export const PAST_WINDOW_DAYS = 60;

/** An end written without its month rolls into the next month only for a short span (28号到3号). */
export const MONTH_ROLL_MAX_DAYS = 15;
/** An end written without its year rolls into the next year only for a short span (12月28日到1月3日). */
export const YEAR_ROLL_MAX_DAYS = 62;

const ok = (date: LocalDate): Resolved => ({ ok: true, date });
const fail = (reason: string): Resolved => ({ ok: false, reason });

function invalidDay(month: number, day: number): Resolved {
  return fail(msg.invalidDate(month, day));
}

/** Month 1–12 and a day that exists in that month in some year (so 2月29日 passes here). */
function plausible(month: number, day: number): boolean {
  return makeLocalDate(2000, month, day) !== null;
}

function shiftMonth(date: LocalDate, offset: number): { year: number; month: number } {
  const { year, month } = localDateParts(date);
  const index = year * 12 + (month - 1) + offset;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

function inferYear(month: number, day: number, today: LocalDate): Resolved {
  if (!plausible(month, day)) return invalidDay(month, day);
  const { year } = localDateParts(today);
  for (const y of [year - 1, year, year + 1]) {
    const d = makeLocalDate(y, month, day);
    if (d === null) continue;
    const ahead = diffDays(today, d);
    if (ahead >= -PAST_WINDOW_DAYS && ahead < 365 - PAST_WINDOW_DAYS) return ok(d);
  }
  // only 2月29日 gets here: the year in the window is a common year
  const inWindow = [year - 1, year, year + 1].find((y) => {
    const d = makeLocalDate(y, 3, 1);
    return d !== null && diffDays(today, d) >= -PAST_WINDOW_DAYS && diffDays(today, d) < 365 - PAST_WINDOW_DAYS;
  });
  return fail(msg.noFeb29(inWindow ?? year));
}

function weekdayIn(week: number, weekday: number, today: LocalDate): LocalDate {
  return addDays(mondayOf(today), week * 7 + ((weekday + 6) % 7));
}

/** Places the first (or only) date of a phrase relative to `today`. */
export function resolveStart(spec: DateSpec, word: string, today: LocalDate, policy: DatePolicy): Resolved {
  switch (spec.type) {
    case 'absolute': {
      if (spec.year === undefined && spec.yearOffset === undefined) return inferYear(spec.month, spec.day, today);
      const year = spec.year ?? localDateParts(today).year + (spec.yearOffset ?? 0);
      const d = makeLocalDate(year, spec.month, spec.day);
      if (d !== null) return ok(d);
      return spec.month === 2 && spec.day === 29 ? fail(msg.noFeb29(year)) : invalidDay(spec.month, spec.day);
    }
    case 'relative-day':
      return ok(addDays(today, spec.offset));
    case 'weekday': {
      if (spec.week !== 'bare') return ok(weekdayIn(spec.week, spec.weekday, today));
      const thisWeek = weekdayIn(0, spec.weekday, today);
      if (thisWeek >= today) {
        if (policy === 'leave') return ok(thisWeek);
        return ok(addDays(thisWeek, thisWeek === today ? 0 : -7));
      }
      if (policy === 'overtime') return ok(thisWeek);
      // Decision: a bare weekday already past this week is asked back: "周一请了病假" said on a
      // Wednesday means the past Monday, "周一请假" may mean the next one.
      return fail(msg.pastWeekday(word, thisWeek, addDays(thisWeek, 7), today));
    }
    case 'month-day': {
      const { year, month } = shiftMonth(today, spec.monthOffset);
      const d = makeLocalDate(year, month, spec.day);
      return d === null ? invalidDay(month, spec.day) : ok(d);
    }
    case 'day': {
      word = `${spec.day}号`;
      const { year, month, day } = localDateParts(today);
      const thisMonth = makeLocalDate(year, month, spec.day);
      const next = shiftMonth(today, 1);
      const nextMonth = makeLocalDate(next.year, next.month, spec.day);
      const prev = shiftMonth(today, -1);
      const prevMonth = makeLocalDate(prev.year, prev.month, spec.day);
      if (spec.day < 1 || spec.day > 31) return fail(msg.dayNotInMonth(word));
      if (policy === 'overtime') {
        if (thisMonth !== null && spec.day <= day) return ok(thisMonth);
        return prevMonth === null ? fail(msg.dayNotInMonth(word)) : ok(prevMonth);
      }
      if (thisMonth === null) return fail(msg.dayNotInMonth(word));
      if (thisMonth >= today) return ok(thisMonth);
      return fail(msg.pastDayOfMonth(word, thisMonth, nextMonth, today));
    }
  }
}

/**
 * Places the end of a range. What the end leaves out comes from the start: 12月1号到3号 is in
 * December, 周一到周三 is the Wednesday after that Monday, 12月28日到1月3日 crosses the year.
 * Words that name a day by themselves (后天, 下周三, 下个月5号) are read from today.
 */
export function resolveEnd(spec: DateSpec, word: string, start: LocalDate, today: LocalDate): Resolved {
  const s = localDateParts(start);
  switch (spec.type) {
    case 'absolute': {
      if (spec.year !== undefined || spec.yearOffset !== undefined) return resolveStart(spec, word, today, 'leave');
      if (!plausible(spec.month, spec.day)) return invalidDay(spec.month, spec.day);
      const same = makeLocalDate(s.year, spec.month, spec.day);
      if (same !== null && same >= start) return ok(same);
      const rolled = makeLocalDate(s.year + 1, spec.month, spec.day);
      if (rolled !== null && diffDays(start, rolled) <= YEAR_ROLL_MAX_DAYS) return ok(rolled);
      if (same === null) return fail(msg.noFeb29(s.year));
      return fail(msg.endBeforeStart(start, same, today));
    }
    case 'day': {
      const same = makeLocalDate(s.year, s.month, spec.day);
      if (same !== null && same >= start) return ok(same);
      const next = shiftMonth(start, 1);
      const rolled = makeLocalDate(next.year, next.month, spec.day);
      if (rolled !== null && diffDays(start, rolled) <= MONTH_ROLL_MAX_DAYS) return ok(rolled);
      if (same === null) return invalidDay(s.month, spec.day);
      return fail(msg.endBeforeStart(start, same, today));
    }
    case 'weekday': {
      if (spec.week === 'bare') {
        return ok(addDays(start, (spec.weekday - weekdayOf(start) + 7) % 7));
      }
      return checked(weekdayIn(spec.week, spec.weekday, today), start, today);
    }
    case 'relative-day':
    case 'month-day': {
      const r = resolveStart(spec, word, today, 'leave');
      return r.ok ? checked(r.date, start, today) : r;
    }
  }
}

function checked(end: LocalDate, start: LocalDate, today: LocalDate): Resolved {
  return end >= start ? ok(end) : fail(msg.endBeforeStart(start, end, today));
}
