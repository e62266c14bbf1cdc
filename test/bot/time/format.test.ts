import { describe, expect, it } from 'vitest';
import { formatDate, formatDateRange, formatDateTime } from '../../../data/time/format.ts';
import { localDate } from '../../../data/time/local-date.ts';

describe('date formatting', () => {
  it('writes the date with its weekday and no year by default', () => {
    expect(formatDate(localDate('2026-12-07'))).toBe('12月7日（周一）');
    expect(formatDate(localDate('2026-12-13'))).toBe('12月13日（周日）');
  });

  it('adds the year when asked or when it differs from the reference year', () => {
    expect(formatDate(localDate('2027-01-04'), { withYear: true })).toBe('2027年1月4日（周一）');
    expect(formatDate(localDate('2027-01-04'), { referenceYear: 2026 })).toBe('2027年1月4日（周一）');
    expect(formatDate(localDate('2027-01-04'), { referenceYear: 2027 })).toBe('1月4日（周一）');
  });

  it('writes an instant on the Shanghai clock', () => {
    expect(formatDateTime(new Date('2026-12-07T01:00:00Z'))).toBe('12月7日（周一）09:00');
    expect(formatDateTime(new Date('2026-12-06T17:05:00Z'))).toBe('12月7日（周一）01:05');
  });

  it('writes ranges, a single day once, and years on both ends across New Year', () => {
    expect(formatDateRange(localDate('2026-12-07'), localDate('2026-12-09'))).toBe('12月7日（周一）至12月9日（周三）');
    expect(formatDateRange(localDate('2026-12-07'), localDate('2026-12-07'))).toBe('12月7日（周一）');
    expect(formatDateRange(localDate('2026-12-28'), localDate('2027-01-03'))).toBe(
      '2026年12月28日（周一）至2027年1月3日（周日）',
    );
    expect(formatDateRange(localDate('2027-01-04'), localDate('2027-01-05'), { referenceYear: 2026 })).toBe(
      '2027年1月4日（周一）至2027年1月5日（周二）',
    );
  });
});
