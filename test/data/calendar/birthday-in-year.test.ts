import { describe, expect, it } from 'vitest';
import { localDate } from '../../../data/time/index.ts';
import { birthdayInYear, birthdaysBetween, isBirthdayOn } from '../../../data/calendar/birthday-in-year.ts';

describe('birthdayInYear', () => {
  it('keeps a solar birthday on its day', () => {
    expect(birthdayInYear({ calendar: 'solar', month: 5, day: 18 }, 2026)).toBe('2026-05-18');
  });

  it('moves 29 February to 28 February in common years only', () => {
    const leapling = { calendar: 'solar', month: 2, day: 29 } as const;
    expect(birthdayInYear(leapling, 2027)).toBe('2027-02-28');
    expect(birthdayInYear(leapling, 2028)).toBe('2028-02-29');
    expect(birthdayInYear(leapling, 2100)).toBe('2100-02-28');
  });

  it('converts a lunar birthday in its lunar year', () => {
    // 正月初一 is 春节: 2026-02-17, 2027-02-06
    expect(birthdayInYear({ calendar: 'lunar', month: 1, day: 1 }, 2026)).toBe('2026-02-17');
    expect(birthdayInYear({ calendar: 'lunar', month: 1, day: 1 }, 2027)).toBe('2027-02-06');
  });

  it('celebrates a leap-month birthday in the ordinary month', () => {
    // 2025 has a leap sixth month: 六月初一 2025-06-25, 闰六月初一 2025-07-25
    expect(birthdayInYear({ calendar: 'lunar', month: 6, day: 1, leapMonth: true }, 2025)).toBe('2025-06-25');
    expect(birthdayInYear({ calendar: 'lunar', month: 6, day: 1 }, 2025)).toBe('2025-06-25');
    // and in a year without that leap month, on the ordinary month as well
    expect(birthdayInYear({ calendar: 'lunar', month: 6, day: 1, leapMonth: true }, 2026)).toBe(
      birthdayInYear({ calendar: 'lunar', month: 6, day: 1 }, 2026),
    );
  });

  it('moves a lunar 30th to the last day of a 29-day month', () => {
    // 腊月 of lunar 2025 has 29 days: 腊月廿九 is 2026-02-16, the eve of 春节
    expect(birthdayInYear({ calendar: 'lunar', month: 12, day: 30 }, 2025)).toBe('2026-02-16');
    expect(birthdayInYear({ calendar: 'lunar', month: 12, day: 29 }, 2025)).toBe('2026-02-16');
  });

  it('rejects impossible birthdays', () => {
    expect(() => birthdayInYear({ calendar: 'solar', month: 2, day: 30 }, 2026)).toThrow(RangeError);
    expect(() => birthdayInYear({ calendar: 'lunar', month: 13, day: 1 }, 2026)).toThrow(RangeError);
    expect(() => birthdayInYear({ calendar: 'lunar', month: 1, day: 31 }, 2026)).toThrow(RangeError);
    expect(() => birthdayInYear({ calendar: 'solar', month: 1, day: 1, leapMonth: true }, 2026)).toThrow(RangeError);
  });
});

describe('birthdaysBetween', () => {
  const lunarLaYueChuYi = { calendar: 'lunar', month: 12, day: 1 } as const;

  it('finds a lunar 12th-month birthday in the January after its lunar year', () => {
    expect(birthdaysBetween(lunarLaYueChuYi, localDate('2024-01-01'), localDate('2024-03-31'))).toEqual(['2024-01-11']);
  });

  it('finds both celebrations when a Gregorian year holds two, and none when it holds none', () => {
    // lunar 2021 腊月初一 = 2022-01-03, lunar 2022 腊月初一 = 2022-12-23, lunar 2023 腊月初一 = 2024-01-11
    expect(birthdaysBetween(lunarLaYueChuYi, localDate('2022-01-01'), localDate('2022-12-31'))).toEqual([
      '2022-01-03',
      '2022-12-23',
    ]);
    expect(birthdaysBetween(lunarLaYueChuYi, localDate('2023-01-01'), localDate('2023-12-31'))).toEqual([]);
  });

  it('answers whether a day is someone’s birthday', () => {
    expect(isBirthdayOn(lunarLaYueChuYi, localDate('2024-01-11'))).toBe(true);
    expect(isBirthdayOn(lunarLaYueChuYi, localDate('2024-01-12'))).toBe(false);
    expect(isBirthdayOn({ calendar: 'solar', month: 2, day: 29 }, localDate('2027-02-28'))).toBe(true);
    expect(isBirthdayOn({ calendar: 'solar', month: 2, day: 28 }, localDate('2027-02-28'))).toBe(true);
  });
});
