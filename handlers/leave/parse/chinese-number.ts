const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** Matches what `parseChineseNumber` reads: Chinese numerals up to 999, or ASCII digits. */
export const NUMBER_SOURCE = '(?:\\d{1,3}|[零〇一二两三四五六七八九十百]{1,6})';

/**
 * 三 → 3, 十 → 10, 十二 → 12, 二十 → 20, 三十一 → 31, 两 → 2, 一百二十八 → 128, '28' → 28.
 * Null for anything else (including '二八', which nobody writes for a count or a day).
 */
export function parseChineseNumber(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  let rest = s;
  let total = 0;
  const hundred = rest.indexOf('百');
  if (hundred >= 0) {
    const h = hundred === 0 ? 1 : DIGITS[rest.slice(0, hundred)];
    if (h === undefined || hundred > 1) return null;
    total += h * 100;
    rest = rest.slice(hundred + 1);
    if (rest.startsWith('零') || rest.startsWith('〇')) rest = rest.slice(1);
    // 一百二 means 120, as people say it
    if (rest.length === 1 && DIGITS[rest] !== undefined && !s.includes('零') && !s.includes('〇')) {
      return total + (DIGITS[rest] ?? 0) * 10;
    }
  }
  if (rest === '') return total;
  const ten = rest.indexOf('十');
  if (ten >= 0) {
    const t = ten === 0 ? 1 : DIGITS[rest.slice(0, ten)];
    if (t === undefined || ten > 1) return null;
    total += t * 10;
    rest = rest.slice(ten + 1);
  }
  if (rest === '') return total;
  if (rest.length !== 1) return null;
  const unit = DIGITS[rest];
  return unit === undefined ? null : total + unit;
}
