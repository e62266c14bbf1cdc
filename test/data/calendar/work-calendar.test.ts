import { describe, expect, it } from 'vitest';
import { localDate } from '../../../data/time/index.ts';
import { createWorkCalendar } from '../../../data/calendar/load-work-calendar.ts';
import { parseHolidayOverride } from '../../../data/calendar/holiday-override.ts';

const cal = createWorkCalendar();
const d = localDate;

describe('WorkCalendar on the package schedule', () => {
  it('knows which years have an official schedule and does not pretend for 2027', () => {
    expect(cal.hasSchedule(2004)).toBe(true);
    expect(cal.hasSchedule(2026)).toBe(true);
    expect(cal.hasSchedule(2027)).toBe(false);
    expect(cal.hasSchedule(2003)).toBe(false);
  });

  it('treats statutory holidays as days off and names them', () => {
    expect(cal.isWorkingDay(d('2026-10-01'))).toBe(false);
    expect(cal.holidayName(d('2026-10-01'))).toBe('国庆节');
    expect(cal.holidayName(d('2026-04-06'))).toBe('清明节');
    expect(cal.holidayName(d('2026-02-15'))).toBe('春节'); // a Sunday inside the block
    expect(cal.holidayName(d('2026-10-08'))).toBeNull();
  });

  it('counts make-up working days as working days', () => {
    expect(cal.isMakeupWorkday(d('2026-02-28'))).toBe(true); // Saturday
    expect(cal.isWorkingDay(d('2026-02-28'))).toBe(true);
    expect(cal.dayInfo(d('2026-02-28'))).toMatchObject({ kind: 'makeup-workday', name: '春节调休上班' });
    expect(cal.isMakeupWorkday(d('2026-03-07'))).toBe(false);
    expect(cal.isWorkingDay(d('2026-03-07'))).toBe(false);
  });

  it('counts working days and says why the others were skipped', () => {
    const r = cal.workingDaysBetween(d('2026-09-28'), d('2026-10-11'));
    // 9/28–9/30 work, 10/1–10/7 National Day, 10/8–10/9 work, 10/10 make-up Saturday, 10/11 Sunday
    expect(r.count).toBe(6);
    expect(r.workingDays).toEqual(['2026-09-28', '2026-09-29', '2026-09-30', '2026-10-08', '2026-10-09', '2026-10-10']);
    expect(r.skipped).toHaveLength(8);
    expect(r.skipped[0]).toEqual({ date: '2026-10-01', reason: '国庆节' });
    expect(r.skipped.at(-1)).toEqual({ date: '2026-10-11', reason: '周末' });
    expect(r.makeupWorkdays).toEqual([{ date: '2026-10-10', name: '国庆节调休上班' }]);
    expect(r.unscheduledYears).toEqual([]);
  });

  it('counts a single working day and refuses a reversed range', () => {
    expect(cal.workingDaysBetween(d('2026-12-07'), d('2026-12-07')).count).toBe(1);
    expect(() => cal.workingDaysBetween(d('2026-12-08'), d('2026-12-07'))).toThrow(RangeError);
  });

  it('skips the statutory holidays in a year without a schedule and reports that year', () => {
    const r = cal.workingDaysBetween(d('2026-12-28'), d('2027-01-08'));
    // 2027-01-01 (a Friday) is 元旦 by law even before the State Council's notice
    expect(r.count).toBe(9);
    expect(r.skipped).toContainEqual({ date: '2027-01-01', reason: '元旦' });
    expect(r.unscheduledYears).toEqual([2027]);
    expect(cal.dayInfo(d('2027-01-01'))).toMatchObject({ kind: 'holiday', name: '元旦', scheduled: false });
  });

  it('finds previous and next working days across holidays', () => {
    expect(cal.nextWorkingDay(d('2026-09-30'))).toBe('2026-10-08');
    expect(cal.previousWorkingDay(d('2026-10-08'))).toBe('2026-09-30');
    expect(cal.nextWorkingDay(d('2026-02-13'))).toBe('2026-02-14'); // make-up Saturday
    expect(cal.workingDayOnOrBefore(d('2026-12-06'))).toBe('2026-12-04');
    expect(cal.workingDayOnOrBefore(d('2026-12-04'))).toBe('2026-12-04');
    expect(cal.workingDayOnOrAfter(d('2026-10-03'))).toBe('2026-10-08');
  });

  it('adds and subtracts working days', () => {
    expect(cal.addWorkingDays(d('2026-09-29'), 3)).toBe('2026-10-09');
    expect(cal.addWorkingDays(d('2026-10-09'), -3)).toBe('2026-09-29');
    expect(cal.addWorkingDays(d('2026-10-03'), 0)).toBe('2026-10-03');
    expect(cal.workingDaysBefore(d('2026-10-08'), 1)).toBe('2026-09-30');
    expect(cal.workingDaysBefore(d('2026-12-14'), 3)).toBe('2026-12-09');
    expect(cal.workingDaysBefore(d('2026-12-06'), 0)).toBe('2026-12-04');
    expect(() => cal.workingDaysBefore(d('2026-12-06'), -1)).toThrow(RangeError);
  });

  it('finds the first and last working day of a month', () => {
    expect(cal.firstWorkingDayOfMonth(2026, 10)).toBe('2026-10-08');
    expect(cal.lastWorkingDayOfMonth(2026, 10)).toBe('2026-10-30');
    expect(cal.lastWorkingDayOfMonth(2026, 1)).toBe('2026-01-30');
    expect(cal.firstWorkingDayOfMonth(2026, 1)).toBe('2026-01-04'); // make-up Sunday after 元旦
    expect(cal.lastWorkingDayOfMonth(2026, 2)).toBe('2026-02-28'); // make-up Saturday
  });
});

describe('leave joined to a public holiday', () => {
  it('counts leave right after the holiday as joined', () => {
    expect(cal.adjacentHoliday({ start: d('2026-10-08'), end: d('2026-10-09') })).toEqual({
      name: '国庆节',
      date: '2026-10-07',
      side: 'before',
    });
  });

  it('counts leave right before the holiday as joined', () => {
    expect(cal.adjacentHoliday({ start: d('2026-09-30'), end: d('2026-09-30') })).toMatchObject({
      name: '国庆节',
      date: '2026-10-01',
      side: 'after',
    });
  });

  it('counts leave joined across a plain weekend as joined', () => {
    // 端午 2026-06-19 (Fri) – 06-21 (Sun); 清明 2026-04-04 (Sat) – 04-06 (Mon)
    expect(cal.isAdjacentToHoliday({ start: d('2026-06-22'), end: d('2026-06-23') })).toBe(true);
    expect(cal.isAdjacentToHoliday({ start: d('2026-04-03'), end: d('2026-04-03') })).toBe(true);
    // Mid-autumn 2026-09-25 (Fri) – 27 (Sun): leave on Mon 28th touches it directly
    expect(cal.adjacentHoliday({ start: d('2026-09-28'), end: d('2026-09-28') })).toMatchObject({ name: '中秋节' });
  });

  it('counts leave that covers a holiday as joined', () => {
    expect(cal.adjacentHoliday({ start: d('2026-04-02'), end: d('2026-04-08') })).toMatchObject({
      name: '清明节',
      side: 'within',
    });
  });

  it('does not count leave separated from the holiday by a working day', () => {
    // 10/8 is a working day between the holiday and the leave
    expect(cal.isAdjacentToHoliday({ start: d('2026-10-09'), end: d('2026-10-09') })).toBe(false);
    // 10/10 (Sat) is a make-up working day, so Monday 10/12 is not joined
    expect(cal.isAdjacentToHoliday({ start: d('2026-10-12'), end: d('2026-10-13') })).toBe(false);
    expect(cal.isAdjacentToHoliday({ start: d('2026-12-07'), end: d('2026-12-11') })).toBe(false);
  });

  it('does not count a plain weekend between two ordinary weeks', () => {
    expect(cal.isAdjacentToHoliday({ start: d('2026-11-13'), end: d('2026-11-16') })).toBe(false);
  });
});

describe('WorkCalendar with an organisation override', () => {
  const override = parseHolidayOverride(
    {
      years: {
        '2027': {
          complete: true,
          holidays: [{ date: '2027-10-01', name: '国庆节' }],
          workdays: [{ date: '2027-10-09', name: '国庆节调休上班' }],
        },
        '2026': { complete: false, holidays: [{ date: '2026-12-24', name: '机构纪念日' }] },
      },
      corrections: [{ date: '2026-10-08', type: 'holiday', name: '国庆节', reason: 'test' }],
    },
    'test.json',
  );
  const withOverride = createWorkCalendar(override);

  it('marks a year given complete in the file as scheduled', () => {
    expect(withOverride.hasSchedule(2027)).toBe(true);
    expect(withOverride.holidayName(d('2027-10-01'))).toBe('国庆节');
    expect(withOverride.isMakeupWorkday(d('2027-10-09'))).toBe(true);
    expect(withOverride.workingDaysBetween(d('2027-09-30'), d('2027-10-01')).unscheduledYears).toEqual([]);
  });

  it('adds single days on top of the package data without replacing the year', () => {
    expect(withOverride.holidayName(d('2026-12-24'))).toBe('机构纪念日');
    expect(withOverride.holidayName(d('2026-10-01'))).toBe('国庆节');
  });

  it('applies corrections last', () => {
    expect(withOverride.isWorkingDay(d('2026-10-08'))).toBe(false);
    expect(cal.isWorkingDay(d('2026-10-08'))).toBe(true);
  });

  it('replaces the package days of a year listed as complete', () => {
    const replaced = createWorkCalendar(
      parseHolidayOverride(
        { years: { '2026': { complete: true, holidays: [{ date: '2026-10-01', name: '国庆节' }] } } },
        'x.json',
      ),
    );
    expect(replaced.isWorkingDay(d('2026-10-02'))).toBe(true);
    expect(replaced.isMakeupWorkday(d('2026-02-28'))).toBe(false);
    expect(replaced.hasSchedule(2026)).toBe(true);
  });

  it('can turn a holiday back into a normal day', () => {
    const corrected = createWorkCalendar(
      parseHolidayOverride({ years: {}, corrections: [{ date: '2026-10-02', type: 'normal', reason: 'x' }] }, 'x.json'),
    );
    expect(corrected.isWorkingDay(d('2026-10-02'))).toBe(true);
    expect(corrected.holidayName(d('2026-10-02'))).toBeNull();
  });
});
