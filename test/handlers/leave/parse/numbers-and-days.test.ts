import { describe, expect, it } from 'vitest';
import { parseChineseNumber } from '../../../../handlers/leave/parse/chinese-number.ts';
import { extractDays } from '../../../../handlers/leave/parse/extract-days.ts';

describe('Chinese numerals', () => {
  it('reads the numbers people write for days and dates', () => {
    const cases: [string, number][] = [
      ['一', 1], ['两', 2], ['十', 10], ['十二', 12], ['二十', 20], ['三十一', 31], ['一百二十八', 128], ['一百零八', 108], ['28', 28],
    ];
    for (const [text, n] of cases) expect(parseChineseNumber(text), text).toBe(n);
  });

  it('refuses what is not a number', () => {
    expect(parseChineseNumber('二八')).toBeNull();
    expect(parseChineseNumber('十十')).toBeNull();
  });
});

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
