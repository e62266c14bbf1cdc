import { addDays, atShanghai, localDateParts, makeLocalDate, shanghaiDate, weekdayOf } from '../../data/time/index.ts';
import type { LocalDate } from '../../data/time/index.ts';
import { NUMERAL_CHARS, parseChineseNumber } from '../../data/text/chinese-number.ts';

export type SendTimeParse =
  | { readonly kind: 'now' }
  | { readonly kind: 'at'; readonly at: Date }
  | { readonly kind: 'past'; readonly at: Date }
  | { readonly kind: 'too-far'; readonly at: Date }
  /** A day without a clock time where no default is sensible ("今晚发"): ask for the time. */
  | { readonly kind: 'need-time' }
  | { readonly kind: 'none' };

/** A notice planned further ahead than this is more likely a typo in the year. */
const MAX_AHEAD_DAYS = 366;
/** "12月1日发" or "明早发" with no time of day: the start of the working day. */
const DEFAULT_TIME = '09:00';

const NOW = /^(现在|立即|立刻|马上|直接|即刻|就现在|不用定时|不定时|现在就)(发送?|发出)?(吧|的|了)?$/;
const NUM = `(\\d{1,2}|[${NUMERAL_CHARS}]{1,3})`;
const DATE = new RegExp(`^(?:(\\d{4})年)?${NUM}(?:月|/|-|\\.)${NUM}(?:日|号)?`);
/** 今晚, 明早 and 昨晚 are a day and a part of it: the 今/明/昨 is the day. */
const RELATIVE = /^(大后天|后天|明天|明日|今天|今日|昨天|昨日|前天|[今明昨](?=[早晚]))/;
const DAY_OFFSET: Record<string, number> = {
  前天: -2,
  昨天: -1,
  昨日: -1,
  昨: -1,
  今天: 0,
  今日: 0,
  今: 0,
  明天: 1,
  明日: 1,
  明: 1,
  后天: 2,
  大后天: 3,
};
const WEEKDAY = /^(下下|下|本|这)?个?(?:周|星期|礼拜)([一二三四五六日天])/;
const WEEKDAY_NUMBER: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 0, 天: 0 };
const PERIOD = '凌晨|早上|早晨|上午|中午|下午|傍晚|晚上|夜里|早|晚';
const TIME = new RegExp(`^(${PERIOD})?\\s*${NUM}(?::(\\d{2})|点(半|钟|整|${NUM}分?)?)`);
const PERIOD_ONLY = new RegExp(`^(${PERIOD})`);
const TAIL = /^(的时候|时)?\s*(再)?(发送?|发出|推送)?(吧|的|出去)?$/;

/**
 * When HR wants a notice sent: "现在", or a day and a time ("12月1日 9:00 发", "明天下午3点",
 * "今晚11点半", "明早", "下周一9点"; "12月1日发" = 09:00). A day without a year is the next such
 * day that is still ahead; a time already past comes back as 'past' (never as "not understood").
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
  const week = WEEKDAY.exec(rest);
  const abs = DATE.exec(rest);
  if (rel) {
    date = addDays(today, DAY_OFFSET[rel[1]!] ?? 0);
    rest = rest.slice(rel[0].length).trimStart();
  } else if (week) {
    date = weekdayDate(today, week[1], WEEKDAY_NUMBER[week[2]!]!);
    rest = rest.slice(week[0].length).trimStart();
  } else if (abs) {
    const year = abs[1] ? Number(abs[1]) : localDateParts(today).year;
    const d = makeLocalDate(year, whole(abs[2]!) ?? NaN, whole(abs[3]!) ?? NaN);
    if (!d) return { kind: 'none' };
    date = d;
    yearGiven = abs[1] !== undefined;
    rest = rest.slice(abs[0].length).trimStart();
  }

  let time: string | undefined;
  const t = TIME.exec(rest);
  if (t) {
    let hour = whole(t[2]!);
    const said = t[4];
    const spokenMinute = said === '半' ? 30 : said && said !== '钟' && said !== '整' ? whole(t[5] ?? '') : 0;
    const minute = t[3] !== undefined ? Number(t[3]) : spokenMinute;
    if (hour === null || minute === null || hour > 24 || minute > 59) return { kind: 'none' };
    hour = onClock(hour, t[1]);
    if (hour === 24 && minute === 0) {
      // 晚上12点 is midnight at the end of the day.
      date = addDays(date ?? today, 1);
      hour = 0;
    }
    if (hour > 23) return { kind: 'none' };
    time = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
    rest = rest.slice(t[0].length).trimStart();
  } else {
    const period = PERIOD_ONLY.exec(rest);
    if (period) {
      // "明早发" is the start of the working day; "今晚发" says no hour: ask for one.
      const morning = /^(早|早上|早晨|上午)$/.test(period[1]!);
      if (!morning) return TAIL.test(rest.slice(period[0].length).trim()) ? { kind: 'need-time' } : { kind: 'none' };
      time = DEFAULT_TIME;
      rest = rest.slice(period[0].length).trimStart();
    }
  }
  if (!date && !time) return { kind: 'none' };
  if (!TAIL.test(rest)) return { kind: 'none' };

  let at = atShanghai(date ?? today, time ?? DEFAULT_TIME);
  if (abs && !rel && !week && !yearGiven && at <= now) {
    const { month, day } = localDateParts(date!);
    const next = makeLocalDate(localDateParts(today).year + 1, month, day);
    // Only a date well past rolls to next year: "11月19日" said on 11月20日 is a slip, not next year.
    const longPast = atShanghai(date!).getTime() < now.getTime() - 31 * 86_400_000;
    if (next && longPast) at = atShanghai(next, time ?? DEFAULT_TIME);
  }
  return checkSendAt(at, now);
}

/** A send time as given (the console's date and time fields): past, too far ahead, or fine. */
export function checkSendAt(at: Date, now: Date): Extract<SendTimeParse, { at: Date }> {
  if (at <= now) return { kind: 'past', at };
  if (at.getTime() - now.getTime() > MAX_AHEAD_DAYS * 86_400_000) return { kind: 'too-far', at };
  return { kind: 'at', at };
}

/** A whole number of the one reader, or null (三点五 is no hour). */
function whole(s: string): number | null {
  const n = parseChineseNumber(s);
  return n !== null && Number.isInteger(n) ? n : null;
}

/** The hour on a 24-hour clock: 晚上8点 is 20, 中午1点 is 13, 凌晨12点 is 0. */
function onClock(hour: number, period: string | undefined): number {
  if (period === undefined) return hour;
  if (period === '凌晨') return hour === 12 ? 0 : hour;
  if (period === '中午') return hour < 6 ? hour + 12 : hour;
  if (/^(下午|傍晚|晚上|夜里|晚)$/.test(period)) return hour < 12 ? hour + 12 : hour === 12 ? 24 : hour;
  return hour;
}

/** 周五: the next Friday from today (today included); 本周五: this week's; 下周五: next week's. */
function weekdayDate(today: LocalDate, prefix: string | undefined, weekday: number): LocalDate {
  const mondayBased = (d: number) => (d + 6) % 7;
  const thisWeek = addDays(today, mondayBased(weekday) - mondayBased(weekdayOf(today)));
  if (prefix === '下') return addDays(thisWeek, 7);
  if (prefix === '下下') return addDays(thisWeek, 14);
  if (prefix === '本' || prefix === '这') return thisWeek;
  return thisWeek < today ? addDays(thisWeek, 7) : thisWeek;
}
