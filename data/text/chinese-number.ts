/*
 * The one reader of numbers as people type them in Chinese chat: leave days, overtime hours,
 * clock times, notice dates and the amounts in policy questions all read numbers here, so
 * 「一百二」 means 120 wherever it is written.
 */

const DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNITS: readonly (readonly [string, number])[] = [
  ['千', 1000],
  ['百', 100],
  ['十', 10],
];

/** The characters a Chinese numeral is written with (for building patterns). */
export const NUMERAL_CHARS = '零〇一二两三四五六七八九十百千廿卅';

/**
 * A number in running text: up to three ASCII digits (more would be a year or an id) or a
 * Chinese numeral. What it matches, `parseChineseNumber` reads (or declines, e.g. 二八).
 */
export const NUMBER_SOURCE = `(?:\\d{1,3}|[${NUMERAL_CHARS}]{1,8})`;

/**
 * 一 1 · 十 10 · 十二 12 · 二十五 25 · 一百零二 102 · 一百二 120 (as people say it) · 两百 200 ·
 * 廿五 25 · 卅 30 · 半 0.5 · 一个半 1.5 · 三点五 3.5 · '0.5' · '１２' (full-width) 12.
 * Null for anything that is not one number (二八, 十百, an empty string).
 */
export function parseChineseNumber(input: string): number | null {
  const s = input
    .trim()
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xff10 + 48))
    .replace(/．/g, '.');
  if (s === '') return null;
  if (/^\d+(?:\.\d+)?$/.test(s)) return Number(s);
  if (s === '半') return 0.5;
  const half = /^(.+?)个?半$/.exec(s);
  if (half) {
    const whole = integer(half[1]!);
    return whole === null ? null : whole + 0.5;
  }
  const decimal = /^(.+)点([零〇一二三四五六七八九]+)$/.exec(s);
  if (decimal) {
    const whole = integer(decimal[1]!);
    const fraction = [...decimal[2]!].map((c) => DIGITS[c]).join('');
    return whole === null ? null : Number(`${whole}.${fraction}`);
  }
  return integer(s);
}

/** A whole number: ASCII digits, or a Chinese numeral up to 9999. */
function integer(raw: string): number | null {
  if (/^\d+$/.test(raw)) return Number(raw);
  // 廿 and 卅 are 二十 and 三十 (廿五 = 25).
  let rest = raw.replace(/^廿/, '二十').replace(/^卅/, '三十');
  let total = 0;
  let seen = false;
  for (const [unit, value] of UNITS) {
    const at = rest.indexOf(unit);
    if (at < 0) continue;
    const head = rest.slice(0, at);
    // 十二 and 一百十 (110) leave the 一 out; 百 and 千 always have their digit.
    const digit = head === '' && value === 10 ? 1 : head.length === 1 ? DIGITS[head] : undefined;
    if (digit === undefined) return null;
    total += digit * value;
    seen = true;
    rest = rest.slice(at + 1);
    const zero = /^[零〇]/.test(rest);
    if (zero) rest = rest.slice(1);
    // 一百二 = 120 and 两千三 = 2300: one digit right after 百/千 (no 零) is the next unit down.
    const next = rest.length === 1 ? DIGITS[rest] : undefined;
    if (!zero && value > 10 && next !== undefined) return total + next * (value / 10);
  }
  if (rest === '') return seen ? total : null;
  if (rest.length !== 1) return null;
  const unit = DIGITS[rest];
  return unit === undefined ? null : total + unit;
}
