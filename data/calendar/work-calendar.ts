import type { LocalDate } from '../time/index.ts';
import { addDays, daysInMonth, eachDay, makeLocalDate, weekdayOf, yearOf } from '../time/index.ts';
import type { CalendarSchedule } from './calendar-schedule.ts';
import { statutoryHolidays } from './statutory-holidays.ts';

export type DayKind = 'workday' | 'weekend' | 'holiday' | 'makeup-workday';

export interface DayInfo {
  date: LocalDate;
  kind: DayKind;
  working: boolean;
  /** The holiday's name, or what a make-up working day is for; null on ordinary days. */
  name: string | null;
  /**
   * False when the year has no official schedule: the day was judged by the statutory holidays
   * (全国年节及纪念日放假办法) and the weekend rule; the make-up working days are not known yet.
   */
  scheduled: boolean;
}

export interface SkippedDay {
  date: LocalDate;
  /** '周末' or the holiday's name, e.g. '国庆节' */
  reason: string;
}

export interface WorkingDayCount {
  /** Working days from start to end, both included. */
  count: number;
  workingDays: LocalDate[];
  skipped: SkippedDay[];
  /** Weekend days that are worked (调休上班) and so were counted. */
  makeupWorkdays: { date: LocalDate; name: string }[];
  /**
   * Years in the range with no official schedule: the statutory holidays and weekends were
   * skipped there, but the make-up working days (调休上班日) are not known yet. Say so.
   */
  unscheduledYears: number[];
}

export interface DateRange {
  start: LocalDate;
  end: LocalDate;
}

export interface HolidayAdjacency {
  name: string;
  /** The holiday day that the range touches. */
  date: LocalDate;
  /** Where the holiday lies: 'before' the leave, 'after' it, or 'within' it (the range covers it). */
  side: 'before' | 'after' | 'within';
}

/** No holiday block plus weekend is anywhere near this long; a loop that gets here is a bug. */
const MAX_SCAN_DAYS = 60;

/**
 * The working calendar: Monday–Friday, minus statutory holidays, plus make-up working days.
 * For a year without an official schedule the holidays fixed by law are used
 * (statutory-holidays.ts; an entry the organisation's file gives for that year wins), and no
 * make-up working day is known; `hasSchedule` tells the caller to say so rather than trust the count.
 */
export class WorkCalendar {
  private readonly fallback = new Map<number, ReadonlyMap<LocalDate, string>>();

  constructor(private readonly schedule: CalendarSchedule) {}

  hasSchedule(year: number): boolean {
    return this.schedule.years.has(year);
  }

  /** Years between the two dates (both included) that have no official schedule. */
  unscheduledYears(start: LocalDate, end: LocalDate): number[] {
    const out: number[] = [];
    for (let y = yearOf(start); y <= yearOf(end); y++) if (!this.hasSchedule(y)) out.push(y);
    return out;
  }

  dayInfo(date: LocalDate): DayInfo {
    const scheduled = this.hasSchedule(yearOf(date));
    const holiday = this.holidayName(date);
    if (holiday !== null) return { date, kind: 'holiday', working: false, name: holiday, scheduled };
    const makeup = this.schedule.makeupWorkdays.get(date);
    if (makeup !== undefined) return { date, kind: 'makeup-workday', working: true, name: makeup, scheduled };
    const weekday = weekdayOf(date);
    if (weekday === 0 || weekday === 6) return { date, kind: 'weekend', working: false, name: null, scheduled };
    return { date, kind: 'workday', working: true, name: null, scheduled };
  }

  isWorkingDay(date: LocalDate): boolean {
    return this.dayInfo(date).working;
  }

  /** The statutory holiday's name ('国庆节'), or null. */
  holidayName(date: LocalDate): string | null {
    const official = this.schedule.holidays.get(date);
    if (official !== undefined) return official;
    const year = yearOf(date);
    // A make-up working day (a notice reaching into the next year, or HR's file) or HR's
    // 'normal' correction beats the fallback.
    if (this.hasSchedule(year) || this.schedule.makeupWorkdays.has(date)) return null;
    if (this.schedule.normalDays?.has(date)) return null;
    return this.statutory(year).get(date) ?? null;
  }

  isHoliday(date: LocalDate): boolean {
    return this.holidayName(date) !== null;
  }

  /** A weekend day that is officially worked (调休上班日). */
  isMakeupWorkday(date: LocalDate): boolean {
    return this.schedule.makeupWorkdays.has(date);
  }

  workingDaysBetween(start: LocalDate, end: LocalDate): WorkingDayCount {
    if (end < start) throw new RangeError(`end ${end} is before start ${start}`);
    const result: WorkingDayCount = {
      count: 0,
      workingDays: [],
      skipped: [],
      makeupWorkdays: [],
      unscheduledYears: this.unscheduledYears(start, end),
    };
    for (const date of eachDay(start, end)) {
      const info = this.dayInfo(date);
      if (info.working) {
        result.workingDays.push(date);
        if (info.kind === 'makeup-workday') result.makeupWorkdays.push({ date, name: info.name ?? '调休上班' });
      } else {
        result.skipped.push({ date, reason: info.kind === 'holiday' ? (info.name ?? '节假日') : '周末' });
      }
    }
    result.count = result.workingDays.length;
    return result;
  }

  /** The last working day strictly before `date`. */
  previousWorkingDay(date: LocalDate): LocalDate {
    return this.scan(addDays(date, -1), -1);
  }

  /** The first working day strictly after `date`. */
  nextWorkingDay(date: LocalDate): LocalDate {
    return this.scan(addDays(date, 1), 1);
  }

  /** `date` if it is a working day, else the working day before it (a deadline on a Sunday). */
  workingDayOnOrBefore(date: LocalDate): LocalDate {
    return this.scan(date, -1);
  }

  /** `date` if it is a working day, else the working day after it. */
  workingDayOnOrAfter(date: LocalDate): LocalDate {
    return this.scan(date, 1);
  }

  /**
   * The n-th working day after `date` (n > 0) or before it (n < 0), not counting `date`
   * itself; `date` unchanged when n = 0.
   */
  addWorkingDays(date: LocalDate, n: number): LocalDate {
    if (!Number.isInteger(n)) throw new RangeError(`addWorkingDays needs a whole number, got ${n}`);
    let d = date;
    for (let i = 0; i < Math.abs(n); i++) d = n > 0 ? this.nextWorkingDay(d) : this.previousWorkingDay(d);
    return d;
  }

  /**
   * The working day that lies `n` working days before `deadline` (the deadline itself not
   * counted): "one working day before the deadline" is `workingDaysBefore(deadline, 1)`.
   * With n = 0, the deadline itself or, when it is a day off, the working day before it.
   */
  workingDaysBefore(deadline: LocalDate, n: number): LocalDate {
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`workingDaysBefore needs n ≥ 0, got ${n}`);
    return n === 0 ? this.workingDayOnOrBefore(deadline) : this.addWorkingDays(deadline, -n);
  }

  firstWorkingDayOfMonth(year: number, month: number): LocalDate {
    return this.workingDayOnOrAfter(monthDay(year, month, 1));
  }

  lastWorkingDayOfMonth(year: number, month: number): LocalDate {
    return this.workingDayOnOrBefore(monthDay(year, month, daysInMonth(year, month)));
  }

  /**
   * Whether a leave range is joined to a statutory holiday ("年假不能与节假日连休"; 调休 likewise).
   *
   * Decision: the range is joined when it covers a holiday day, or when the run of consecutive
   * days off (weekends and holidays) right before its start or right after its end contains a
   * holiday. So leave on the Friday before a Saturday–Monday 清明 block is joined, and so is
   * leave on a Monday after a holiday that ended the previous Friday (the weekend between only
   * bridges them). One working day in between (a make-up working day included) separates them:
   * leave that begins the day after a worked 调休上班 Saturday is not joined.
   * In a year without a schedule the statutory holidays (and their 补假 days) are used.
   */
  adjacentHoliday(range: DateRange): HolidayAdjacency | null {
    if (range.end < range.start) throw new RangeError(`end ${range.end} is before start ${range.start}`);
    for (const date of eachDay(range.start, range.end)) {
      const name = this.holidayName(date);
      if (name !== null) return { name, date, side: 'within' };
    }
    const before = this.holidayInRestRun(addDays(range.start, -1), -1);
    if (before !== null) return { ...before, side: 'before' };
    const after = this.holidayInRestRun(addDays(range.end, 1), 1);
    if (after !== null) return { ...after, side: 'after' };
    return null;
  }

  isAdjacentToHoliday(range: DateRange): boolean {
    return this.adjacentHoliday(range) !== null;
  }

  /** The fallback holidays of an unscheduled year, computed once per year. */
  private statutory(year: number): ReadonlyMap<LocalDate, string> {
    let days = this.fallback.get(year);
    if (days === undefined) {
      days = new Map(statutoryHolidays(year).map((d) => [d.date, d.name]));
      this.fallback.set(year, days);
    }
    return days;
  }

  /** Walks the days off starting at `from`; the first holiday met, or null at a working day. */
  private holidayInRestRun(from: LocalDate, step: 1 | -1): { name: string; date: LocalDate } | null {
    let d = from;
    for (let i = 0; i < MAX_SCAN_DAYS; i++) {
      const info = this.dayInfo(d);
      if (info.working) return null;
      if (info.kind === 'holiday') return { name: info.name ?? '节假日', date: d };
      d = addDays(d, step);
    }
    throw new Error(`no working day within ${MAX_SCAN_DAYS} days of ${from}: the calendar data is wrong`);
  }

  private scan(from: LocalDate, step: 1 | -1): LocalDate {
    let d = from;
    for (let i = 0; i < MAX_SCAN_DAYS; i++) {
      if (this.isWorkingDay(d)) return d;
      d = addDays(d, step);
    }
    throw new Error(`no working day within ${MAX_SCAN_DAYS} days of ${from}: the calendar data is wrong`);
  }
}

function monthDay(year: number, month: number, day: number): LocalDate {
  const date = makeLocalDate(year, month, day);
  if (date === null) throw new RangeError(`no such month: ${year}-${month}`);
  return date;
}
