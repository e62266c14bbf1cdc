import type { WorkCalendar } from '../../data/calendar/index.ts';
import { addDays, type LocalDate } from '../../data/time/index.ts';
import { parseLeaveDates, type DateParse, type DatePoint } from '../leave/parse/index.ts';
import type { LeaveFields } from './types.ts';

/** Types counted in calendar days (DOMAIN.md): their 「请N天」 ends N-1 days after the start. */
export const CALENDAR_DAY_TYPES = new Set(['产假', '看护假', '工伤假']);

export type LeaveSpan = Pick<LeaveFields, 'start' | 'end' | 'startHalf' | 'endHalf'>;

export interface SpanReading {
  readonly span: LeaveSpan;
  readonly parse: DateParse;
}

const WEEKDAYS = '一二三四五六日';
const DAY = '\\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九]';

/** 「28号29号30号」 as 「28号到30号」 when the days follow one another; as written otherwise. */
function inRow(run: string): string {
  const days = [...run.matchAll(/(\d{1,2})[号日]/g)].map((m) => Number(m[1]));
  return days.every((d, i) => i === 0 || d === days[i - 1]! + 1) ? `${days[0]}号到${days.at(-1)}号` : run;
}

/**
 * Rewrites what the leave date parser does not know into what it does, for date reading only
 * (the person's words are quoted from the original): 圣诞 is 12月25日, 今晚 is 今天晚上,
 * 「15 16号」 and 「15 16两天」 are 15号16号, 明后两天 明天到后天, 今早 今天早上.
 */
export function dateText(text: string): string {
  return (
    text
      .replace(/(?<![\d./-])(\d{1,2})\s+(?=\d{1,2}[号日])/g, '$1号')
      // 「21 22两天」: two bare days with their count are days of the month too.
      .replace(/(?<![\d./-])(\d{1,2})\s+(\d{1,2})(?=\s*(?:[两二三四五]|\d)天)/g, '$1号$2号')
      // 「十二月十七到十八」: a month's days without 号 are days all the same.
      .replace(new RegExp(`月(${DAY})(到|至|-|~)(${DAY})(?![号日\\d月一二三四五六七八九十])`, 'g'), '月$1号$2$3号')
      // 「28号29号30号」: three days or more in a row, as a range.
      .replace(/(?:\d{1,2}[号日]){3,}/g, inRow)
      .replace(/明后两?天/g, '明天到后天')
      .replace(/([今明昨])早(?![上晨点])/g, (_, d: string) => `${{ 今: '今天', 明: '明天', 昨: '昨天' }[d]}早上`)
      .replace(/\s+/g, ',')
      .replace(/圣诞节?/g, '12月25日')
      .replace(/平安夜/g, '12月24日')
      .replace(/([今明昨])晚/g, (_, d: string) => `${{ 今: '今天', 明: '明天', 昨: '昨天' }[d]}晚上`)
      .replace(/礼拜/g, '周')
      .replace(/星期/g, '周')
      // 「12月20号周日」: a weekday after its full date says the same day again (after a bare 12号 it picks the month).
      .replace(/(月\d{1,2}[号日]),?周[一二三四五六日天](?![一二三四五六日天到至])/g, '$1')
      // 「下周四五」「下周一二三」: days in a row, written as one.
      .replace(/周([一二三四五六日天]{2,})(?![到至])/g, (m, run: string) => {
        const days = [...run.replace('天', '日')].map((d) => WEEKDAYS.indexOf(d));
        const inRow = days.every((d, i) => i === 0 || d === days[i - 1]! + 1);
        return inRow ? `周${run[0]}到周${run.at(-1)}` : m;
      })
  );
}

/**
 * The dates of a leave, read by the project's leave date parser relative to `today`. A start with
 * a number of days ends after that many working days (calendar days for 产假/看护假/工伤假).
 * Anything the parser would ask back gives no dates: the flow asks.
 */
export function readLeaveSpan(text: string, today: LocalDate, calendar: WorkCalendar, type?: string): SpanReading {
  const parse = retried(text, today, parseLeaveDates(dateText(afterHolidays(text, today, calendar)), today));
  if (parse.kind === 'range') return { parse, span: spanOf(parse.start, parse.end) };
  if (parse.kind === 'start-with-days') {
    const whole = Math.max(1, Math.ceil(parse.days));
    let end = parse.start.date;
    if (type !== undefined && CALENDAR_DAY_TYPES.has(type)) end = addDays(end, whole - 1);
    else for (let i = 1; i < whole; i++) end = calendar.nextWorkingDay(end);
    const endHalf = Number.isInteger(parse.days) ? 'full' : 'am';
    return { parse, span: spanOf(parse.start, { date: end, half: endHalf }) };
  }
  return { parse, span: {} };
}

/** Holidays people count from, by their fixed date (month-day); 春节 moves, so it is not here. */
const HOLIDAYS: Readonly<Record<string, string>> = { 元旦: '01-01', 国庆: '10-01', 劳动节: '05-01', 五一: '05-01' };
export const AFTER_HOLIDAY = new RegExp(
  `(${Object.keys(HOLIDAYS).join('|')})节?(?:假期)?(?:后|过后|之后|以后|收假后?)(?:上班|开工|回来)?的?第一天`,
);

/** 「元旦前一天」「国庆放假前最后一天」: the last working day before the holiday. */
export const BEFORE_HOLIDAY = new RegExp(
  `(${Object.keys(HOLIDAYS).join('|')})节?(?:放假)?(?:前|之前|以前)(?:的)?(?:一天|最后一天|最后一个工作日)`,
);

/** 「元旦后上班第一天」: the first working day after the holiday's next occurrence, as a date the parser reads. */
export function afterHolidays(text: string, today: LocalDate, calendar: WorkCalendar): string {
  const next = (name: string) => {
    const md = HOLIDAYS[name]!;
    const thisYear = `${today.slice(0, 4)}-${md}` as LocalDate;
    return thisYear >= today ? thisYear : (`${Number(today.slice(0, 4)) + 1}-${md}` as LocalDate);
  };
  const written = (day: LocalDate) => `${Number(day.slice(5, 7))}月${Number(day.slice(8))}日`;
  return text
    .replace(AFTER_HOLIDAY, (_, name: string) => written(calendar.nextWorkingDay(next(name))))
    .replace(BEFORE_HOLIDAY, (_, name: string) => written(calendar.workingDayOnOrBefore(addDays(next(name), -1))));
}

/**
 * Two readings the parser asks back that the message settles: a half day said apart
 * (「明天请半天事假，上午」), and a date repeated in a clause about something else
 * (「今天早上起来发烧，今天请病假」: the clause with the request has the dates).
 */
function retried(text: string, today: LocalDate, parse: DateParse): DateParse {
  if (parse.kind !== 'ambiguous') return parse;
  const halves = text.match(/上午|下午/g);
  if (halves?.length === 1) {
    const bare = parseLeaveDates(dateText(text.replace(halves[0]!, '').replace('半天', '')), today);
    if (bare.kind === 'range' && bare.start.date === bare.end.date) {
      const half = halves[0] === '上午' ? 'am' : 'pm';
      return { ...bare, start: { date: bare.start.date, half }, end: { date: bare.end.date, half } };
    }
  }
  // Clauses apart by spaces too: 「31号不请了 请到30号」 asks for the 30th, the 31st is dropped.
  for (const clause of text.split(/[\s,，。;；!！]+/)) {
    if (clause === text || !/请|假|休/.test(clause)) continue;
    const p = parseLeaveDates(dateText(clause), today);
    if (p.kind === 'range' || p.kind === 'start-with-days') return p;
  }
  return parse;
}

export function spanOf(start: DatePoint, end: DatePoint): LeaveSpan {
  const span: LeaveSpan = { start: start.date, end: end.date };
  if (start.date === end.date && start.half !== 'full') return { ...span, startHalf: start.half, endHalf: start.half };
  if (start.half === 'pm') span.startHalf = 'pm';
  if (end.half === 'am') span.endHalf = 'am';
  return span;
}

export function hasDates(span: LeaveSpan): boolean {
  return span.start !== undefined;
}
