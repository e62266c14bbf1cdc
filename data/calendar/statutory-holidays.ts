import { Lunar } from 'lunar-typescript';
import type { LocalDate } from '../time/index.ts';
import { addDays, makeLocalDate, weekdayOf } from '../time/index.ts';

/*
 * The holidays fixed by law, for a year the State Council has not yet scheduled.
 * Source: 《全国年节及纪念日放假办法》 as amended by State Council decree 795 (in force 1 January 2025):
 *   第二条 全体公民放假的节日: 元旦 1月1日; 春节 农历除夕至正月初三 (4 days); 清明节 on the 清明
 *   solar term; 劳动节 5月1日、2日; 端午节 农历五月初五; 中秋节 农历八月十五; 国庆节 10月1日至3日.
 *   第六条 全体公民放假的假日，如果适逢周六、周日，应当在工作日补假.
 * Lunar days and the solar term are computed with lunar-typescript, never typed in.
 *
 * Decision (Article 6): each holiday day that falls on a Saturday or Sunday is made up on the
 * working day(s) right after that holiday's block of days off, named like the holiday. The
 * State Council's actual notice usually differs (it moves weekends to make a longer block and
 * adds make-up working days, 调休上班日); those moves cannot be known in advance, so callers
 * say the count is provisional (WorkCalendar.unscheduledYears).
 */

/** The first year the amended 办法 applies to; an earlier year without a schedule gets no fallback. */
export const STATUTORY_RULES_FROM = 2025;

export interface StatutoryDay {
  readonly date: LocalDate;
  readonly name: string;
  /** A weekday given instead of a holiday day that fell on a weekend (第六条补假). */
  readonly substitute: boolean;
}

/** The statutory holiday days of `year` with their Article 6 substitutes, in date order. */
export function statutoryHolidays(year: number): StatutoryDay[] {
  if (year < STATUTORY_RULES_FROM) return [];
  const days = new Map<LocalDate, string>();
  const blocks: { name: string; dates: LocalDate[] }[] = [];
  const add = (name: string, dates: LocalDate[]) => {
    // 中秋 on 1–3 October is one day off, not two, and no 补假 is owed for the overlap.
    for (const d of dates.filter((d) => days.has(d))) days.set(d, `${days.get(d)}、${name}`);
    const fresh = dates.filter((d) => !days.has(d));
    for (const d of fresh) days.set(d, name);
    if (fresh.length) blocks.push({ name, dates: fresh });
  };
  const newYear = lunarDate(year, 1, 1);
  add('元旦', [solar(year, 1, 1)]);
  add('春节', [addDays(newYear, -1), newYear, addDays(newYear, 1), addDays(newYear, 2)]);
  add('清明节', [qingming(year)]);
  add('劳动节', [solar(year, 5, 1), solar(year, 5, 2)]);
  add('端午节', [lunarDate(year, 5, 5)]);
  add('国庆节', [solar(year, 10, 1), solar(year, 10, 2), solar(year, 10, 3)]);
  add('中秋节', [lunarDate(year, 8, 15)]);

  const out: StatutoryDay[] = [...days].map(([date, name]) => ({ date, name, substitute: false }));
  const taken = new Set(days.keys());
  for (const block of blocks.sort((a, b) => (a.dates[0]! < b.dates[0]! ? -1 : 1))) {
    const onWeekend = block.dates.filter(isWeekend).length;
    let d = block.dates.at(-1)!;
    for (let given = 0; given < onWeekend; ) {
      d = addDays(d, 1);
      if (isWeekend(d) || taken.has(d)) continue;
      taken.add(d);
      out.push({ date: d, name: block.name, substitute: true });
      given++;
    }
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

function isWeekend(date: LocalDate): boolean {
  const w = weekdayOf(date);
  return w === 0 || w === 6;
}

function solar(year: number, month: number, day: number): LocalDate {
  const date = makeLocalDate(year, month, day);
  if (date === null) throw new RangeError(`no such day: ${year}-${month}-${day}`);
  return date;
}

/** The solar date of lunar month/day in the lunar year that begins at 春节 of `year`. */
function lunarDate(year: number, month: number, day: number): LocalDate {
  const s = Lunar.fromYmd(year, month, day).getSolar();
  return solar(s.getYear(), s.getMonth(), s.getDay());
}

/** 清明 of `year` (early April, so it lies in the lunar year that begins at that year's 春节). */
function qingming(year: number): LocalDate {
  const s = Lunar.fromYmd(year, 1, 1).getJieQiTable()['清明'];
  if (s === undefined) throw new RangeError(`no 清明 found for ${year}`);
  return solar(s.getYear(), s.getMonth(), s.getDay());
}
