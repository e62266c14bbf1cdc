import { NUMBER_SOURCE as N, parseChineseNumber } from '../../../data/text/chinese-number.ts';
import { parseMessages as msg } from './messages.ts';
import { normalizeText, originalSlice } from './normalize.ts';
import type { TimeRangeParse } from './types.ts';

type Period = 'small-hours' | 'morning' | 'noon' | 'afternoon' | 'evening';

type TimeToken = { start: number; end: number } & (
  | { kind: 'period'; period: Period }
  | { kind: 'time'; hour: number; minute: number; digital: boolean }
  | { kind: 'sep' }
);

const PERIODS: [RegExp, Period][] = [
  [/凌晨|半夜/y, 'small-hours'],
  [/早上|早晨|上午|早/y, 'morning'],
  [/中午/y, 'noon'],
  [/下午|午后/y, 'afternoon'],
  [/傍晚|晚上|夜里|夜间|晚/y, 'evening'],
];
const DIGITAL = /(\d{1,2}):(\d{2})/y;
const SPOKEN = new RegExp(`(${N})[点时]整?(半|一刻|三刻|(${N})分?)?`, 'y');
const SEP = /一直到|到|至|~|-/y;

function lex(text: string): TimeToken[] {
  const out: TimeToken[] = [];
  let i = 0;
  outer: while (i < text.length) {
    DIGITAL.lastIndex = i;
    let m = DIGITAL.exec(text);
    if (m) {
      out.push({
        kind: 'time',
        hour: Number(m[1]),
        minute: Number(m[2]),
        digital: true,
        start: i,
        end: i + m[0].length,
      });
      i += m[0].length;
      continue;
    }
    SPOKEN.lastIndex = i;
    m = SPOKEN.exec(text);
    if (m) {
      const hour = parseChineseNumber(m[1] ?? '');
      const minute =
        m[2] === undefined
          ? 0
          : m[2] === '半'
            ? 30
            : m[2] === '一刻'
              ? 15
              : m[2] === '三刻'
                ? 45
                : parseChineseNumber(m[3] ?? '');
      if (hour !== null && minute !== null) {
        out.push({ kind: 'time', hour, minute, digital: false, start: i, end: i + m[0].length });
        i += m[0].length;
        continue;
      }
    }
    for (const [re, period] of PERIODS) {
      re.lastIndex = i;
      const p = re.exec(text);
      if (p) {
        out.push({ kind: 'period', period, start: i, end: i + p[0].length });
        i += p[0].length;
        continue outer;
      }
    }
    SEP.lastIndex = i;
    const s = SEP.exec(text);
    if (s) {
      out.push({ kind: 'sep', start: i, end: i + s[0].length });
      i += s[0].length;
      continue;
    }
    i++;
  }
  return out;
}

/** The hour on a 24-hour clock (24 = midnight at the end of the day). */
function toHour(hour: number, period: Period | undefined): number {
  if (period === undefined || hour > 12) return hour;
  switch (period) {
    case 'small-hours':
      return hour === 12 ? 0 : hour;
    case 'morning':
      return hour;
    case 'noon':
      return hour <= 3 ? hour + 12 : hour;
    case 'afternoon':
      return hour === 12 ? 12 : hour + 12;
    case 'evening':
      // 晚上12点 is midnight; 晚上1点 is the small hours, as people say it
      if (hour === 12) return 24;
      return hour <= 4 ? hour : hour + 12;
  }
}

/** Ends after this on the next day are read as a typo, not as a night shift. */
const LATEST_NEXT_DAY_END = 6 * 60;

/**
 * An overtime's clock times: '18:00-21:30', '18点到21点半', '晚上6点到9点半', '下午2点-5点'.
 * The end takes the start's 上午/下午/晚上 when it has none ("下午2点-5点" is 14:00–17:00).
 * Hours 1–12 with no period anywhere and no 24-hour clue ("6点到9点") are asked back.
 */
export function parseTimeRange(text: string): TimeRangeParse {
  const norm = normalizeText(text);
  const tokens = lex(norm.text);
  for (let i = 0; i < tokens.length; i++) {
    const a = tokens[i];
    if (a?.kind !== 'time') continue;
    let j = i + 1;
    if (tokens[j]?.kind !== 'sep') continue;
    j++;
    const endPeriodToken = tokens[j]?.kind === 'period' ? tokens[j] : undefined;
    if (endPeriodToken) j++;
    const b = tokens[j];
    if (b?.kind !== 'time') continue;
    const before = tokens[i - 1];
    if (before?.kind === 'sep' && before.end === a.start && tokens[i - 2]?.kind !== 'time') {
      // "-5:00-3:00": a minus sign, not a range; never read as 22 hours.
      const matched = originalSlice(text, norm, before.start, b.end);
      return { kind: 'ambiguous', reason: msg.garbledTime(matched), matched };
    }
    const startPeriodToken = before?.kind === 'period' ? before : undefined;
    const startPeriod = startPeriodToken?.kind === 'period' ? startPeriodToken.period : undefined;
    const endPeriod = endPeriodToken?.kind === 'period' ? endPeriodToken.period : undefined;
    const matched = originalSlice(text, norm, (startPeriodToken ?? a).start, b.end);
    return resolve(a, startPeriod, b, endPeriod, matched);
  }
  return { kind: 'none' };
}

function resolve(
  a: Extract<TimeToken, { kind: 'time' }>,
  startPeriod: Period | undefined,
  b: Extract<TimeToken, { kind: 'time' }>,
  endPeriod: Period | undefined,
  matched: string,
): TimeRangeParse {
  if (a.hour > 24 || b.hour > 24 || a.minute > 59 || b.minute > 59) return { kind: 'none' };
  const twentyFourHourClue = a.digital || b.digital || a.hour > 12 || b.hour > 12 || a.hour === 0 || b.hour === 0;
  if (startPeriod === undefined && endPeriod === undefined && !twentyFourHourClue) {
    return { kind: 'ambiguous', reason: msg.whichPeriod(matched), matched };
  }
  let endHour = toHour(b.hour, endPeriod ?? startPeriod);
  let startHour = toHour(a.hour, startPeriod);
  if (startPeriod === undefined && endPeriod !== undefined && !twentyFourHourClue) {
    // 6点到晚上9点: the start shares the end's period when that keeps it before the end
    const shared = toHour(a.hour, endPeriod);
    startHour = shared * 60 + a.minute < endHour * 60 + b.minute ? shared : a.hour;
  }
  const start = startHour * 60 + a.minute;
  let end = endHour * 60 + b.minute;
  if (
    endPeriod === undefined &&
    startPeriod !== undefined &&
    end <= start &&
    endHour + 12 <= 24 &&
    (endHour + 12) * 60 + b.minute > start
  ) {
    // 上午9点到1点: past noon, not 1 a.m.
    endHour += 12;
    end = endHour * 60 + b.minute;
  }
  if (start >= 24 * 60 || end > 24 * 60) return { kind: 'none' };
  if (end === start) return { kind: 'ambiguous', reason: msg.sameTime(), matched };
  const crossesMidnight = end < start;
  if (crossesMidnight && end > LATEST_NEXT_DAY_END) {
    return { kind: 'ambiguous', reason: msg.endBeforeStartTime(), matched };
  }
  if (crossesMidnight && end === 0) end = 24 * 60;
  const minutes = end > start ? end - start : 24 * 60 - start + end;
  return { kind: 'time-range', start: clock(start), end: clock(end), crossesMidnight: end < start, minutes, matched };
}

function clock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
