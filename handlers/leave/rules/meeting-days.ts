import {
  addDays,
  daysInMonth,
  localDateParts,
  makeLocalDate,
  weekdayOf,
  type LocalDate,
} from '../../../data/time/index.ts';
import type { WorkCalendar } from '../../../data/calendar/index.ts';
import type { LeaveRules } from '../../../data/leave/leave-rules-schema.ts';

/** The meeting days (机构例会) from `start` to `end`, both included; a day off holds no meeting. */
export function meetingDaysBetween(
  meetings: LeaveRules['meetings'],
  calendar: WorkCalendar,
  start: LocalDate,
  end: LocalDate,
): LocalDate[] {
  const out = new Set<LocalDate>();
  for (const d of meetings.dates) if (d >= start && d <= end) out.add(d as LocalDate);
  let { year, month } = localDateParts(start);
  const last = localDateParts(end);
  while (year < last.year || (year === last.year && month <= last.month)) {
    for (const r of meetings.recurring) {
      const date = nthWeekday(year, month, r.weekday % 7, r.nth);
      if (date && date >= start && date <= end) out.add(date);
    }
    month++;
    if (month > 12) {
      month = 1;
      year++;
    }
  }
  return [...out].filter((d) => calendar.isWorkingDay(d)).sort();
}

function nthWeekday(year: number, month: number, weekday: number, nth: number | 'last'): LocalDate | null {
  if (nth === 'last') {
    let d = makeLocalDate(year, month, daysInMonth(year, month));
    while (d && weekdayOf(d) !== weekday) d = addDays(d, -1);
    return d;
  }
  const first = makeLocalDate(year, month, 1);
  if (!first) return null;
  const offset = (weekday - weekdayOf(first) + 7) % 7;
  const day = 1 + offset + (nth - 1) * 7;
  return day <= daysInMonth(year, month) ? makeLocalDate(year, month, day) : null;
}
