import { addDays, atShanghai, shanghaiDate, type LocalDate } from '../../../data/time/index.ts';
import type { WorkCalendar } from '../../../data/calendar/index.ts';
import type { JobEnv, Occurrence } from '../../../scheduler/job.ts';
import { occurrencesOnDays } from '../../../scheduler/occurrences-on-days.ts';

/** A nudge not sent by the end of the working day is stale: a day-old "please decide" misleads. */
const STALE_AT = '18:00';

/** One occurrence at `time` (Asia/Shanghai) on each working day with `from < dueAt <= to`, keyed by date. */
export function workingDayMornings(calendar: WorkCalendar, time: string, from: Date, to: Date): Occurrence[] {
  const days: LocalDate[] = [];
  for (let d = shanghaiDate(from); atShanghai(d) <= to; d = addDays(d, 1)) if (calendar.isWorkingDay(d)) days.push(d);
  return occurrencesOnDays(days, time, STALE_AT, from, to);
}

/** The approvals round (`nudge.time`, 09:00) on working days: nudges, escalations, back-from-leave. */
export async function approvalRounds(from: Date, to: Date, env: JobEnv): Promise<Occurrence[]> {
  const rules = env.org.leaveRules;
  return rules ? workingDayMornings(env.calendar, rules.nudge.time, from, to) : [];
}
