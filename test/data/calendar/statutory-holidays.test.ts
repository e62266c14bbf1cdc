import { describe, expect, it } from 'vitest';
import { eachDay, localDate, weekdayOf, type LocalDate } from '../../../data/time/index.ts';
import { chineseDaysSchedule, statutoryHolidays, WorkCalendar } from '../../../data/calendar/index.ts';
import { createWorkCalendar } from '../../../data/calendar/load-work-calendar.ts';

const d = localDate;
const official = chineseDaysSchedule();
/** A calendar that knows no official schedule at all: the statutory fallback for every year. */
const fallbackOnly = new WorkCalendar({ years: new Set(), holidays: new Map(), makeupWorkdays: new Map() });
const isWeekend = (date: LocalDate) => weekdayOf(date) === 0 || weekdayOf(date) === 6;

/*
 * What the State Council's notice adds to the law, and the fallback therefore cannot know:
 * bridge days (weekdays given off to join a holiday to a weekend) and make-up working days.
 */
const EXPECTED = {
  2025: {
    bridgeDays: ['2025-02-03', '2025-02-04', '2025-05-05', '2025-10-07', '2025-10-08'],
    makeupWorkdays: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
  },
  2026: {
    bridgeDays: ['2026-01-02', '2026-02-20', '2026-02-23', '2026-05-05', '2026-10-06', '2026-10-07'],
    makeupWorkdays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
  },
} as const;

describe('the statutory holidays used for a year without an official schedule', () => {
  it('computes the lunar days and 清明 instead of reading them from a table', () => {
    const names = (year: number) =>
      statutoryHolidays(year)
        .filter((h) => !h.substitute)
        .map((h) => `${h.date} ${h.name}`);
    expect(names(2027)).toEqual([
      '2027-01-01 元旦',
      '2027-02-05 春节', // 除夕
      '2027-02-06 春节',
      '2027-02-07 春节',
      '2027-02-08 春节', // 初三
      '2027-04-05 清明节',
      '2027-05-01 劳动节',
      '2027-05-02 劳动节',
      '2027-06-09 端午节',
      '2027-09-15 中秋节',
      '2027-10-01 国庆节',
      '2027-10-02 国庆节',
      '2027-10-03 国庆节',
    ]);
  });

  it('makes up a holiday day that falls on a weekend on the following working day (Article 6)', () => {
    const substitutes = (year: number) =>
      statutoryHolidays(year)
        .filter((h) => h.substitute)
        .map((h) => `${h.date} ${h.name}`);
    // 春节 2027: 初一 and 初二 are Saturday and Sunday; 劳动节 and 国庆节 likewise.
    expect(substitutes(2027)).toEqual([
      '2027-02-09 春节',
      '2027-02-10 春节',
      '2027-05-03 劳动节',
      '2027-05-04 劳动节',
      '2027-10-04 国庆节',
      '2027-10-05 国庆节',
    ]);
    // 2028: 元旦 on a Saturday, 中秋 on 3 October (one day off, no make-up for the overlap).
    expect(substitutes(2028)).toContain('2028-01-03 元旦');
    expect(statutoryHolidays(2028).find((h) => h.date === '2028-10-03')?.name).toBe('国庆节、中秋节');
    // 1–3 Oct + 4 Oct for the Sunday.
    expect(statutoryHolidays(2028).filter((h) => h.name.startsWith('国庆')).length).toBe(4);
  });

  for (const year of [2025, 2026] as const) {
    it(`agrees with the official ${year} schedule except for its bridge days and make-up working days`, () => {
      const days = [...eachDay(d(`${year}-01-01`), d(`${year}-12-31`))];
      // Every day the law (and Article 6) gives off is off in the official schedule too.
      for (const h of statutoryHolidays(year)) expect(official.holidays.has(h.date), `${h.date} ${h.name}`).toBe(true);
      // Every official holiday is off in the fallback, except the bridge days.
      const officialOffNotFallback = days.filter(
        (x) => official.holidays.has(x) && !fallbackOnly.isHoliday(x) && !isWeekend(x),
      );
      expect(officialOffNotFallback).toEqual([...EXPECTED[year].bridgeDays]);
      // Make-up working days are weekends the fallback leaves off.
      const makeups = days.filter((x) => official.makeupWorkdays.has(x));
      expect(makeups).toEqual([...EXPECTED[year].makeupWorkdays]);
      for (const m of makeups) expect(fallbackOnly.isWorkingDay(m)).toBe(false);
      // So the year's working days differ by exactly those days.
      const real = createWorkCalendar().workingDaysBetween(d(`${year}-01-01`), d(`${year}-12-31`)).count;
      const fallback = fallbackOnly.workingDaysBetween(d(`${year}-01-01`), d(`${year}-12-31`)).count;
      expect(fallback - real).toBe(EXPECTED[year].bridgeDays.length - EXPECTED[year].makeupWorkdays.length);
    });
  }

  it('is the calendar of 2027 until the official schedule is added, which then wins', () => {
    const cal = createWorkCalendar();
    expect(cal.hasSchedule(2027)).toBe(false);
    expect(cal.isWorkingDay(d('2027-01-01'))).toBe(false);
    expect(cal.firstWorkingDayOfMonth(2027, 10)).toBe('2027-10-06');
    expect(cal.adjacentHoliday({ start: d('2027-09-30'), end: d('2027-09-30') })).toMatchObject({
      name: '国庆节',
      side: 'after',
    });
    const withNotice = createWorkCalendar({
      years: { '2027': { complete: true, holidays: [{ date: d('2027-10-01'), name: '国庆节' }], workdays: [] } },
      corrections: [],
    });
    expect(withNotice.isWorkingDay(d('2027-10-04'))).toBe(true);
    expect(withNotice.isWorkingDay(d('2027-01-01'))).toBe(true); // the file says it is the whole year
  });

  it('gives way to a single-day correction in holidays.json', () => {
    const cal = createWorkCalendar({
      years: {},
      corrections: [
        { date: d('2027-02-10'), type: 'normal', reason: 'test' },
        { date: d('2027-10-05'), type: 'workday', name: '国庆节调休上班', reason: 'test' },
      ],
    });
    expect(cal.isWorkingDay(d('2027-02-10'))).toBe(true);
    expect(cal.isWorkingDay(d('2027-10-05'))).toBe(true);
    expect(cal.isWorkingDay(d('2027-02-09'))).toBe(false);
  });

  it('is not applied to years before the amended rules (2025)', () => {
    expect(statutoryHolidays(2003)).toEqual([]);
  });
});
