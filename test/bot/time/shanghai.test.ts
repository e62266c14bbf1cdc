import { describe, expect, it } from 'vitest';
import { localDate } from '../../../data/time/local-date.ts';
import { atShanghai, shanghaiDate, shanghaiParts, shanghaiTime } from '../../../data/time/shanghai.ts';

describe('Asia/Shanghai wall clock', () => {
  it('gives the Shanghai day even when UTC is still on the previous day', () => {
    const instant = new Date('2026-12-06T16:30:00Z'); // 00:30 on 7 Dec in Shanghai
    expect(shanghaiDate(instant)).toBe('2026-12-07');
    expect(shanghaiTime(instant)).toBe('00:30');
    expect(shanghaiParts(instant)).toEqual({ year: 2026, month: 12, day: 7, hour: 0, minute: 30, weekday: 1 });
  });

  it('stays on the same Shanghai day until 15:59 UTC', () => {
    expect(shanghaiDate(new Date('2026-12-31T15:59:59Z'))).toBe('2026-12-31');
    expect(shanghaiDate(new Date('2026-12-31T16:00:00Z'))).toBe('2027-01-01');
  });

  it('gives the instant of a Shanghai wall-clock time', () => {
    expect(atShanghai(localDate('2026-12-07'), '09:00').toISOString()).toBe('2026-12-07T01:00:00.000Z');
    expect(atShanghai(localDate('2026-12-07')).toISOString()).toBe('2026-12-06T16:00:00.000Z');
    expect(atShanghai(localDate('2026-12-07'), '24:00').toISOString()).toBe('2026-12-07T16:00:00.000Z');
  });

  it('round-trips instants whatever the process time zone', () => {
    for (const iso of ['2026-03-08T18:00:00Z', '2026-07-01T23:59:00Z', '2026-11-01T09:30:00Z']) {
      const d = new Date(iso);
      expect(atShanghai(shanghaiDate(d), shanghaiTime(d)).getTime()).toBe(d.getTime());
    }
  });

  it('rejects malformed times and invalid instants', () => {
    expect(() => atShanghai(localDate('2026-12-07'), '9:00')).toThrow(/HH:mm/);
    expect(() => atShanghai(localDate('2026-12-07'), '24:30')).toThrow();
    expect(() => shanghaiDate(new Date(Number.NaN))).toThrow();
  });
});
