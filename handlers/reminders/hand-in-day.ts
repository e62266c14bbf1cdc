import {
  addDays,
  daysInMonth,
  localDateParts,
  makeLocalDate,
  mondayOf,
  type LocalDate,
} from '../../data/time/index.ts';

const DAYS_BACK: readonly (readonly [RegExp, number])[] = [
  [/大前天/, 3],
  [/前天|前晚/, 2],
  [/昨天|昨晚|昨日|昨儿/, 1],
  [/今天|今早|今晚|刚才|刚刚/, 0],
];
const WEEKDAY: Record<string, number> = { 一: 0, 二: 1, 三: 2, 四: 3, 五: 4, 六: 5, 日: 6, 天: 6 };
const LAST_WEEK = /上(?:个)?(?:周|星期|礼拜)([一二三四五六日天])/;
const THIS_WEEK = /(?:周|星期|礼拜)([一二三四五六日天])/;
const MONTH_END = /(上个?月|(?<!\d)(\d{1,2})月)(?:底|末)/;
/** 「12月7日」「7号」: a day of the month, maybe with its month (never the day count of 「3日内」). */
const DATE = /(?<!\d)(?:(\d{1,2})月)?(\d{1,2})\s*[号日](?!内|之内|以内)/;

/** A day said further back than this is no hand-in day (「12月31日前交了」 on 8 December is no last year's). */
const MAX_DAYS_BACK = 62;

/**
 * The day a hand-in is said to have happened (「我昨天交了」「上周五交的」「12月7日交了」): today or a day
 * in the last two months, or undefined when none is said. A day named in the past tense is the last
 * such day on or before today (「30号交了」 on 2 December is 30 November).
 */
export function readHandInDay(text: string, today: LocalDate): LocalDate | undefined {
  const day = dayNamed(text, today);
  return day !== undefined && day <= today && day >= addDays(today, -MAX_DAYS_BACK) ? day : undefined;
}

function dayNamed(text: string, today: LocalDate): LocalDate | undefined {
  for (const [re, back] of DAYS_BACK) if (re.test(text)) return addDays(today, -back);
  const lastWeek = LAST_WEEK.exec(text);
  if (lastWeek) return addDays(mondayOf(today), WEEKDAY[lastWeek[1]!]! - 7);
  const thisWeek = THIS_WEEK.exec(text);
  if (thisWeek) {
    const day = addDays(mondayOf(today), WEEKDAY[thisWeek[1]!]!);
    return day <= today ? day : addDays(day, -7);
  }
  const { year, month } = localDateParts(today);
  const monthEnd = MONTH_END.exec(text);
  if (monthEnd) {
    if (monthEnd[2] && !isMonth(Number(monthEnd[2]))) return undefined;
    const said = monthEnd[2] ? Number(monthEnd[2]) : month - 1;
    const back = said <= month ? 0 : 1;
    return lastDayOf(year * 12 + said - 1 - back * 12);
  }
  const date = DATE.exec(text);
  if (!date || (date[1] && !isMonth(Number(date[1])))) return undefined;
  const day = Number(date[2]);
  // With its month: this year's, or last year's when that is still to come; without: this month's or last.
  const candidates = date[1]
    ? [year * 12 + Number(date[1]) - 1, (year - 1) * 12 + Number(date[1]) - 1]
    : [year * 12 + month - 1, year * 12 + month - 2];
  return candidates.map((index) => dayOf(index, day)).find((d) => d !== undefined && d <= today);
}

const isMonth = (n: number) => n >= 1 && n <= 12;

/** The day of the month at `index` (year × 12 + month − 1); undefined when that month has no such day. */
function dayOf(index: number, day: number): LocalDate | undefined {
  const y = Math.floor(index / 12);
  const m = (((index % 12) + 12) % 12) + 1;
  return makeLocalDate(y, m, day) ?? undefined;
}

function lastDayOf(index: number): LocalDate | undefined {
  const y = Math.floor(index / 12);
  const m = (((index % 12) + 12) % 12) + 1;
  return makeLocalDate(y, m, daysInMonth(y, m)) ?? undefined;
}
