import { Lunar, LunarMonth } from 'lunar-typescript';
import type { LocalDate } from '../time/index.ts';
import { isLeapYear, makeLocalDate, yearOf } from '../time/index.ts';

export interface Birthday {
  month: number;
  day: number;
  calendar: 'solar' | 'lunar';
  /** A lunar birthday in a leap month (闰月). */
  leapMonth?: boolean;
}

/**
 * The day a birthday is celebrated in `year` (DOMAIN §7).
 *
 * Solar: that day of `year`; 29 Feb falls on 28 Feb in common years.
 * Lunar: that day of the *lunar* year `year` (the one beginning at 春节 of `year`). A birthday
 * in the 11th or 12th lunar month can therefore fall in January or February of `year + 1`,
 * and a Gregorian year can hold two such birthdays or none; this is the only definition
 * that gives every year exactly one celebration. To ask "whose birthday falls on these
 * days", use `birthdaysBetween` / `isBirthdayOn`, which handle that.
 * A leap-month birthday is celebrated in the ordinary month of the same number, and a 30th
 * that the month lacks that year falls on its last day (the 29th).
 */
export function birthdayInYear(b: Birthday, year: number): LocalDate {
  checkBirthday(b);
  if (b.calendar === 'solar') {
    const day = b.month === 2 && b.day === 29 && !isLeapYear(year) ? 28 : b.day;
    const date = makeLocalDate(year, b.month, day);
    if (date === null) throw new RangeError(`no such day: ${year}-${b.month}-${b.day}`);
    return date;
  }
  // Positive month numbers are the ordinary months in lunar-typescript (leap months are negative).
  const month = LunarMonth.fromYm(year, b.month);
  if (month === null) throw new RangeError(`lunar year ${year} is out of range`);
  const day = Math.min(b.day, month.getDayCount());
  const solar = Lunar.fromYmd(year, b.month, day).getSolar();
  const date = makeLocalDate(solar.getYear(), solar.getMonth(), solar.getDay());
  if (date === null) throw new RangeError(`lunar ${year}-${b.month}-${b.day} has no solar date`);
  return date;
}

/** Every celebration of the birthday between `start` and `end`, both included, in order. */
export function birthdaysBetween(b: Birthday, start: LocalDate, end: LocalDate): LocalDate[] {
  const out: LocalDate[] = [];
  // A lunar year begins in late January or February, so lunar year Y−1 reaches into Y.
  const first = yearOf(start) - (b.calendar === 'lunar' ? 1 : 0);
  for (let y = first; y <= yearOf(end); y++) {
    const date = birthdayInYear(b, y);
    if (date >= start && date <= end) out.push(date);
  }
  return out;
}

export function isBirthdayOn(b: Birthday, date: LocalDate): boolean {
  return birthdaysBetween(b, date, date).length > 0;
}

function checkBirthday(b: Birthday): void {
  const maxDay = b.calendar === 'solar' ? [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][b.month - 1] : 30;
  if (!Number.isInteger(b.month) || maxDay === undefined || !Number.isInteger(b.day) || b.day < 1 || b.day > maxDay) {
    throw new RangeError(`not a ${b.calendar} birthday: month ${b.month}, day ${b.day}`);
  }
  if (b.calendar === 'solar' && b.leapMonth === true) throw new RangeError('a solar birthday has no leap month');
}
