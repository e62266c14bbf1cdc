import { atShanghai, shanghaiDate, shanghaiTime } from '../../../data/time/index.ts';
import type { WorkCalendar } from '../../../data/calendar/index.ts';

/**
 * Whether something waiting since `since` has waited more than `workingDays` working days at
 * `at`: Monday 15:00 → overdue from Tuesday 15:00, so Wednesday's 09:00 nudge. Something that
 * arrived on a day off starts waiting at the next working day's start.
 */
export function waitedLongerThan(calendar: WorkCalendar, since: Date, workingDays: number, at: Date): boolean {
  const day = shanghaiDate(since);
  const deadline = calendar.isWorkingDay(day)
    ? atShanghai(calendar.addWorkingDays(day, workingDays), shanghaiTime(since))
    : atShanghai(calendar.addWorkingDays(calendar.workingDayOnOrAfter(day), workingDays));
  return at > deadline;
}
