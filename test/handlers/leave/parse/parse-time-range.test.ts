import { describe, expect, it } from 'vitest';
import { parseTimeRange } from '../../../../handlers/leave/parse/parse-time-range.ts';

const range = (start: string, end: string, extra: object = {}) =>
  expect.objectContaining({ kind: 'time-range', start, end, ...extra });

describe('parseTimeRange', () => {
  it('reads digital and spoken times', () => {
    expect(parseTimeRange('18:00-21:30')).toEqual(range('18:00', '21:30', { minutes: 210, crossesMidnight: false }));
    expect(parseTimeRange('18：00～21：30')).toEqual(range('18:00', '21:30'));
    expect(parseTimeRange('18点到21点半')).toEqual(range('18:00', '21:30'));
    expect(parseTimeRange('上午九点到十二点')).toEqual(range('09:00', '12:00'));
    expect(parseTimeRange('上午9点15分到11点一刻')).toEqual(range('09:15', '11:15'));
  });

  it('lets the end take the start’s period', () => {
    expect(parseTimeRange('晚上6点到9点半')).toEqual(range('18:00', '21:30'));
    expect(parseTimeRange('下午2点-5点')).toEqual(range('14:00', '17:00', { minutes: 180 }));
    expect(parseTimeRange('上午9点到1点')).toEqual(range('09:00', '13:00'));
  });

  it('lets the start take the end’s period when that keeps it first', () => {
    expect(parseTimeRange('6点到晚上9点')).toEqual(range('18:00', '21:00'));
    expect(parseTimeRange('9点到下午5点')).toEqual(range('09:00', '17:00'));
  });

  it('reads the 24-hour clock when one hour says so', () => {
    expect(parseTimeRange('9点到18点')).toEqual(range('09:00', '18:00', { minutes: 540 }));
  });

  it('ends at midnight or after it', () => {
    expect(parseTimeRange('晚上9点到12点')).toEqual(range('21:00', '24:00', { crossesMidnight: false, minutes: 180 }));
    expect(parseTimeRange('晚上10点到凌晨1点')).toEqual(
      range('22:00', '01:00', { crossesMidnight: true, minutes: 180 }),
    );
    expect(parseTimeRange('22:00-00:00')).toEqual(range('22:00', '24:00', { crossesMidnight: false, minutes: 120 }));
  });

  it('asks back when the hours could be morning or evening', () => {
    const p = parseTimeRange('6点到9点');
    expect(p.kind).toBe('ambiguous');
    expect(p.kind === 'ambiguous' && p.reason).toContain('上午还是下午');
  });

  it('asks back for an end before the start and for equal times', () => {
    expect(parseTimeRange('下午5点到3点').kind).toBe('ambiguous');
    expect(parseTimeRange('18:00-18:00').kind).toBe('ambiguous');
  });

  it('finds the times inside a sentence and quotes them', () => {
    expect(parseTimeRange('昨天晚上6点到9点半加班做活动')).toEqual(
      range('18:00', '21:30', { matched: '晚上6点到9点半' }),
    );
    expect(parseTimeRange('昨天加班')).toEqual({ kind: 'none' });
  });
});
