import { addDays, atShanghai, localDateParts, makeLocalDate, shanghaiDate, type LocalDate } from '../../bot/time/index.ts';

export type SendTimeParse =
  | { readonly kind: 'now' }
  | { readonly kind: 'at'; readonly at: Date }
  | { readonly kind: 'past'; readonly at: Date }
  | { readonly kind: 'too-far'; readonly at: Date }
  | { readonly kind: 'none' };

/** A notice planned further ahead than this is more likely a typo in the year. */
const MAX_AHEAD_DAYS = 366;
/** "12月1日发" with no time of day: the start of the working day. */
const DEFAULT_TIME = '09:00';

const NOW = /^(现在|立即|立刻|马上|直接|即刻|就现在|不用定时|不定时|现在就)(发送?|发出)?(吧|的|了)?$/;
const NUM = '(\\d{1,2}|[零〇一二两三四五六七八九十]{1,3})';
const DATE = new RegExp(`^(?:(\\d{4})年)?${NUM}(?:月|/|-|\\.)${NUM}(?:日|号)?`);
const RELATIVE = /^(今天|今日|明天|明日|后天)/;
const TIME = new RegExp(`^(凌晨|早上|早晨|上午|中午|下午|傍晚|晚上)?\\s*${NUM}(?::(\\d{2})|点(半|钟|${NUM}分?)?)`);
const TAIL = /^(的时候|时)?\s*(再)?(发送?|发出|推送)?(吧|的|出去)?$/;

/**
 * When HR wants a notice sent: "现在", or a day and a time ("12月1日 9:00 发", "明天下午3点",
 * "12月1日发" = 09:00). A day without a year is the next such day that is still ahead.
 */
export function parseSendTime(input: string, now: Date): SendTimeParse {
  const text = input
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xff10 + 48))
    .replace(/：/g, ':')
    .replace(/[\s，,。]+/g, ' ')
    .trim()
    .replace(/^(在|于|定在|定于|安排在)\s*/, '');
  if (!text) return { kind: 'none' };
  if (NOW.test(text.replace(/\s/g, ''))) return { kind: 'now' };

  const today = shanghaiDate(now);
  let rest = text;
  let date: LocalDate | undefined;
  let yearGiven = false;
  const rel = RELATIVE.exec(rest);
  const abs = DATE.exec(rest);
  if (rel) {
    date = addDays(today, rel[1]!.startsWith('今') ? 0 : rel[1]!.startsWith('明') ? 1 : 2);
    rest = rest.slice(rel[0].length).trimStart();
  } else if (abs) {
    const year = abs[1] ? number(abs[1]) : localDateParts(today).year;
    const d = makeLocalDate(year ?? NaN, number(abs[2]!) ?? NaN, number(abs[3]!) ?? NaN);
    if (!d) return { kind: 'none' };
    date = d;
    yearGiven = abs[1] !== undefined;
    rest = rest.slice(abs[0].length).trimStart();
  }

  let time: string | undefined;
  const t = TIME.exec(rest);
  if (t) {
    let hour = number(t[2]!);
    const minute = t[3] !== undefined ? Number(t[3]) : t[4] === '半' ? 30 : t[4] && t[4] !== '钟' ? number(t[5] ?? '') : 0;
    if (hour === null || minute === null || hour > 24 || minute > 59) return { kind: 'none' };
    if ((t[1] === '下午' || t[1] === '傍晚' || t[1] === '晚上') && hour < 12) hour += 12;
    if (t[1] === '中午' && hour < 6) hour += 12;
    if (hour > 23) return { kind: 'none' };
    time = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
    rest = rest.slice(t[0].length).trimStart();
  }
  if (!date && !time) return { kind: 'none' };
  if (!TAIL.test(rest)) return { kind: 'none' };

  let at = atShanghai(date ?? today, time ?? DEFAULT_TIME);
  if (abs && !yearGiven && at <= now) {
    const { month, day } = localDateParts(date!);
    const next = makeLocalDate(localDateParts(today).year + 1, month, day);
    if (next) at = atShanghai(next, time ?? DEFAULT_TIME);
  }
  if (at <= now) return { kind: 'past', at };
  if (at.getTime() - now.getTime() > MAX_AHEAD_DAYS * 86_400_000) return { kind: 'too-far', at };
  return { kind: 'at', at };
}

const DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** '12' → 12, '十二' → 12, '二十三' → 23, '九' → 9. */
function number(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  const m = /^([一二两三四五六七八九])?(十)?([零〇一二三四五六七八九])?$/.exec(s);
  if (!m || s === '') return null;
  if (!m[2]) return m[1] !== undefined && m[3] === undefined ? (DIGIT[m[1]] ?? null) : m[3] !== undefined && m[1] === undefined ? (DIGIT[m[3]] ?? null) : null;
  return (m[1] ? (DIGIT[m[1]] ?? 0) : 1) * 10 + (m[3] ? (DIGIT[m[3]] ?? 0) : 0);
}
