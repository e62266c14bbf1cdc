import { atShanghai, shanghaiDate } from '../../../data/time/index.ts';
import type { WorkCalendar } from '../../../data/calendar/index.ts';
import { waitDeadline } from '../jobs/waiting-overdue.ts';

/**
 * When a step waiting since `since` went up a level, up to `now`: each time it has waited
 * another `everyWorkingDays` working days, at the next working day's `time` (the 09:00 round
 * that tells the new approver). Derived, not stored, so a decision and the morning job agree
 * on who holds the step without the job writing anything. At most `max` levels.
 */
export function escalationTimes(
  calendar: WorkCalendar,
  since: Date,
  everyWorkingDays: number,
  time: string,
  now: Date,
  max = 4,
): Date[] {
  const out: Date[] = [];
  for (let level = 1; level <= max; level++) {
    const deadline = waitDeadline(calendar, since, level * everyWorkingDays);
    let day = shanghaiDate(deadline);
    if (!calendar.isWorkingDay(day) || atShanghai(day, time) <= deadline) day = calendar.nextWorkingDay(day);
    const at = atShanghai(day, time);
    if (at > now) break;
    out.push(at);
  }
  return out;
}
