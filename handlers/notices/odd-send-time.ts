import { shanghaiDate, shanghaiParts } from '../../data/time/index.ts';
import type { WorkCalendar } from '../../data/calendar/index.ts';

/**
 * [decision] Quiet hours for notices: a notice wakes 29 phones, so a time from 22:00 to 07:00
 * is read back for a yes. A day off by the work calendar (a weekend or a public holiday,
 * make-up working days counting as working days) is read back too.
 */
export const QUIET_FROM_HOUR = 22;
export const QUIET_UNTIL_HOUR = 7;

export type OddSendTime = { readonly kind: 'night' } | { readonly kind: 'day-off'; readonly holiday: string | null };

/** Why `at` is an odd time to send a notice, or null when it is an ordinary working-day hour. */
export function oddSendTime(at: Date, calendar: WorkCalendar): OddSendTime | null {
  const { hour } = shanghaiParts(at);
  if (hour >= QUIET_FROM_HOUR || hour < QUIET_UNTIL_HOUR) return { kind: 'night' };
  const day = calendar.dayInfo(shanghaiDate(at));
  if (!day.working) return { kind: 'day-off', holiday: day.kind === 'holiday' ? day.name : null };
  return null;
}
