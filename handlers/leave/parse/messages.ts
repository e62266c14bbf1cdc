import type { LocalDate } from '../../../data/time/index.ts';
import { formatDate, localDateParts } from '../../../data/time/index.ts';

/** Questions the parser asks back instead of guessing. Plain, polite, one question each. */
export const parseMessages = {
  invalidDate: (month: number, day: number) =>
    month < 1 || month > 12 ? `没有${month}月，请再确认一下日期。` : `${month}月没有${day}日，请再确认一下日期。`,
  noFeb29: (year: number) => `${year}年没有2月29日，请再确认一下日期。`,
  endBeforeStart: (start: LocalDate, end: LocalDate, today: LocalDate) =>
    `结束日期${fmt(end, today)}早于开始日期${fmt(start, today)}，请再确认一下日期。`,
  pastWeekday: (word: string, past: LocalDate, next: LocalDate, today: LocalDate) =>
    `“${word}”是指已经过去的${fmt(past, today)}，还是${fmt(next, today)}？`,
  pastDayOfMonth: (word: string, past: LocalDate, next: LocalDate | null, today: LocalDate) =>
    next === null
      ? `“${word}”是指已经过去的${fmt(past, today)}吗？请说完整的日期，例如“${monthDay(past)}”。`
      : `“${word}”是指已经过去的${fmt(past, today)}，还是${fmt(next, today)}？`,
  dayNotInMonth: (word: string) => `这个月没有“${word}”，请说完整的日期，例如“12月7日”。`,
  whichHalf: (date: LocalDate, today: LocalDate) => `请问是${fmt(date, today)}上午还是下午？`,
  halfWithoutDate: () => '请问是哪一天？例如“明天下午”或“12月7日上午”。',
  halfOrder: (date: LocalDate, today: LocalDate) =>
    `${fmt(date, today)}下午到上午的说法不太清楚，请告诉我开始和结束的日期。`,
  notConsecutive: (a: LocalDate, b: LocalDate, today: LocalDate) =>
    `${fmt(a, today)}和${fmt(b, today)}不是连续的日子，请分两次申请。`,
  whichDates: (a: LocalDate, b: LocalDate, today: LocalDate) =>
    `您提到了${fmt(a, today)}和${fmt(b, today)}，请问请假是从哪天到哪天？`,
  tooManyDates: () => '一次申请只能是一段连续的日期，请告诉我开始和结束的日期，例如“12月7日到9日”。',
  vagueDate: (word: string) => `“${word}”具体是哪一天？请告诉我日期，例如“12月7日”或“下周一”。`,
  vagueEnd: (word: string) => `请问到哪一天结束？“${word}”不够具体，请告诉我结束日期，例如“12月9日”。`,
  vagueDuration: (word: string) => `“${word}”一共是几天？请告诉我天数，或者开始和结束日期。`,
  howManyDays: (date: LocalDate, today: LocalDate) => `请问从${fmt(date, today)}开始，一共请几天？`,
  badDays: (days: number) => `请假以半天为单位，${days}天不太对，请再确认一下天数。`,
  slashDate: (r: { written: string; order: 'day-month' | 'month-day' }, date: LocalDate, today: LocalDate) =>
    r.order === 'day-month'
      ? `「${r.written}」我按“日/月”理解为${fmt(date, today)}，对吗？不对请直接告诉我正确的日期，如“12月25日”。`
      : `「${r.written}」我按“月/日”理解为${fmt(date, today)}，对吗？如果是${swapped(date)}，请直接告诉我。`,
  garbledTime: (matched: string) =>
    `没看懂“${matched}”这个时间，请写开始和结束时间，如“18:00-21:30”或“晚上6点到9点半”。`,
  overtimeOneDay: () => '加班请一天一天登记：请问是哪一天？',
  whichPeriod: (matched: string) => `“${matched}”是上午还是下午（晚上）？请说“下午2点到5点”或写成“14:00-17:00”。`,
  endBeforeStartTime: () => '结束时间早于开始时间，请再确认一下加班时间。',
  sameTime: () => '开始和结束时间一样，请再确认一下加班时间。',
} as const;

function fmt(date: LocalDate, today: LocalDate): string {
  return formatDate(date, { referenceYear: localDateParts(today).year });
}

/** 5月12日 → 12月5日: the other reading of a slash date. */
function swapped(date: LocalDate): string {
  const { month, day } = localDateParts(date);
  return `${day}月${month}日`;
}

function monthDay(date: LocalDate): string {
  const { month, day } = localDateParts(date);
  return `${month}月${day}日`;
}
