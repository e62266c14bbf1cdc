import { addDays, type LocalDate } from '../../../data/time/index.ts';
import type { WorkCalendar } from '../../../data/calendar/index.ts';
import type { Half, LeaveSpan } from './leave-span.ts';

/** More than any leave a person can ask for (产假 158 days) plus its weekends. */
const MAX_SCAN = 400;

/**
 * "从12月7日起请三天": the span that costs `days` counted from `start`. Working-day leave
 * skips days off (a start on a Saturday begins on Monday); a trailing half day ends at noon.
 * Null when the count can't be reached (a bad number).
 */
export function spanFromDays(
  calendar: WorkCalendar,
  counting: 'working-days' | 'calendar-days',
  start: { date: LocalDate; half: Half },
  days: number,
): LeaveSpan | null {
  if (!(days > 0) || !Number.isInteger(days * 2)) return null;
  const counts = (d: LocalDate) => counting === 'calendar-days' || calendar.isWorkingDay(d);
  let first = start.date;
  for (let i = 0; !counts(first); i++) {
    if (i > MAX_SCAN) return null;
    first = addDays(first, 1);
  }
  // Starting in the afternoon spends half a day on the first day.
  const fromPm = start.half === 'pm';
  if (days === 0.5) return { start: first, startHalf: fromPm ? 'pm' : 'am', end: first, endHalf: fromPm ? 'pm' : 'am' };
  let left = days - (fromPm ? 0.5 : 1);
  let end = first;
  for (let i = 0; left > 0; i++) {
    if (i > MAX_SCAN) return null;
    end = addDays(end, 1);
    if (counts(end)) left -= 1;
  }
  // left is -0.5 when the last day is a half day: from the afternoon, or a count like 2.5.
  const endHalf: Half = left < 0 ? 'am' : 'full';
  if (first === end) return { start: first, startHalf: fromPm ? 'pm' : 'full', end, endHalf: fromPm ? 'pm' : 'full' };
  return { start: first, startHalf: fromPm ? 'pm' : 'full', end, endHalf };
}
