import { parseChineseNumber } from '../../data/text/chinese-number.ts';

/** A day of the month said bare: 23, 二十三. */
const DAY = '[一二三四五六七八九十]{1,3}|\\d{1,2}';
/**
 * 「22到24」「二十八到三十一号」: two days of the month and the range between them. Not of a weekday (周一到周三),
 * a clock (9点到5点), a month or a count (三到五天).
 */
const RANGE = new RegExp(
  `(?<![\\d.:：月周期拜一二三四五六七八九十])(${DAY})\\s*[号日]?\\s*(?:到|至|-|~)\\s*(${DAY})\\s*[号日]?(?![\\d点时:：月天个])`,
  'g',
);
/** 「15 16 17三天」: consecutive days listed with spaces, before a count or at the end. */
const RUN = /(?<![\d.:：月])(\d{1,2})((?:\s+\d{1,2}){1,5})(?=\s*(?:[一两二三四五六七八九十\d]+天|$))/g;

const asNumber = (n: string) => (/\d/.test(n) ? Number(n) : (parseChineseNumber(n) ?? 0));

/**
 * Days of the month said as bare or Chinese numbers, where dates are what is asked or changed (a read-back,
 * the question 「哪几天」): 「15 16 17三天」 as 15号到17号, 「二十三到二十四」 as 23号到24号. Anything else as said.
 */
export function bareDaysAsDates(text: string): string {
  return text
    .replace(RUN, (said, first: string, more: string) => {
      const days = [Number(first), ...more.trim().split(/\s+/).map(Number)];
      const consecutive = days.every((d, i) => i === 0 || d === days[i - 1]! + 1);
      return consecutive && days.at(-1)! <= 31 ? `${days[0]}号到${days.at(-1)}号` : said;
    })
    .replace(RANGE, (said, a: string, b: string) => {
      const [from, to] = [asNumber(a), asNumber(b)];
      return from >= 1 && from <= to && to <= 31 ? `${from}号到${to}号` : said;
    });
}
