import { addDays, eachDay, type LocalDate } from '../../../data/time/index.ts';
import type { WorkCalendar } from '../../../data/calendar/index.ts';
import { takesFirstMorning, takesLastAfternoon, type LeaveSpan } from './leave-span.ts';

/** No run of days off is anywhere near this long; a loop that gets here is a calendar bug. */
const MAX_SCAN = 60;

export interface JoinedHoliday {
  readonly name: string;
  readonly date: LocalDate;
  readonly side: 'before' | 'after' | 'within';
}

/**
 * Whether leave is joined to a statutory holiday ("年假不能与节假日连休"): it covers a holiday, or
 * only days off lie between it and one. Half days matter: leave on the morning before a
 * holiday leaves a working afternoon in between, so it is not joined.
 */
export function joinedHoliday(calendar: WorkCalendar, span: LeaveSpan): JoinedHoliday | null {
  for (const date of eachDay(span.start, span.end)) {
    const name = calendar.holidayName(date);
    if (name !== null) return { name, date, side: 'within' };
  }
  if (takesFirstMorning(span)) {
    const hit = holidayInRest(calendar, addDays(span.start, -1), -1);
    if (hit) return { ...hit, side: 'before' };
  }
  if (takesLastAfternoon(span)) {
    const hit = holidayInRest(calendar, addDays(span.end, 1), 1);
    if (hit) return { ...hit, side: 'after' };
  }
  return null;
}

function holidayInRest(
  calendar: WorkCalendar,
  from: LocalDate,
  step: 1 | -1,
): { name: string; date: LocalDate } | null {
  let d = from;
  for (let i = 0; i < MAX_SCAN; i++) {
    const info = calendar.dayInfo(d);
    if (info.working) return null;
    if (info.kind === 'holiday') return { name: info.name ?? '节假日', date: d };
    d = addDays(d, step);
  }
  throw new Error(`no working day within ${MAX_SCAN} days of ${from}: the calendar data is wrong`);
}

/**
 * Whether two pieces of leave run into each other ("调休假不能连着…年假前后休"): on the same day
 * (morning and afternoon), or with only days off between them.
 */
export function spansJoined(calendar: WorkCalendar, a: LeaveSpan, b: LeaveSpan): boolean {
  const [first, second] = a.start <= b.start ? [a, b] : [b, a];
  if (first.end > second.start) return true; // they overlap; the overlap rule says more
  if (first.end === second.start) return true;
  if (!takesLastAfternoon(first) || !takesFirstMorning(second)) return false;
  for (let d = addDays(first.end, 1); d < second.start; d = addDays(d, 1)) {
    if (calendar.isWorkingDay(d)) return false;
  }
  return true;
}
