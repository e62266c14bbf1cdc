import { describe, expect, it } from 'vitest';
import { extractDays } from '../../../../handlers/leave/parse/extract-days.ts';

// The numeral table itself is in test/data/text/chinese-number.test.ts.
describe('extractDays', () => {
  it('reads whole and half days', () => {
    expect(extractDays('请三天')).toBe(3);
    expect(extractDays('请三天半')).toBe(3.5);
    expect(extractDays('请两天')).toBe(2);
    expect(extractDays('一天半')).toBe(1.5);
    expect(extractDays('请假2.5天')).toBe(2.5);
    expect(extractDays('请半天')).toBe(0.5);
    expect(extractDays('产假一百二十八天')).toBe(128);
    expect(extractDays('3个工作日')).toBe(3);
  });

  it('does not read a day of the month or 过两天 as a count', () => {
    expect(extractDays('3日请假')).toBeNull();
    expect(extractDays('过两天再说')).toBeNull();
    expect(extractDays('请假')).toBeNull();
  });
});
