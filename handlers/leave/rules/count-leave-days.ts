import { diffDays, type LocalDate } from '../../../data/time/index.ts';
import type { SkippedDay, WorkCalendar } from '../../../data/calendar/index.ts';
import { halvesOn, type LeaveSpan } from './leave-span.ts';

export interface LeaveDayCount {
  /** Counted days, in half days. */
  readonly days: number;
  /** Days off inside the span that were not counted (working-day types only). */
  readonly skipped: readonly SkippedDay[];
  /** Weekend days worked (调休上班) inside the span, which were counted. */
  readonly makeupWorkdays: readonly { date: LocalDate; name: string }[];
  /** Years with no official holiday schedule: only weekends were skipped there. */
  readonly unscheduledYears: readonly number[];
}

/**
 * Days a span costs: working days for most leave (weekends and statutory holidays excluded,
 * make-up working days included), calendar days for the types configured so (产假…).
 * A half-day end costs half a day only when that day is counted at all.
 */
export function countLeaveDays(
  calendar: WorkCalendar,
  counting: 'working-days' | 'calendar-days',
  span: LeaveSpan,
): LeaveDayCount {
  if (span.end < span.start) throw new RangeError(`end ${span.end} is before start ${span.start}`);
  const halfOff = (date: LocalDate) => (halvesOn(span, date).length === 1 ? 0.5 : 0);
  if (counting === 'calendar-days') {
    const whole = diffDays(span.start, span.end) + 1;
    const days = whole - halfOff(span.start) - (span.end !== span.start ? halfOff(span.end) : 0);
    return { days, skipped: [], makeupWorkdays: [], unscheduledYears: [] };
  }
  const count = calendar.workingDaysBetween(span.start, span.end);
  let days = count.count;
  for (const date of span.start === span.end ? [span.start] : [span.start, span.end]) {
    if (calendar.isWorkingDay(date)) days -= halfOff(date);
  }
  return {
    days,
    skipped: count.skipped,
    makeupWorkdays: count.makeupWorkdays,
    unscheduledYears: count.unscheduledYears,
  };
}

/** Calendar days the span touches (sick-leave months for the annual-leave forfeiture rule). */
export function calendarDaysOf(span: LeaveSpan): number {
  return diffDays(span.start, span.end) + 1;
}
