import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { localDate } from '../../../data/time/index.ts';
import { HolidayOverrideError } from '../../../data/calendar/holiday-override-error.ts';
import { parseHolidayOverride } from '../../../data/calendar/holiday-override.ts';
import { loadWorkCalendar } from '../../../data/calendar/load-work-calendar.ts';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const sampleFile = fileURLToPath(new URL('../../../data/orgs/sample/holidays.json', import.meta.url));

function errorOf(fn: () => unknown): HolidayOverrideError {
  try {
    fn();
  } catch (e) {
    if (e instanceof HolidayOverrideError) return e;
    throw e;
  }
  throw new Error('expected a HolidayOverrideError');
}

describe('holidays.json validation', () => {
  it('names the file, the entry index and the field of a bad date', () => {
    const e = errorOf(() =>
      parseHolidayOverride(
        {
          years: {
            '2027': {
              complete: true,
              holidays: [
                { date: '2027-01-01', name: '元旦' },
                { date: '2027-02-30', name: '春节' },
              ],
            },
          },
        },
        'orgs/x/holidays.json',
      ),
    );
    expect(e.message).toContain('orgs/x/holidays.json: years.2027.holidays[1].date:');
    expect(e.issues).toHaveLength(1);
  });

  it('requires a holiday name and a complete flag', () => {
    const e = errorOf(() =>
      parseHolidayOverride({ years: { '2027': { holidays: [{ date: '2027-01-01' }] } } }, 'h.json'),
    );
    const paths = e.issues.map((i) => i.path);
    expect(paths).toContain('years.2027.complete');
    expect(paths).toContain('years.2027.holidays[0].name');
  });

  it('rejects misspelt keys instead of ignoring them', () => {
    const e = errorOf(() => parseHolidayOverride({ years: { '2027': { complete: true, holiday: [] } } }, 'h.json'));
    expect(e.message).toMatch(/years\.2027: .*holiday/);
  });

  it('rejects a bad year key, a date outside the year and a duplicate date', () => {
    const e = errorOf(() =>
      parseHolidayOverride(
        {
          years: {
            '2027': {
              complete: true,
              holidays: [
                { date: '2027-10-01', name: '国庆节' },
                { date: '2027-10-01', name: '国庆节' },
                { date: '2028-10-02', name: '国庆节' },
              ],
            },
          },
        },
        'h.json',
      ),
    );
    expect(e.issues.map((i) => i.path)).toEqual(['years.2027.holidays[1].date', 'years.2027.holidays[2].date']);
    const keyError = errorOf(() => parseHolidayOverride({ years: { '27': { complete: true } } }, 'h.json'));
    expect(keyError.message).toContain('years.27');
  });

  it('accepts a make-up day in the December before the year and rejects one on a weekday', () => {
    expect(() =>
      parseHolidayOverride({ years: { '2012': { complete: true, workdays: [{ date: '2011-12-31' }] } } }, 'h.json'),
    ).not.toThrow();
    const e = errorOf(() =>
      parseHolidayOverride({ years: { '2027': { complete: true, workdays: [{ date: '2027-02-03' }] } } }, 'h.json'),
    );
    expect(e.issues[0]).toMatchObject({ path: 'years.2027.workdays[0].date' });
    expect(e.issues[0]?.message).toMatch(/weekday/);
  });

  it('requires a name for a holiday correction and a reason for every correction', () => {
    const e = errorOf(() =>
      parseHolidayOverride({ years: {}, corrections: [{ date: '2026-10-09', type: 'holiday' }] }, 'h.json'),
    );
    expect(e.issues.map((i) => i.path).sort()).toEqual(['corrections[0].name', 'corrections[0].reason']);
  });
});

describe('loadWorkCalendar', () => {
  it('loads an override file', async () => {
    const cal = await loadWorkCalendar(fixture('holidays-2027-test.json'));
    expect(cal.hasSchedule(2027)).toBe(true);
    expect(cal.holidayName(localDate('2027-10-04'))).toBe('国庆节');
    expect(cal.holidayName(localDate('2026-12-31'))).toBe('机构年会');
  });

  it('fails with the file name when the file is wrong or missing', async () => {
    await expect(loadWorkCalendar(fixture('holidays-bad.json'))).rejects.toThrow(
      /holidays-bad\.json: years\.2027\.holidays\[1\]\.date/,
    );
    await expect(loadWorkCalendar(fixture('nope.json'))).rejects.toThrow(/nope\.json.*cannot read/);
  });

  it('ships a sample file that is valid and invents no 2027 schedule', async () => {
    const json: unknown = JSON.parse(await readFile(sampleFile, 'utf8'));
    const override = parseHolidayOverride(json, sampleFile);
    expect(override.years).toEqual({});
    const cal = await loadWorkCalendar(sampleFile);
    expect(cal.hasSchedule(2026)).toBe(true);
    expect(cal.hasSchedule(2027)).toBe(false);
  });

  it('works without an override file', async () => {
    const cal = await loadWorkCalendar();
    expect(cal.isWorkingDay(localDate('2026-10-01'))).toBe(false);
  });
});

describe('holidays.json corrections', () => {
  it('names an unknown correction type', () => {
    const e = errorOf(() =>
      parseHolidayOverride({ years: {}, corrections: [{ date: '2026-10-09', type: 'off', reason: 'x' }] }, 'h.json'),
    );
    expect(e.message).toMatch(/h\.json: corrections\[0\]\.type: type must be/);
  });
});
