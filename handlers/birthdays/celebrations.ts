import { birthdaysBetween } from '../../data/calendar/index.ts';
import type { Staff } from '../../data/org/staff.ts';
import type { LocalDate } from '../../bot/time/index.ts';

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
    for (const date of birthdaysBetween(person.birthday, start, end)) out.push({ person, date });
  }
  // Array.prototype.sort is stable, so people on one day keep the directory's order.
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** Whose birthday is celebrated on `date`. */
export function celebratedOn(staff: readonly Staff[], date: LocalDate): Staff[] {
  return celebrationsBetween(staff, date, date).map((c) => c.person);
}
