import { addDays, atShanghai, shanghaiDate, shanghaiTime } from '../data/time/index.ts';
import type { NewOutboxEntry } from '../data/repos/outbox-repo.ts';
import type { WorkCalendar } from '../data/calendar/work-calendar.ts';
import type { Directory } from '../data/org/directory.ts';
import type { JobEnv } from './job.ts';
import { schedulerText } from './messages.ts';

export const CALENDAR_WARNING_JOB = 'scheduler.calendar-warning';
/** Warn this many days before a year without a schedule begins (the State Council publishes in November). */
const WARN_AHEAD_DAYS = 60;
const MORNING = '09:00';
const EVENING = '18:00';

/**
 * One message to each HR person per year that the scheduler plans into without an official
 * holiday schedule (DOMAIN §9). The outbox key (job, year, HR id) makes it once, however
 * often this is asked and however many processes ask.
 */
export function calendarWarnings(env: JobEnv, now: Date): NewOutboxEntry[] {
  const today = shanghaiDate(now);
  return calendarWarningEntries(
    env.calendar,
    env.org.directory,
    env.calendar.unscheduledYears(today, addDays(today, WARN_AHEAD_DAYS)),
    now,
  );
}

/**
 * The warning for the given years, for whoever needs a year the calendar lacks — the
 * scheduler ahead of time, a leave request far ahead — under the same key, so HR hears once.
 */
export function calendarWarningEntries(
  calendar: WorkCalendar,
  directory: Directory,
  years: readonly number[],
  now: Date,
): NewOutboxEntry[] {
  if (!years.length) return [];
  const dueAt = workingHoursFrom(calendar, now);
  const staleAfter = new Date(dueAt.getTime() + 30 * 86_400_000);
  return years.flatMap((year) =>
    directory.withRole('hr').map((hr) => ({
      job: CALENDAR_WARNING_JOB,
      occurrence: String(year),
      recipient: hr.id,
      to: { staffId: hr.id },
      message: { text: schedulerText.unscheduledYear(year) },
      dueAt,
      staleAfter,
      status: 'pending' as const,
    })),
  );
}

/** `now` during a working day's office hours, else 09:00 on the next working day. */
function workingHoursFrom(calendar: WorkCalendar, now: Date): Date {
  const today = shanghaiDate(now);
  if (calendar.isWorkingDay(today) && shanghaiTime(now) < EVENING) {
    const morning = atShanghai(today, MORNING);
    return now > morning ? now : morning;
  }
  return atShanghai(calendar.nextWorkingDay(today), MORNING);
}
