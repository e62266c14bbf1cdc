import { bareDaysAsDates } from './bare-days.ts';
import { CLAUSE_BREAK } from './text-cues.ts';

/*
 * A new leave request as the person meant it, before its dates are read: what they took back, the day
 * of their story, days listed bare. Shared by the understanding layer and the leave flow's first reading,
 * so both read the same dates.
 */

/** One day said: 12月8号, 8号, 明天, 下周三. */
const DAY_SOURCE = [
  /(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})[号日]?/.source,
  /(?<![\d月])(?:\d{1,2}|[一二三四五六七八九十]{1,3})[号日]/.source,
  /大后天|[今明后]天/.source,
  /(?:下下?个?|这个?|本)?(?:周|星期|礼拜)[一二三四五六日天]/.source,
].join('|');
const DAY = new RegExp(DAY_SOURCE, 'g');
/** 「不对」「哦不」「呃不是」「说错了」: the speaker takes back what they just said. */
const TAKEN_BACK = /^(?:[哦噢呃啊额])?(?:不对|不是|不)(?:不对|不是)?$|^说错了$|^口误$/;
/** What is said instead: a day alone (「是后天」「应该是周四吧」), maybe with its half. */
const ONLY_A_DAY = new RegExp(`^(?:应该|而)?是?(${DAY_SOURCE})(?:上午|下午)?(?:吧|才对)?$`);
/** 「我今天不舒服」: today in a clause telling how one is, asking nothing. */
const TODAY = /今天|今早|今儿/;
const ASKS = /请|假|休/;
/** Saying one is not coming: today is the leave's then. */
const AWAY = /来不了|不能来|去不了|上不了|不来|没法来/;
/** 「月底那几天」: the days said roughly, when they are said exactly too. */
const ROUGHLY = /(?:这个?|本)?(?:月底|月初|月中|年底)(?:那|这)?几天的?/;

/** The text with what was taken back and bare days read as the person meant (its reason is read from it too). */
export function leaveAsMeant(text: string): string {
  return listedDays(withoutTakenBack(text));
}

/**
 * 「明天请事假 不对 后天 去办证」: the day said before 不对 is replaced by the one after it (it was read as
 * two days, and the person asked which). Unchanged when the correction names no day alone.
 */
function withoutTakenBack(text: string): string {
  const clauses = text.split(CLAUSE_BREAK).filter((c) => c.length > 0);
  const at = clauses.findIndex((c, i) => i > 0 && TAKEN_BACK.test(c) && ONLY_A_DAY.test(clauses[i + 1] ?? ''));
  if (at < 0) return text;
  const before = clauses.slice(0, at).join(' ');
  const days = [...before.matchAll(DAY)];
  const last = days.at(-1);
  if (last === undefined) return text;
  const said = ONLY_A_DAY.exec(clauses[at + 1]!)![0].replace(/^(?:应该|而)?是|(?:吧|才对)$/g, '');
  const fixed = before.slice(0, last.index) + said + before.slice(last.index + last[0].length);
  return [fixed, ...clauses.slice(at + 2)].join(' ');
}

/**
 * 「我今天不舒服 想请病假 明天和后天」: today is when the story happens, not a day of the leave, when the
 * other dated clauses ask for days. For the dates only: the reason is quoted as said (「今天真倒霉」).
 */
export function withoutStoryToday(text: string): string {
  const clauses = text.split(CLAUSE_BREAK).filter((c) => c.length > 0);
  const days = (c: string) => [...c.matchAll(DAY)].map((m) => m[0]);
  // 「今天来不了了」 says today is off: no story.
  const story = (c: string) => TODAY.test(c) && !ASKS.test(c) && !AWAY.test(c) && days(c).every((d) => TODAY.test(d));
  const dated = clauses.filter((c) => !story(c) && days(c).length > 0);
  const asking = (c: string) =>
    ASKS.test(c) || c.replace(new RegExp(DAY_SOURCE, 'g'), '').replace(/[和跟同到至]/g, '') === '';
  if (dated.length === 0 || !dated.every(asking) || !clauses.some(story) || !ASKS.test(text)) return text;
  if (dated.some((c) => days(c).some((d) => TODAY.test(d)))) return text;
  return clauses.map((c) => (story(c) ? c.replace(TODAY, '') : c)).join(' ');
}

/** 「月底那几天请年假 28 29 30」: days listed bare in a request are days of the month, not 月底 guessed. */
function listedDays(text: string): string {
  if (!ASKS.test(text)) return text;
  const days = bareDaysAsDates(text);
  if (days === text) return text;
  return ROUGHLY.test(days) ? days.replace(ROUGHLY, ' ').trim() : days;
}
