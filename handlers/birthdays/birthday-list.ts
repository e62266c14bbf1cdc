import type { Staff } from '../../data/org/staff.ts';
import { celebrationsBetween } from './celebrations.ts';
import { lunarDateName } from './lunar-date-name.ts';
import { birthdayText } from './messages.ts';
import type { Quarter } from './quarter.ts';

/** The quarter's birthday list for HR (name, team, day, solar/lunar), as the gift list needs it. */
export function birthdayList(staff: readonly Staff[], q: Quarter, note?: string): string {
  const lines = celebrationsBetween(staff, q.start, q.end).map(({ person, date }) => ({
    date,
    name: person.name,
    team: person.team,
    calendar:
      person.birthday?.calendar === 'lunar'
        ? lunarDateName(person.birthday.month, person.birthday.day, person.birthday.leapMonth)
        : birthdayText.solar,
  }));
  return birthdayText.quarterList(q.year, q.quarter, lines, note);
}
