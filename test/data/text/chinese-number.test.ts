import { describe, expect, it } from 'vitest';
import { parseChineseNumber } from '../../../data/text/chinese-number.ts';
import { askedDays } from '../../../handlers/policy-qa/leave-days.ts';
import { extractDays } from '../../../handlers/leave/parse/index.ts';

const TABLE: readonly (readonly [string, number | null])[] = [
  ['一', 1],
  ['十', 10],
  ['十二', 12],
  ['二十', 20],
  ['二十五', 25],
  ['三十一', 31],
  ['一百', 100],
  ['一百零二', 102],
  ['一百二', 120],
  ['一百二十', 120],
  ['一百二十八', 128],
  ['一百五十八', 158],
  ['两', 2],
  ['两百', 200],
  ['一千零五十', 1050],
  ['半', 0.5],
  ['一个半', 1.5],
  ['三点五', 3.5],
  ['0.5', 0.5],
  ['１２', 12],
  ['２.５', 2.5],
  ['28', 28],
  ['廿', 20],
  ['廿五', 25],
  ['卅', 30],
  ['零', 0],
  ['〇', 0],
  ['二八', null],
  ['十百', null],
  ['', null],
  ['abc', null],
];

describe('the one Chinese-numeral reader', () => {
  it.each(TABLE)('reads 「%s」 as %s', (text, value) => {
    expect(parseChineseNumber(text)).toBe(value);
  });

  it('gives the leave parser and the policy Q&A the same count for 「请一百二十天假」', () => {
    expect(extractDays('请一百二十天假')).toBe(120);
    expect(askedDays('请一百二十天假')).toBe(120);
    expect(extractDays('请一百二天假')).toBe(120);
    expect(askedDays('请一百二天假')).toBe(120);
  });
});
