import { parseChineseNumber, NUMBER_SOURCE as N } from '../../data/text/chinese-number.ts';
import { addDays, type LocalDate, mondayOf, weekdayOf } from '../../data/time/index.ts';
import { CALENDAR_DAY_TYPES, readLeaveSpan, type LeaveSpan } from './leave-span.ts';
import { CORRECTED_DAY, DATED, withoutRefusedDates } from './refused-dates.ts';
import { typeMentions } from './leave-types.ts';
import { findReason, wholeReason } from './reason.ts';
import { correctedReason } from './leave-reason-correction.ts';
import { anyOf, CLAUSE_BREAK } from './text-cues.ts';
import type { Fields, LeaveDraft, UnderstandingEnv } from './types.ts';

/** Words that change a draft: 改, 换, 推, 提前, 多请, 不对 是… */
export const EDIT_CUE = anyOf(
  '',
  // 「改天再说」 is later, no change; 「我老婆也休」 is someone else's leave.
  /事由|理由|原因|改(?!天)|换|推|挪|请到|休到/,
  /(?:[号日]|(?:周|星期|礼拜)[一二三四五六日天])(?:那天)?(?:不(?:用)?(?:请|休)|不用了)/,
  /提前|延后|推迟|顺延|延长到|加一天|再多|多请|多休|少请|不用请|(?<!老婆|老公|爱人|孩子|[他她]|同事|[妈爸])也(?:一起)?(?:休|请)(?!过)/,
  /(?:上午|下午)(?:那)?(?:半天)?(?:去|请|休)?就(?:行|够|可以|好)|(?:请|休)(?:上午|下午)就|算半天|(?:只)?(?:请|休)半天/,
  /不对|不是|应该是|(?:本来|原来|我)说的是|我要的是|搞错|错了|还是|再加|开始|结束|截止|^(?:那|就)?到.{1,8}(?:吧|$)|用.{0,3}吧|只请|只休|其实是|加上|再请/,
);

/** Dates, half days and filler: what is left after them is the person's own words (下午 before 下, or 午 is left). */
export const WHEN_AND_FILLER =
  /[\d一二三四五六七八九十两]|[号日月天]|周.|星期.|礼拜.|上午|下午|早上|下下?个?|这个?|本|全天|整天|半|[\s\p{P}\p{S}]|那|就|只|吧|呢|啊|还是|的|了|行|好|可以|到|至|请|假/gu;

const REASON_EDIT = anyOf(
  '',
  // 「事由写错了 是带我妈去医院复查」: said wrong, then what it is.
  /(?:事由|理由|原因)(?:写|填)?错了?[\s,，。]*(?:是|应该是|改成|改为|写)[\s:：,，]*(.+)$/,
  /(?:事由|理由|原因)(?:帮我|麻烦|给我|请)?(?:改成|改为|换成|写成?|填成?|改一下|改下|是|为|[:：])[\s:：,，]*(.+)$|改一?下(?:事由|理由|原因)[\s:：,，]*(.+)$/,
  // 「理由别写银行 写处理私事」: what not to write, then what to write.
  /(?:事由|理由|原因)(?:别|不要|不用)写[^\s,，。]*[\s,，。]*(?:就|改)?(?:写|填)成?[\s:：]*(.+)$/,
);
const SHIFT = new RegExp(`(往后|向后|往前|向前|推迟|延后|后延|顺延|提前)(?:推|挪|移|延)?(${N})?个?(天|周|星期|礼拜)`);
/** 「改成两天」: the draft's length said anew, from its first day. */
const LENGTH = new RegExp(`(?:改成|改为|换成|^(?:那|就|还是)?(?=请))(?:请)?(${N})(?:个工作)?天(?:吧|就行|就好)?$`);
const LONGER = new RegExp(`(?:多请|再加|加|延长)(${N})天`);
const SHORTER = new RegExp(`(?:少请|减)(${N})天`);
/** A day taken off the draft: 「18号不请」「18号不用了」「不用请18号」. */
const DROP_DAY = new RegExp(
  `(?:(${N})[号日]|(?:周|星期|礼拜)[一二三四五六日天])(?:那天)?(?:不用请|不请|不休|不用休|不用了)|` +
    `(?:不用请|不请|不休|不用休)(?:(${N})[号日]|(?:周|星期|礼拜)[一二三四五六日天])`,
);
const HALF = /上午|早上|下午/g;
/** 「请一整天」「全天都请」: the whole day, not a half. */
const WHOLE_DAY = /整天|全天|一天都|一天吧|全日/;
/** A half day said to be the one taken off: 「只请下午」「上午休就行」「下午半天」. */
const TAKES_OFF =
  /只(?:请|休)?(?:上午|早上|下午)|(?:请|休)(?:上午|早上|下午)|(?:上午|早上|下午)(?:半天|(?:请|休)?就(?:行|够|好|可以))/;
/** Being at work that half: 「上午还能上班」「下午回来上班」. */
const AT_WORK = /上班|能来|来单位|在单位|回单位|在岗|回来开会|回来上班|要回来/;
/** 「周五改成下周一」: a day said in words, then the one it changes to. */
const WEEKDAY = '(?:下下?个?|这个?|本)?(?:周|星期|礼拜)[一二三四五六日天]|[明后]天';
const DAY_TO_DAY = new RegExp(
  `^(${WEEKDAY})(?:那天|的)?\\s*(?:改成|改到|改为|换成|换到|挪到|调到)\\s*(${WEEKDAY}|\\d{1,2}[号日])(上午|下午)?(?:吧|了)?$`,
);
const MOVE_DAY = /(\d{1,2})[号日]?\s*(?:改|换|挪|调)(?:成|为|到)?\s*(\d{1,2})[号日]/;
/** Relative words read from today, not from the draft: 明天, 下周三. */
const FROM_TODAY = /[今明后昨]天|大后天|下下?个?(?:周|星期|礼拜)|这个?(?:周|星期|礼拜)|本周|上个?(?:周|星期|礼拜)/;

/**
 * How a message changes a leave draft under read-back: only the fields that change, with their
 * new values. Relative words are read against the draft: 「改到周四」 is the Thursday of the
 * requested week, 「往后推一天」 moves both dates. Null when it names no change.
 */
export function readLeaveEdit(said: string, draft: LeaveDraft, env: UnderstandingEnv): Fields | null {
  const text = withoutUnmeant(said);
  const reasonEdit = REASON_EDIT.exec(text);
  if (reasonEdit) {
    // 「事由写孩子发烧 不是我」: what follows, saying what it is not, is no part of the new reason.
    const said = reasonEdit
      .slice(1)
      .find((g) => g !== undefined)!
      .replace(/[\s,，。]+不是[^\s,，。]*[\s,，。!！]*$/, '');
    const reason = wholeReason(said);
    return reason === undefined || reason === draft.reason ? null : { reason };
  }
  const reason = correctedReason(text, draft);
  if (reason !== undefined) return { reason };
  // 「还是请一整天吧」 on a half day: the day said again without its half is the whole day.
  if (WHOLE_DAY.test(text) && draft.start === draft.end && (draft.startHalf ?? draft.endHalf) !== undefined)
    return { start: draft.start!, end: draft.end! };
  const next: LeaveDraft = { ...draft };
  const type = newType(text, draft);
  if (type !== undefined) next.type = type;
  // 「不是事假是病假 我感冒了」: a new type with why, said in a clause of its own; the old reason was the old type's.
  const why = type === undefined ? undefined : reasonBeside(text);
  const kept = withoutRefusedDates(text, draft, env);
  // 「不是16号 是17号」 is read whole: its first clause alone would make the day refused the new one.
  const dates =
    newDates(kept, draft, env) ?? (CORRECTED_DAY.test(kept) ? null : newDates(changeClause(kept), draft, env));
  if (dates !== null) Object.assign(next, dates);
  const out = changed(draft, next);
  return out !== null && why !== undefined && why !== draft.reason ? { ...out, reason: why } : out;
}

/** The reason said in a clause with no type, date or change word of its own. */
function reasonBeside(text: string): string | undefined {
  const clauses = text.split(CLAUSE_BREAK).filter((c) => c.length > 0);
  const plain = clauses.filter((c) => typeMentions(c).length === 0 && !EDIT_CUE.test(c) && !DATED.test(c));
  if (plain.length !== 1 || clauses.length < 2) return undefined;
  const reason = findReason(plain[0]!, { keywords: EDIT_CUE, prefer: 'last' });
  // 「改事假 没去医院开证明」: why the type is changed (no sick note) is not why the leave is taken.
  // 「算了 还是请年假吧」: 算了 gives up the old choice; it is no reason.
  return reason === undefined || /反正|还有|还剩|够|证明|病历|假条|诊断|单子|^算了吧?$/.test(reason)
    ? undefined
    : reason;
}

/** 「本来想请到25号的」「要不是25号有活动我就多请两天了」: a wish given up, or what would have been. */
const UNMEANT = /本来想|本想|原本想|原来想|要不是|早知道|差点/;

/** The text without the clauses that only say what was not meant to be (the rest may still change). */
function withoutUnmeant(text: string): string {
  if (!UNMEANT.test(text)) return text;
  return text
    .split(CLAUSE_BREAK)
    .filter((c) => c.length > 0 && !UNMEANT.test(c))
    .join(' ');
}

/**
 * 「换成周三吧 周一有督导」: the clause that changes, when the others give the reason for it (and
 * their dates would make the whole read as two days). The whole text when no single clause does.
 */
function changeClause(text: string): string {
  const clauses = text.split(CLAUSE_BREAK).filter((c) => c.length > 0);
  const cued = clauses.filter((c) => EDIT_CUE.test(c));
  return cued.length === 1 && clauses.length > 1 ? cued[0]! : text;
}

function newType(text: string, draft: LeaveDraft): string | undefined {
  const said = typeMentions(text).filter((m) => !m.negated && m.type !== draft.type);
  return said.at(-1)?.type;
}

function newDates(text: string, draft: LeaveDraft, env: UnderstandingEnv): LeaveSpan | null {
  if (draft.start === undefined || draft.end === undefined) return readLeaveSpan(text, env.today, env.calendar).span;
  const { start, end } = draft;
  const shift = SHIFT.exec(text);
  if (shift) {
    const n = (shift[2] === undefined ? 1 : (parseChineseNumber(shift[2]) ?? 1)) * (shift[3] === '天' ? 1 : 7);
    const sign = /往前|向前|提前/.test(shift[1]!) ? -1 : 1;
    // Days of leave move over working days: Friday pushed back a day is Monday, not Saturday.
    // (Leave counted in calendar days, 看护假 and 产假, moves over calendar days.)
    const calendarDays = draft.type !== undefined && CALENDAR_DAY_TYPES.has(draft.type);
    const move = (d: LocalDate) =>
      shift[3] === '天' && !calendarDays ? env.calendar.addWorkingDays(d, sign * n) : addDays(d, sign * n);
    // 「提前一天开始」 moves the first day only (the leave grows), 「推迟一天结束」 the last.
    const first = /开始|起(?!来)/.test(text);
    const last = /结束|截止/.test(text);
    if (first && !last) return { start: move(start), end };
    if (last && !first) return { start, end: move(end) };
    return { start: move(start), end: move(end) };
  }
  // 「前后各加一天」: a working day more at each end.
  if (/前后各(?:加|多|延|请)(?:一|1)天/.test(text))
    return { start: env.calendar.addWorkingDays(start, -1), end: env.calendar.addWorkingDays(end, 1) };
  // 「改到下周」: the same days a week on.
  if (/(?:改|挪|换|推|调)(?:到|成)下个?(?:周|星期|礼拜)(?:吧|去)?$/.test(text)) {
    return { start: addDays(start, 7), end: addDays(end, 7) };
  }
  // 「15号改16号」: from the first day to the second — a move, never the range 15–16.
  // 「不是16号 是17号」 likewise; on a one-day draft it says which day it is, whichever day was misread.
  const corrected = CORRECTED_DAY.exec(text);
  const moved = corrected ?? MOVE_DAY.exec(text);
  if (moved) {
    const [from, to] = [Number(moved[1]), Number(moved[2])];
    const day = (d: LocalDate) => Number(d.slice(8));
    const target = readLeaveSpan(inDraftMonths(`${to}号`, draft, env), env.today, env.calendar).span.start;
    if (target !== undefined && start === end && (day(start) === from || corrected))
      return { start: target, end: target };
    if (target !== undefined && day(start) === from && target <= end) return { start: target, end };
    if (target !== undefined && day(end) === from && target >= start) return { start, end: target };
    // A day corrected that is neither end of the draft: which one is meant is not known, so nothing changes.
    if (corrected) return null;
  }
  // 「礼拜五改成下礼拜一」: a day of the draft said, then the day it moves to (as 15号改16号, in words).
  const said2 = DAY_TO_DAY.exec(text);
  if (said2) {
    const from = readLeaveSpan(said2[1]!, mondayOf(start), env.calendar).span.start;
    const toRef = FROM_TODAY.test(said2[2]!) ? env.today : mondayOf(start);
    let to = readLeaveSpan(said2[2]!, toRef, env.calendar).span.start;
    // 「周五改成下周一」 on a draft of next Friday: the Monday after it, not this coming one.
    if (to !== undefined && from !== undefined && to < from && /下/.test(said2[2]!))
      to = readLeaveSpan(said2[2]!, mondayOf(start), env.calendar).span.start;
    if (from !== undefined && to !== undefined) {
      // 「周一改成周二下午」: the day moved to, and which half of it.
      const half = said2[3] === undefined ? undefined : said2[3] === '上午' ? 'am' : 'pm';
      if (start === end && from === start && half) return { start: to, end: to, startHalf: half, endHalf: half };
      if (start === end && from === start) return { start: to, end: to };
      if (from === start && to <= end) return { start: to, end };
      if (from === end && to >= start) return { start, end: to };
    }
  }
  // 「17号我本来要值班的 已经跟红梅换了」: the date is in a clause that changes nothing; the 换 is another matter.
  if (!dateSaidAsChange(text)) return lengthOrHalf(text, draft, env);
  // A weekday is the requested week's; a bare 17号 the next one from today (this month's, not the draft's next).
  const bareDay = /[\d一二三四五六七八九十]{1,3}[号日](?!.*月)/.test(text) && !/月/.test(text);
  const reference = FROM_TODAY.test(text) || bareDay || start < env.today ? env.today : mondayOf(start);
  // 「是15号开始」: the parser asks how many days; against a draft the end is already known.
  const read = (t: string) => readLeaveSpan(inDraftMonths(t, draft, env), reference, env.calendar, draft.type).span;
  let said =
    /开始|(?<!一)起/.test(text) && read(text).start === undefined
      ? read(text.replace(/开始|(?<!一)起/g, ''))
      : read(text);
  // 「改成下周二」 on a draft already next Tuesday, 「请到下周一」 on a draft after it: the draft's next week.
  const againstDraft = () => readLeaveSpan(text, mondayOf(start), env.calendar, draft.type).span;
  // (下 of 下周, never of 下午: 「明天上午就行 下午能来上班」 stays tomorrow.)
  if (FROM_TODAY.test(text) && /下(?!午)/.test(text) && said.start !== undefined) {
    const same = said.start === start && said.end === end;
    // 「再加一天 到下周一」「延长到下周一」 on a Thursday–Friday draft: the Monday after it.
    const endsBefore =
      /[请休长]到|再加|多请|加上|(?:^|[\s,，。])到/.test(text) && said.end !== undefined && said.end < start;
    if (same || endsBefore) said = againstDraft();
  }
  const drop = DROP_DAY.exec(text);
  // 「周一不请了」 on a Friday–Monday draft: the Monday of the draft, whichever week the weekday reads as.
  const droppedWeekday = drop ? /(?:周|星期|礼拜)([一二三四五六日天])/.exec(drop[0])?.[1] : undefined;
  if (droppedWeekday !== undefined) {
    // 0 for Sunday, as weekdayOf counts.
    const weekday = '日一二三四五六'.indexOf(droppedWeekday === '天' ? '日' : droppedWeekday);
    const inDraft = (d: LocalDate) => weekdayOf(d) === weekday;
    if (inDraft(end) && end > start) return { start, end: env.calendar.workingDayOnOrBefore(addDays(end, -1)) };
    if (inDraft(start) && end > start) return { start: env.calendar.workingDayOnOrAfter(addDays(start, 1)), end };
  }
  if (drop && said.start !== undefined) {
    if (said.start === end && end > start) return { start, end: env.calendar.workingDayOnOrBefore(addDays(end, -1)) };
    if (said.start === start && end > start) return { start: env.calendar.workingDayOnOrAfter(addDays(start, 1)), end };
  }
  // 「15号只请上午」「14号下午开始」 on a 14–15 draft: a half of its first or last day, not a new day.
  const ofTheDraft = halfOfTheDraft(text, said.start, draft, env);
  if (ofTheDraft !== null) return ofTheDraft;
  if (said.start !== undefined && said.end !== undefined) {
    if (said.start !== said.end) return said;
    // (起 of 开始/起, not of 一起: 「下周一也一起休了吧」 adds the day.)
    if (/开始|^从|(?<!一)起(?!来)/.test(text) && !/结束|截止/.test(text)) {
      // 「17号下午开始」: the new first day from its afternoon.
      const pm = /下午/.test(text) ? { startHalf: 'pm' as const } : {};
      return { start: said.start, end: said.end < end ? end : said.end, ...pm };
    }
    // 「那到17号吧」「不对 是到17号」「改成到周四吧」: the end said anew.
    if (
      /结束|截止|(?:^|[\s,，。]|是|改成|改为)(?:那|就)?到|[请休长]到|再加|再多|加上|再请|也(?:一起)?休|也(?:一起)?请|多请|多休/.test(
        text,
      ) &&
      said.start >= start
    )
      return { end: said.end };
    if (start !== end && /改到|挪到|推到|换到|移到|提前到|推迟到|延后到|顺延到/.test(text)) {
      // As many working days from the new first day: a Wed–Fri leave moved to Thursday ends on Monday.
      const days = env.calendar.workingDaysBetween(start, end).count;
      const first = env.calendar.workingDayOnOrAfter(said.start);
      return { start: said.start, end: days > 0 ? env.calendar.addWorkingDays(first, days - 1) : said.start };
    }
    return said;
  }
  return lengthOrHalf(text, draft, env);
}

/**
 * 「只请4号」「应该是21号」 on a draft in a later month than today's: a bare day of the month is the draft's
 * month's (the next month's when it falls before the draft's first day and the draft runs into it), not the
 * next such day from today.
 */
function inDraftMonths(text: string, draft: LeaveDraft, env: UnderstandingEnv): string {
  const { start, end } = draft;
  // (A draft from this month into the next, 12月28日–1月8日: 「8号」 is January's.)
  const sameMonths = start?.slice(0, 7) === env.today.slice(0, 7) && end?.slice(0, 7) === start?.slice(0, 7);
  if (start === undefined || end === undefined || sameMonths) return text;
  return text.replace(/(?<![\d月.])(\d{1,2})(?=[号日])/g, (n) => {
    const day = Number(n);
    const inEnd = end.slice(0, 7) !== start.slice(0, 7) && day < Number(start.slice(8));
    const month = (inEnd ? end : start).slice(5, 7);
    const year = (inEnd ? end : start).slice(0, 4);
    return `${year}年${Number(month)}月${day}`;
  });
}

/** The draft's length or half day said anew: 「改成两天」「多请一天」「下午半天就行」. */
function lengthOrHalf(text: string, draft: LeaveDraft, env: UnderstandingEnv): LeaveSpan | null {
  const { start, end } = draft as { start: LocalDate; end: LocalDate };
  const length = LENGTH.exec(text);
  const n = length ? parseChineseNumber(length[1]!) : null;
  if (n !== null && n >= 1) return { end: env.calendar.addWorkingDays(env.calendar.workingDayOnOrAfter(start), n - 1) };
  const longer = LONGER.exec(text);
  if (longer) return { end: env.calendar.addWorkingDays(end, parseChineseNumber(longer[1]!) ?? 1) };
  const shorter = SHORTER.exec(text);
  if (shorter && end > start) return { end: env.calendar.addWorkingDays(end, -(parseChineseNumber(shorter[1]!) ?? 1)) };
  // 「下午去就行 上午还能上班」: the half said to be at work is not the one off.
  const offClauses = text.split(CLAUSE_BREAK).filter((c) => !AT_WORK.test(c));
  const halvesOf = (clauses: readonly string[]) =>
    clauses.flatMap((c) => [...c.matchAll(HALF)]).map((m) => (m[0] === '下午' ? 'pm' : 'am') as 'am' | 'pm');
  // 「只请下午就行，上午我还得去中心把交接弄完」: the half said to be taken off wins over one only told of.
  const half = halvesOf(offClauses.filter((c) => TAKES_OFF.test(c)))[0] ?? halvesOf(offClauses).at(-1);
  if (half !== undefined && start === end) return { startHalf: half, endHalf: half };
  // 「最后那天下午就回来上班了 算半天」: a half of the draft's first or last day, named by its place.
  return start !== end && /最后|末一天|第一天|头一天|首日|第.{1,2}天/.test(text)
    ? halfOfTheDraft(text, undefined, draft, env)
    : null;
}

/** A date clause is a change when it has a change word or is only a date (「是16号」「那17号吧」). */

/**
 * 「18号的会我推了」「16号的家访跟孙浩换了」: the date says which meeting or visit; its 推/换 are that
 * thing's, not the leave's (「16号的假」「16号那天」 are the leave's).
 */
const DATE_OF_SOMETHING_ELSE =
  /(?:[号日]|(?:周|星期|礼拜)[一二三四五六日天]|[今明后]天)的(?!假|请|[年事病婚丧产]假|调休|那|这|时候)\p{Script=Han}/u;

function dateSaidAsChange(text: string): boolean {
  const clauses = text.split(CLAUSE_BREAK).filter((c) => c.length > 0);
  const dated = clauses.filter((c) => DATED.test(c));
  if (dated.length > 0 && dated.every((c) => DATE_OF_SOMETHING_ELSE.test(c))) return false;
  if (clauses.length < 2 || dated.length === 0) return true;
  return dated.some((c) => EDIT_CUE.test(c) || c.replace(WHEN_AND_FILLER, '').replace(/^(?:是|改|就是)+/, '') === '');
}

function halfOfTheDraft(
  text: string,
  saidDay: LocalDate | undefined,
  draft: LeaveDraft,
  env: UnderstandingEnv,
): LeaveSpan | null {
  // 「23号只请上午 下午要回来开会」: the half said to be at work is not the one off.
  const clauses = text.split(CLAUSE_BREAK);
  const off = clauses.filter((c) => !AT_WORK.test(c)).join(' ');
  // 「最后那天下午就回来上班了」: the half back at work says the other one is off.
  const atWork = clauses
    .filter((c) => AT_WORK.test(c))
    .join(' ')
    .match(/上午|早上|下午/g);
  const halves =
    off.match(/上午|早上|下午/g) ?? (atWork?.length === 1 ? [atWork[0] === '下午' ? '上午' : '下午'] : null);
  if (halves?.length !== 1 || draft.start === undefined || draft.start === draft.end) return null;
  // The parser does not join 「15号」 and 「上午」 across 「只请」, nor read 「14号下午开始」 without a count.
  const dayOfMonth = /(\d{1,2})[号日]/.exec(text)?.[1];
  const is = (d: LocalDate | undefined) =>
    d !== undefined && (d === saidDay || (dayOfMonth !== undefined && Number(d.slice(8)) === Number(dayOfMonth)));
  // 「最后一天只请上午」「第一天下午开始请」: the draft's ends named by their place.
  // 「第二天只请上午」 on a two-day draft: a day counted in working days from the first.
  const nth = new RegExp(`第(${N})(?:个工作)?天`).exec(text);
  const n = nth ? parseChineseNumber(nth[1]!) : null;
  const counted =
    n !== null && n >= 1 ? env.calendar.addWorkingDays(env.calendar.workingDayOnOrAfter(draft.start), n - 1) : null;
  const last = /最后(?:一|那)天|末一天/.test(text) || counted === draft.end;
  const first = /第一天|头一天|首日/.test(text) || (n === 1 && counted !== null);
  if ((is(draft.end) || last) && halves[0] !== '下午') return { endHalf: 'am' };
  if ((is(draft.start) || first) && halves[0] === '下午') return { startHalf: 'pm' };
  return null;
}

function changed(draft: LeaveDraft, next: LeaveDraft): Fields | null {
  const out: Fields = {};
  const keys = ['type', 'start', 'end', 'startHalf', 'endHalf'] as const;
  for (const k of keys) {
    if (next[k] !== undefined && next[k] !== draft[k]) (out as Record<string, unknown>)[k] = next[k];
  }
  // 「改成下周四下午」 for a half day on Friday afternoon: the afternoon said goes with the new day, though
  // the draft's was an afternoon too (a new day without its half is read as the whole day).
  if (out.start !== undefined && next.startHalf !== undefined) out.startHalf = next.startHalf;
  if (out.end !== undefined && next.endHalf !== undefined) out.endHalf = next.endHalf;
  return Object.keys(out).length === 0 ? null : out;
}
