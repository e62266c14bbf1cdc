import { atShanghai, shanghaiDate, shanghaiTime } from '../../../data/time/index.ts';
import type { WorkCalendar } from '../../../data/calendar/index.ts';

/**
 * When something waiting since `since` has waited `workingDays` working days: Monday 15:00 + 1
 * → Tuesday 15:00. Something that arrived on a day off starts waiting at the next working day's start.
 */
export function waitDeadline(calendar: WorkCalendar, since: Date, workingDays: number): Date {
  const day = shanghaiDate(since);
  return calendar.isWorkingDay(day)
    ? atShanghai(calendar.addWorkingDays(day, workingDays), shanghaiTime(since))
    : atShanghai(calendar.addWorkingDays(calendar.workingDayOnOrAfter(day), workingDays));
}

/**
 * Whether something waiting since `since` has waited more than `workingDays` working days at
 * `at`: Monday 15:00 → overdue from Tuesday 15:00, so Wednesday's 09:00 nudge.
 */
export function waitedLongerThan(calendar: WorkCalendar, since: Date, workingDays: number, at: Date): boolean {
  return at > waitDeadline(calendar, since, workingDays);
}
