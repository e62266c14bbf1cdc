import { describe, expect, it } from 'vitest';
import { localDate } from '../../../../data/time/index.ts';
import { parseOvertimeDate } from '../../../../handlers/leave/parse/parse-overtime-date.ts';

const wed = localDate('2026-12-09');

describe('parseOvertimeDate', () => {
  it('reads relative and written dates', () => {
    expect(parseOvertimeDate('昨天晚上6点到9点加班', wed)).toEqual({
      kind: 'date',
      date: '2026-12-08',
      matched: '昨天',
    });
    expect(parseOvertimeDate('12月5日 9:00-12:00', wed)).toMatchObject({ kind: 'date', date: '2026-12-05' });
  });

  it('takes a bare weekday or day of the month as the latest one, because overtime is registered afterwards', () => {
    expect(parseOvertimeDate('周六加班', wed)).toMatchObject({ date: '2026-12-05' });
    expect(parseOvertimeDate('周日加班', wed)).toMatchObject({ date: '2026-12-06' });
    expect(parseOvertimeDate('周三加班', wed)).toMatchObject({ date: '2026-12-09' });
    expect(parseOvertimeDate('28号加班', wed)).toMatchObject({ date: '2026-11-28' });
    expect(parseOvertimeDate('本周六加班', wed)).toMatchObject({ date: '2026-12-12' });
  });

  it('asks for one day at a time', () => {
    expect(parseOvertimeDate('周四到周五加班', wed).kind).toBe('ambiguous');
  });

  it('asks back for a vague day and says nothing without a date', () => {
    expect(parseOvertimeDate('上周加班了', wed).kind).toBe('ambiguous');
    expect(parseOvertimeDate('加班了三个小时', wed)).toEqual({ kind: 'none' });
  });
});
