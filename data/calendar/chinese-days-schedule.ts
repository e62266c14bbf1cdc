import chineseDays from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import { z } from 'zod';
import type { LocalDate } from '../time/index.ts';
import { parseLocalDate } from '../time/index.ts';
import type { CalendarSchedule } from './calendar-schedule.ts';

/*
 * We read chinese-days' data file instead of calling its functions: its date parsing uses the
 * process time zone (in America/Los_Angeles `getDayDetail('2026-10-01')` answers for 30 Sep),
 * and for a year after its data it silently calls every weekday a working day. Reading the
 * data lets us know exactly which years are covered.
 */

const packageData = z.object({
  holidays: z.record(z.string(), z.string()),
  workdays: z.record(z.string(), z.string()),
});

/** chinese-days writes 'Tomb-sweeping Day,清明,1'; staff know the holiday by its full name. */
const DISPLAY_NAMES: Record<string, string> = {
  清明: '清明节',
  端午: '端午节',
  中秋: '中秋节',
  中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日: '抗战胜利70周年纪念日',
};

function chineseName(value: string): string {
  const name = value.split(',')[1]?.trim() ?? value;
  return DISPLAY_NAMES[name] ?? name;
}

/**
 * A year counts as covered when the data holds its Spring Festival: the State Council publishes
 * a year's whole schedule in one notice, so a year with 春节 is complete. (Make-up days of a
 * notice can spill into the neighbouring year, e.g. 2011-12-31 for 元旦 2012, so "has any
 * entry" would wrongly mark that neighbour as covered.)
 */
export function chineseDaysSchedule(): CalendarSchedule {
  const data = packageData.parse(chineseDays);
  const holidays = new Map<LocalDate, string>();
  const makeupWorkdays = new Map<LocalDate, string>();
  const years = new Set<number>();
  for (const [key, value] of Object.entries(data.holidays)) {
    const date = parseLocalDate(key);
    if (date === null) continue;
    const name = chineseName(value);
    holidays.set(date, name);
    if (name === '春节') years.add(Number(key.slice(0, 4)));
  }
  for (const [key, value] of Object.entries(data.workdays)) {
    const date = parseLocalDate(key);
    if (date === null) continue;
    makeupWorkdays.set(date, `${chineseName(value)}调休上班`);
  }
  return { years, holidays, makeupWorkdays };
}
