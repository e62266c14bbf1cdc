import { describe, expect, it } from 'vitest';
import { localDate } from '../../../data/time/index.ts';
import { createWorkCalendar } from '../../../data/calendar/load-work-calendar.ts';
import { parseHolidayOverride } from '../../../data/calendar/holiday-override.ts';
import { loadOrg } from '../../../data/org/load-org.ts';
import { currentInstances, instancesBetween } from '../../../handlers/reminders/deadline-instances.ts';

const { reminders, calendar } = loadOrg();
const d = localDate;
const find = (id: string, period: string, cal = calendar) =>
  instancesBetween(reminders, cal, d('2026-01-01'), d('2027-12-31')).find(
    (i) => i.deadline.id === id && i.period === period,
  )!;

describe('deadline instances', () => {
  it('puts "before the 5th of the next month" on the 5th and reminds the working day before', () => {
    const i = find('monthly-documents', '2026-11');
    expect(i.dueDate).toBe('2026-12-05');
    expect(i.reminderDates).toEqual(['2026-12-04']);
    expect(i.summaryDate).toBe('2026-12-04');
  });

  it('reminds a deadline that falls in a holiday on the working day before the holiday', () => {
    const i = find('personnel-report', '2026-09');
    expect(i.dueDate).toBe('2026-10-03');
    expect(i.reminderDates).toEqual(['2026-09-30']);
  });

  it('reminds a month-end report in the last week and on the last working day', () => {
    expect(find('monthly-report', '2026-10').reminderDates).toEqual(['2026-10-26', '2026-10-30']);
  });

  it('counts a make-up working day as a working day', () => {
    expect(find('monthly-report', '2026-02').reminderDates).toEqual(['2026-02-24', '2026-02-28']);
  });

  it("puts the quarterly archive on the 20th of the next quarter's first month", () => {
    expect(find('quarter-archive', '2026-Q4')).toMatchObject({ dueDate: '2027-01-20', periodLabel: '第四季度' });
    expect(find('quarter-archive', '2026-Q1')).toMatchObject({ dueDate: '2026-04-20', reminderDates: ['2026-04-17'] });
  });

  it('follows a year HR adds to holidays.json', () => {
    // A made-up 2027 schedule with 1 and 4 January off.
    const cal = createWorkCalendar(
      parseHolidayOverride(
        {
          years: {
            '2027': {
              complete: true,
              holidays: [
                { date: '2027-01-01', name: '元旦' },
                { date: '2027-01-04', name: '测试假日' },
              ],
              workdays: [],
            },
          },
        },
        'holidays.json',
      ),
    );
    // Documents due Tue 5 Jan 2027: the working day before is no longer Monday the 4th, nor
    // Friday the 1st, but Thursday 31 December.
    expect(find('monthly-documents', '2026-12', cal).reminderDates).toEqual(['2026-12-31']);
  });

  it('keeps an instance open for "已交" from the start of its month until a week after the deadline', () => {
    const open = (day: string) =>
      currentInstances(reminders, calendar, d(day)).map((i) => `${i.deadline.id}:${i.period}`);
    expect(open('2026-12-03')).toContain('monthly-documents:2026-11');
    expect(open('2026-12-03')).not.toContain('monthly-documents:2026-12');
    expect(open('2026-12-14')).toContain('monthly-documents:2026-12');
    expect(open('2027-01-07')).toContain('monthly-report:2026-12');
    expect(open('2027-01-08')).toContain('monthly-report:2027-01');
  });
});
