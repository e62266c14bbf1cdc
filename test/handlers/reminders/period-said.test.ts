import { describe, expect, it } from 'vitest';
import { localDate } from '../../../data/time/index.ts';
import { loadOrg } from '../../../data/org/load-org.ts';
import { periodKeysFor, readPeriodsSaid } from '../../../handlers/reminders/period-said.ts';
import { readHandInDay } from '../../../handlers/reminders/hand-in-day.ts';

const { deadlines } = loadOrg().reminders;
const byId = (id: string) => deadlines.find((d) => d.id === id)!;
const DEC_8 = localDate('2026-12-08');
const keys = (id: string, text: string, today = DEC_8) => periodKeysFor(byId(id), readPeriodsSaid(text, today));

describe('the period said with a hand-in or a progress question', () => {
  it('reads months as people say them, the nearest one when no year is said', () => {
    expect(keys('monthly-report', '11月的月报我昨天交了')).toEqual(['2026-11']);
    expect(keys('monthly-report', '十一月份的月报')).toEqual(['2026-11']);
    expect(keys('monthly-report', '上个月月报交了')).toEqual(['2026-11']);
    expect(keys('monthly-report', '这个月的月报')).toEqual(['2026-12']);
    expect(keys('monthly-report', '1月的月报交了')).toEqual(['2027-01']);
    expect(keys('monthly-report', '12月的月报', localDate('2027-01-05'))).toEqual(['2026-12']);
    expect(keys('monthly-report', '上个月', localDate('2027-01-05'))).toEqual(['2026-12']);
  });

  it('takes no date for a period (「12月5号交了」), nor 「这个月报」 for this month’s', () => {
    expect(keys('monthly-report', '月报12月5号交了')).toEqual([]);
    expect(keys('monthly-report', '月报11月30日交的')).toEqual([]);
    expect(keys('monthly-report', '这个月报交了')).toEqual([]);
    expect(keys('monthly-report', '上个月底交了月报')).toEqual([]);
  });

  it('reads quarters for the archive, and a month as the quarter that holds it', () => {
    expect(keys('quarter-archive', '上季度的归档交了')).toEqual(['2026-Q3']);
    expect(keys('quarter-archive', '上一季度的归档')).toEqual(['2026-Q3']);
    expect(keys('quarter-archive', '第四季度的档案交了')).toEqual(['2026-Q4']);
    expect(keys('quarter-archive', '四季度档案')).toEqual(['2026-Q4']);
    expect(keys('quarter-archive', '11月的档案交了')).toEqual(['2026-Q4']);
    expect(keys('quarter-archive', '季度文书交了')).toEqual([]);
    expect(keys('monthly-report', '第四季度的月报')).toEqual([]);
  });

  it('reads years for the yearly deadlines', () => {
    expect(keys('annual-summary', '今年的年度总结交了')).toEqual(['2026']);
    expect(keys('annual-summary', '去年的年度总结', localDate('2027-01-05'))).toEqual(['2026']);
    expect(keys('annual-summary', '2026年11月的月报')).toEqual([]);
    expect(keys('monthly-report', '2026年11月的月报')).toEqual(['2026-11']);
  });
});

describe('the day a hand-in is said to have happened', () => {
  const day = (text: string, today = DEC_8) => readHandInDay(text, today);

  it('reads days back from today, in the past tense', () => {
    expect(day('11月的月报我昨天交了')).toBe('2026-12-07');
    expect(day('前天交的')).toBe('2026-12-06');
    expect(day('上周五交了')).toBe('2026-12-04');
    expect(day('周五交了')).toBe('2026-12-04');
    expect(day('11月的月报12月7日交了')).toBe('2026-12-07');
    expect(day('月报30号就交了')).toBe('2026-11-30');
    expect(day('上个月底交了')).toBe('2026-11-30');
    expect(day('月报交了')).toBeUndefined();
  });

  it('takes no day to come, nor one from last year (「12月31日前交了」 on 8 December)', () => {
    expect(day('12月31日前交了')).toBeUndefined();
    expect(day('3日内交')).toBeUndefined();
  });
});
