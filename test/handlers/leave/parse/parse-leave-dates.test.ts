import { describe, expect, it } from 'vitest';
import { localDate } from '../../../../data/time/index.ts';
import { parseLeaveDates } from '../../../../handlers/leave/parse/parse-leave-dates.ts';

const wed = localDate('2026-12-09');

describe('parseLeaveDates', () => {
  it('quotes the person’s own words, full-width characters and spaces included', () => {
    const p = parseLeaveDates('我想 １２月２１日 到 ２３日 请年假', wed);
    expect(p).toMatchObject({ kind: 'range', start: { date: '2026-12-21' }, end: { date: '2026-12-23' } });
    expect(p.kind === 'range' && p.matched).toBe('１２月２１日 到 ２３日');
  });

  it('keeps a stated day count beside the range so the handler can compare it', () => {
    expect(parseLeaveDates('12月1日到3日请三天', wed)).toMatchObject({ kind: 'range', days: 3 });
    expect(parseLeaveDates('12月1日到3日', wed)).not.toHaveProperty('days');
  });

  it('reads the morning of a first day as the whole day and the afternoon of a last day as the whole day', () => {
    expect(parseLeaveDates('明天上午到后天下午', wed)).toMatchObject({
      start: { date: '2026-12-10', half: 'full' },
      end: { date: '2026-12-11', half: 'full' },
    });
  });

  it('asks back rather than choosing between a past and a coming weekday', () => {
    const p = parseLeaveDates('周一请假', wed);
    expect(p.kind).toBe('ambiguous');
    expect(p.kind === 'ambiguous' && p.reason).toBe('“周一”是指已经过去的12月7日（周一），还是12月14日（周一）？');
  });

  it('shows the year in a question only when it is not this year', () => {
    const p = parseLeaveDates('2027年1月8日到2027年1月4日', wed);
    expect(p.kind === 'ambiguous' && p.reason).toBe(
      '结束日期2027年1月4日（周一）早于开始日期2027年1月8日（周五），请再确认一下日期。',
    );
  });

  it('refuses an afternoon-to-morning range within one day', () => {
    expect(parseLeaveDates('明天下午到上午', wed).kind).toBe('ambiguous');
  });

  it('does not read a clock time or a decimal as a date', () => {
    expect(parseLeaveDates('18:00-21:30', wed)).toEqual({ kind: 'none' });
    expect(parseLeaveDates('请0.5', wed)).toEqual({ kind: 'none' });
  });

  it('does not take 迟到 for a range separator and asks which dates are meant', () => {
    const p = parseLeaveDates('明天迟到，后天请假', wed);
    expect(p.kind).toBe('ambiguous');
    expect(p.kind === 'ambiguous' && p.reason).toContain('从哪天到哪天');
  });

  it('rolls an end without a month into the next month only for a short span', () => {
    expect(parseLeaveDates('12月28日到3日', wed)).toMatchObject({ end: { date: '2027-01-03' } });
    expect(parseLeaveDates('12月5日到3日', wed).kind).toBe('ambiguous');
  });

  it('gives the same answer whatever the process time zone (dates are computed, not read from a clock)', () => {
    const before = process.env.TZ;
    process.env.TZ = 'America/Los_Angeles';
    try {
      expect(parseLeaveDates('下周一到周三', wed)).toMatchObject({
        start: { date: '2026-12-14' },
        end: { date: '2026-12-16' },
      });
    } finally {
      process.env.TZ = before;
    }
  });
});
