import { describe, expect, it } from 'vitest';
import {
  addDays,
  compareDates,
  daysInMonth,
  diffDays,
  eachDay,
  isLocalDate,
  localDate,
  makeLocalDate,
  mondayOf,
  parseLocalDate,
  weekdayOf,
} from '../../../data/time/local-date.ts';

describe('LocalDate', () => {
  it('accepts real zero-padded days and rejects everything else', () => {
    expect(parseLocalDate('2026-12-07')).toBe('2026-12-07');
    expect(parseLocalDate('2028-02-29')).toBe('2028-02-29');
    expect(parseLocalDate('2027-02-29')).toBeNull();
    expect(parseLocalDate('2026-02-31')).toBeNull();
    expect(parseLocalDate('2026-13-01')).toBeNull();
    expect(parseLocalDate('2026-1-5')).toBeNull();
    expect(parseLocalDate('12月7日')).toBeNull();
    expect(isLocalDate('2026-12-07')).toBe(true);
    expect(isLocalDate('2026-12-7')).toBe(false);
    expect(() => localDate('2026-02-30')).toThrow(/2026-02-30/);
  });

  it('builds dates from parts and refuses impossible ones', () => {
    expect(makeLocalDate(2026, 1, 5)).toBe('2026-01-05');
    expect(makeLocalDate(2026, 4, 31)).toBeNull();
    expect(makeLocalDate(2026, 0, 1)).toBeNull();
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
  });

  it('adds days across months, years and leap days', () => {
    expect(addDays(localDate('2026-12-31'), 1)).toBe('2027-01-01');
    expect(addDays(localDate('2028-03-01'), -1)).toBe('2028-02-29');
    expect(addDays(localDate('2026-03-01'), -1)).toBe('2026-02-28');
    expect(addDays(localDate('2026-12-07'), 0)).toBe('2026-12-07');
    expect(() => addDays(localDate('2026-12-07'), 0.5)).toThrow();
  });

  it('counts days from the first date to the second', () => {
    expect(diffDays(localDate('2026-12-01'), localDate('2026-12-03'))).toBe(2);
    expect(diffDays(localDate('2026-12-03'), localDate('2026-12-01'))).toBe(-2);
    expect(diffDays(localDate('2026-01-01'), localDate('2027-01-01'))).toBe(365);
    expect(diffDays(localDate('2028-01-01'), localDate('2029-01-01'))).toBe(366);
  });

  it('knows the weekday and the Monday of the week', () => {
    expect(weekdayOf(localDate('2026-12-07'))).toBe(1);
    expect(weekdayOf(localDate('2027-01-03'))).toBe(0);
    expect(mondayOf(localDate('2026-12-13'))).toBe('2026-12-07');
    expect(mondayOf(localDate('2026-12-07'))).toBe('2026-12-07');
    expect(mondayOf(localDate('2027-01-01'))).toBe('2026-12-28');
  });

  it('compares and enumerates days', () => {
    expect(compareDates(localDate('2026-09-30'), localDate('2026-10-01'))).toBe(-1);
    expect(compareDates(localDate('2026-10-01'), localDate('2026-10-01'))).toBe(0);
    expect([...eachDay(localDate('2026-12-30'), localDate('2027-01-02'))]).toEqual([
      '2026-12-30',
      '2026-12-31',
      '2027-01-01',
      '2027-01-02',
    ]);
    expect([...eachDay(localDate('2026-12-30'), localDate('2026-12-29'))]).toEqual([]);
  });
});
