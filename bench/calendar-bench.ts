import { daysInMonth, eachDay, makeLocalDate, weekdayOf, type LocalDate } from '../data/time/index.ts';
import { createWorkCalendar, statutoryHolidays } from '../data/calendar/index.ts';
import type { BenchRow } from './bench-row.ts';

const YEAR = 2027;

/**
 * The working days of 2027, a year without an official schedule, month by month as the bot
 * counts them (the statutory fallback), checked against Monday–Friday minus the law's holidays
 * and their Article 6 make-up days computed independently.
 */
export function benchCalendar(): BenchRow[] {
  const calendar = createWorkCalendar();
  const off = new Set(statutoryHolidays(YEAR).map((h) => h.date));
  const counts: number[] = [];
  let agrees = !calendar.hasSchedule(YEAR);
  for (let month = 1; month <= 12; month++) {
    const first = day(month, 1);
    const last = day(month, daysInMonth(YEAR, month));
    const count = calendar.workingDaysBetween(first, last).count;
    const weekdays = [...eachDay(first, last)].filter((d) => weekdayOf(d) !== 0 && weekdayOf(d) !== 6);
    const expected = weekdays.filter((d) => !off.has(d)).length;
    agrees &&= count === expected;
    counts.push(count);
  }
  const total = counts.reduce((a, b) => a + b, 0);
  return [
    {
      name: `Working days ${YEAR} per month (statutory fallback, no 调休 known)`,
      value: `${counts.join(' ')} = ${total}`,
      target: 'Mon–Fri minus 法定节假日 and 补假',
      ok: agrees,
    },
  ];
}

function day(month: number, d: number): LocalDate {
  const date = makeLocalDate(YEAR, month, d);
  if (date === null) throw new RangeError(`no such day: ${YEAR}-${month}-${d}`);
  return date;
}
