import { addDays, mondayOf } from '../../data/time/index.ts';
import { readLeaveSpan } from './leave-span.ts';
import { anyOf, CLAUSE_BREAK } from './text-cues.ts';
import type { LeaveDraft, UnderstandingEnv } from './types.ts';

/*
 * Dates said to be wrong under a read-back (「28号不行」「不是16号 是17号」「周三那天我看错了」): the day
 * refused is never taken for the new one.
 */

/** A clause that names a day: 16号, 十六号, 周三, 明天. */
export const DATED = /\d|[一二三四五六七八九十]+[号日]|周[一二三四五六日天]|礼拜|星期|[今明后昨]天/;
/** 「不是16号 是17号」: a day corrected, said as what it is not and what it is. */
export const CORRECTED_DAY =
  /不是\s*(\d{1,2})[号日]?(?:开始|起|结束|那天)?(?:[\s,，。]*(?:而|应该|应)?是|[\s,，。]+)\s*(\d{1,2})[号日](?:开始|起|结束)?/;
const RELATIVE: Record<string, number> = { 今天: 0, 明天: 1, 后天: 2, 大后天: 3 };
/** A weekday as said, with the week it is in: 周三, 下周一. */
const WEEKDAY = /(?:下下?个?|这个?|本)?(?:周|星期|礼拜)[一二三四五六日天]/g;
/** 「28号不行」「不是16号」: a clause refusing a date; the new one is in the other clauses. */
const REFUSED_DATE = anyOf(
  '',
  /^不是[^,，。\s]{0,6}[号日]$/,
  // 「28号不行」「周三那天我看错了」: the day, then that it is wrong or will not do.
  /(?:[号日]|(?:周|星期|礼拜)[一二三四五六日天])(?:那天)?我?(?:不行|不可以|不方便|不合适|[看写搞说填]?错了|不对)$/,
);

/**
 * 「28号不行 从29号开始 休三天」: the date refused is no part of the new dates (read with them, 28 and
 * 29 would make no range); 「不是周三 是周四」 as 「不是16号 是17号」. The text as said when no clause
 * refuses a day; without a date when only refusing is said.
 */
export function withoutRefusedDates(said: string, draft: LeaveDraft, env: UnderstandingEnv): string {
  const text = inOrder(weekdaysAsDays(said, draft, env));
  if (CORRECTED_DAY.test(text)) return text;
  const clauses = text.split(CLAUSE_BREAK).filter((c) => c.length > 0);
  const refused = clauses.filter((c) => REFUSED_DATE.test(c));
  const kept = clauses.filter((c) => !REFUSED_DATE.test(c));
  if (refused.length === 0) return text;
  // 「16号写错了」 alone refuses a day and names none: no new date (never the day refused).
  if (!kept.some((c) => DATED.test(c))) return kept.join(' ');
  // 「15号写错了 应该是16号」: one day for another, read as 「不是15号 是16号」 (which end it was matters).
  const from = refused.length === 1 ? /(\d{1,2})[号日]/.exec(refused[0]!)?.[1] : undefined;
  const to = /^(?:应该|应|而)?是?(\d{1,2})[号日](?:才对|吧)?$/.exec(kept.join(''))?.[1];
  return from !== undefined && to !== undefined ? `不是${from}号 是${to}号` : kept.join(' ');
}

/** 「16号写错了」「15号不行」: a day refused, and nothing else said — what should it be instead? */
export function onlyRefusesADate(text: string): boolean {
  const clauses = text.split(CLAUSE_BREAK).filter((c) => c.length > 0);
  return clauses.length > 0 && clauses.every((c) => REFUSED_DATE.test(c));
}

/**
 * 「不是周三 是周四」「不是明天 是后天」: weekdays in a correction as days of the month, of the draft's week
 * (明天 and 后天 from today), so that it is
 * read as 「不是16号 是17号」 (which moves a one-day draft, or the end named).
 */
function weekdaysAsDays(text: string, draft: LeaveDraft, env: UnderstandingEnv): string {
  // (「不是礼拜四 礼拜五」: the day it is may follow without 是.)
  if (draft.start === undefined || !/不是/.test(text)) return text;
  const week = mondayOf(draft.start);
  const asDay = (w: string) => readLeaveSpan(w, week, env.calendar).span.start;
  const said = text
    .replace(WEEKDAY, (w) => {
      const day = asDay(w);
      return day === undefined ? w : `${Number(day.slice(8))}号`;
    })
    // 「不是明天 是后天」: days counted from today, as said.
    .replace(/大后天|后天|明天|今天/g, (w) => `${Number(addDays(env.today, RELATIVE[w]!).slice(8))}号`);
  const fixed = inOrder(said);
  return CORRECTED_DAY.test(fixed) ? fixed : text;
}

/** 「是17号 不是16号」: the day it is said first, then the one it is not. */
const CORRECTED_AFTER = /(?<![不\d])(?:应该|而)?是\s*(\d{1,2})[号日][\s,，。]*不是\s*(\d{1,2})[号日]/;

/** 「是17号 不是16号」 as 「不是16号 是17号」, the order the readers know. */
function inOrder(text: string): string {
  return text.replace(CORRECTED_AFTER, (_said, is: string, not: string) => `不是${not}号 是${is}号`);
}
