import type { WorkCalendar } from '../../../data/calendar/index.ts';
import type { LeaveTypeRule } from '../../../data/leave/leave-rules-schema.ts';
import { addDays, type LocalDate } from '../../../data/time/index.ts';
import { earliestStart } from './check-leave.ts';
import { joinedHoliday } from './joined-leave.ts';

/** Longer than any notice in working days plus a holiday week: the scans below never need more. */
const MAX_SCAN = 62;

export interface CompUseBy {
  /** The last working day before the hours expire on which a day of 调休 is allowed (not joined to a holiday). */
  readonly lastDay: LocalDate;
  /** The last working day a 调休 on `lastDay` can be asked for with the notice the rules want. */
  readonly askBy: LocalDate;
}

/**
 * By when 调休 hours expiring on `expiresOn` must be asked for, to be taken at all: the last day they can be
 * taken (a working day, not next to a public holiday: 「调休假不能连着节假日…休」) less the notice (5 working
 * days). A reminder a week before expiry came when every day left was refused or short of notice.
 */
export function compUseBy(calendar: WorkCalendar, comp: LeaveTypeRule, expiresOn: LocalDate): CompUseBy {
  let lastDay = calendar.isWorkingDay(expiresOn) ? expiresOn : calendar.previousWorkingDay(expiresOn);
  for (let d = lastDay, i = 0; i < MAX_SCAN; i++, d = calendar.previousWorkingDay(d)) {
    const day = { start: d, startHalf: 'full', end: d, endHalf: 'full' } as const;
    if (joinedHoliday(calendar, day) === null) {
      lastDay = d;
      break;
    }
  }
  let askBy = lastDay;
  for (let i = 0; i < MAX_SCAN; i++) {
    const earliest = earliestStart(comp, calendar, askBy);
    if (earliest === null || earliest <= lastDay) break;
    askBy = calendar.previousWorkingDay(askBy);
  }
  return { lastDay, askBy: calendar.isWorkingDay(askBy) ? askBy : calendar.previousWorkingDay(addDays(askBy, 1)) };
}
