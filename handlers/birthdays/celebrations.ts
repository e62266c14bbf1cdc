import { birthdayInYear, type Birthday } from '../../data/calendar/index.ts';
import type { Staff } from '../../data/org/staff.ts';
import { yearOf, type LocalDate } from '../../data/time/index.ts';

export interface Celebration {
  readonly person: Staff;
  /** The day it is celebrated (DOMAIN §7: leap months, missing 30ths and 29 February already applied). */
  readonly date: LocalDate;
}

/** Everyone's celebrations between `start` and `end` (both included), by date, then in directory order. */
export function celebrationsBetween(staff: readonly Staff[], start: LocalDate, end: LocalDate): Celebration[] {
  const out: Celebration[] = [];
  for (const person of staff) {
    if (!person.birthday) continue;
    for (const date of celebrationDays(person.birthday, start, end)) out.push({ person, date });
  }
  // Array.prototype.sort is stable, so people on one day keep the directory's order.
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** Whose birthday is celebrated on `date`. */
export function celebratedOn(staff: readonly Staff[], date: LocalDate): Staff[] {
  return celebrationsBetween(staff, date, date).map((c) => c.person);
}

/**
 * `birthdaysBetween` (data/calendar), memoised: a lunar conversion costs about half a
 * millisecond, and planning a year for 300 staff asks for each birthday hundreds of times.
 */
function celebrationDays(b: Birthday, start: LocalDate, end: LocalDate): LocalDate[] {
  const out: LocalDate[] = [];
  // A lunar year begins in late January or February, so lunar year Y−1 reaches into Y.
  for (let y = yearOf(start) - (b.calendar === 'lunar' ? 1 : 0); y <= yearOf(end); y++) {
    const date = celebratedIn(b, y);
    if (date >= start && date <= end) out.push(date);
  }
  return out;
}

const cache = new Map<string, LocalDate>();

function celebratedIn(b: Birthday, year: number): LocalDate {
  const key = `${b.calendar}/${b.month}/${b.day}/${b.leapMonth === true}/${year}`;
  let date = cache.get(key);
  if (date === undefined) {
    date = birthdayInYear(b, year);
    cache.set(key, date);
  }
  return date;
}
