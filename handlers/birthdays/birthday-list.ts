import { Solar } from 'lunar-typescript';
import { localDateParts, type LocalDate } from '../../data/time/index.ts';
import type { Staff } from '../../data/org/staff.ts';
import { celebrationsBetween } from './celebrations.ts';
import { lunarDateName } from './lunar-date-name.ts';
import { birthdayText } from './messages.ts';
import type { Quarter } from './quarter.ts';

/**
 * The quarter's birthday list for HR (day it falls on, lunar date for a lunar birthday, name, team,
 * and whether the person declined a public greeting, by `prefs` over the directory's column).
 */
export function birthdayList(
  staff: readonly Staff[],
  q: Quarter,
  prefs: ReadonlyMap<string, boolean>,
  note?: string,
): string {
  const lines = celebrationsBetween(staff, q.start, q.end).map(({ person, date }) => {
    const b = person.birthday;
    const lunar = b?.calendar === 'lunar' ? lunarText(date, lunarDateName(b.month, b.day, b.leapMonth)) : undefined;
    const quiet = !(prefs.get(person.id) ?? person.greetPublicly);
    return { date, name: person.name, team: person.team, lunar, quiet };
  });
  return birthdayText.quarterList(q.year, q.quarter, lines, note);
}

/**
 * The lunar date of the day the birthday falls on; when that is not the birthday as written
 * (a 三十 in a 29-day month, a 闰月 birthday in a year without that leap month), the birthday
 * too, so HR is not puzzled by the day.
 */
function lunarText(date: LocalDate, birthday: string): string {
  const { year, month, day } = localDateParts(date);
  const lunar = Solar.fromYmd(year, month, day).getLunar();
  const onDay = lunarDateName(Math.abs(lunar.getMonth()), lunar.getDay(), lunar.getMonth() < 0);
  return onDay === birthday ? onDay : birthdayText.lunarDiffers(onDay, birthday);
}
