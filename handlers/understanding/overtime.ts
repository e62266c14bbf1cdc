import { NUMBER_SOURCE as N, parseChineseNumber } from '../../data/text/chinese-number.ts';
import { addDays, mondayOf, shanghaiDate, shanghaiTime, type LocalDate } from '../../data/time/index.ts';
import { parseOvertimeDate, parseTimeRange } from '../leave/parse/index.ts';
import { dateText, readLeaveSpan } from './leave-span.ts';
import { findReason, wholeReason } from './reason.ts';
import { anyOf, asksSomething, TENTATIVE } from './text-cues.ts';
import type { Fields, OvertimeDraft, Reading, UnderstandingEnv } from './types.ts';

/** Overtime said outright: 加班, 加了一天班, 登记加班, 算加班. */
/** 「事由写跟进个案」「原因改成…」: the overtime's reason replaced, in the person's words. */
const OVERTIME_REASON_EDIT = /(?:事由|理由|原因|内容)(?:改成|改为|换成|写成?|填成?|是|为|[:：])[\s:：,，]*(.+)$/;
/** 「昨天加到十点」: 加 right before an hour is 加班. */
const OVERTIME = anyOf(
  '',
  /加班|值班|加了.{0,5}班|顶了?.{0,4}的?班|替.{1,4}(?:值|上)?班|下班后(?:还)?要?(?:留下来?|留在单位|继续)/,
  /加到(?=\s*(?:晚上|夜里|凌晨)?\s*(?:\d|[一二三四五六七八九十两]+)\s*[点:：])/,
);
/** Request words of overtime (先报个加班, 补登一下加班): they are never part of a reason. */
const OVERTIME_KEYWORDS = anyOf(
  '',
  /(?:先|补|提前)?(?:补登|登记|报|记|算|计划|预计)?(?:个|一下|下)?加班(?:登记|了)?|补登(?:一下)?|(?:先)?报备(?:一下)?/,
  /(?:用来|拿来|换)调休|加了.{0,5}班|要加|下班后|留下来?|留在单位|[:：]/,
);
/** 「这周五调休一天 上个月加班攒的」: time off taken with 调休 is a leave; the overtime only says where it came from. */
const TAKES_TIME_OFF = /(?:请|用|休)(?:个|一天|半天)?调休|调休(?:[一两三四五半\d]个?(?:天|小时)|半天)/;
/** 「顶班」「替她上班」 without a day or a time: an offer to cover, nothing worked or planned yet. */
const COVERS = /顶了?.{0,4}的?班|替.{1,4}(?:值|上)?班/;
/** 「又弄了两个半小时」「早九晚五」 say how long, not why. */
const NOT_REASON = /小时|个钟|[才就]?走$|下班$|从$|开始$|^又?弄了|早.晚./;
// 「两点一直在…」: 一 of 一直 is no minute.
const CLOCK = new RegExp(`(\\d{1,2}):(\\d{2})|(${N})[点时](半|一刻|三刻|(${N})分?(?![直起样般共定切遍次会]))?`);
const PERIOD = /凌晨|半夜|早上|早晨|上午|中午|下午|午后|傍晚|晚上|夜里|夜间|今晚|明晚|昨晚/;

/**
 * Overtime worked or planned, the way people say it: 「上周六加班了 9点到5点 社区活动」,
 * 「今晚要加班到九点」, 「昨天晚上在刘阿婆家七点到九点 她摔倒了」 (a day and clock times with no
 * leave word is overtime too). Planned = it has not happened yet; it is credited only after.
 */
export function readOvertime(text: string, env: UnderstandingEnv): Reading | null {
  if (asksSomething(text.replace(/[?？]$/, ''))) return null;
  // 「我不想加班了」「加班不登记了」: no overtime to register.
  if (/不(?:想|用|要)?(?:再)?加班|加班(?:就)?不(?:用)?(?:登记|报|加)了?/.test(text)) return null;
  if (TAKES_TIME_OFF.test(text) || TENTATIVE.test(text)) return null;
  // 「周六又要加班 家里人都有意见了」: 又 with no hours is a complaint, nothing to register.
  const complains = /又(?:要|得|在)?加班/.test(text);
  // 「加班费」「加班工资」 are topics: overtime is said as something done or planned.
  const said = OVERTIME.test(text.replace(/加班(?:费|工资|补贴|时长|规定|制度)/g, ''));
  const times = readTimes(text, null);
  const noHours = times.startTime === undefined && times.endTime === undefined;
  if (complains && noHours) return null;
  // 「这个月都第三回加班了」: overtimes counted are talk, nothing to register.
  if (
    noHours &&
    /第?[\d一二两三四五六七八九十几]+[回次](?:班|加班|[了的]?加班)|加了[\d一二两三四五六七八九十几]+[回次]/.test(text)
  )
    return null;
  // 「马建华…叫我帮他顶班」: asked to cover, with no hours, is nothing worked or planned yet.
  if (noHours && /(?:叫|让|请|找)我(?:帮|替|去)/.test(text)) return null;
  // 「孙浩昨天加班到十点 太拼了」: a colleague's overtime, told by someone else, is theirs to register.
  if (!/我/.test(text) && colleagueIsSubject(text, env)) return null;
  if (!said && (times.startTime === undefined || times.endTime === undefined)) return null;
  if (!said && /请.{0,4}假|年假|事假|病假|调休/.test(text)) return null;
  const date = overtimeDay(text, env);
  if (!said && date === undefined) return null;
  const onlyCovers = !OVERTIME.test(text.replace(COVERS, ''));
  if (onlyCovers && date === undefined && times.startTime === undefined && times.endTime === undefined) return null;
  const resolved = readTimes(text, date === undefined ? null : env.calendar.isWorkingDay(date));
  // 「…早上9点到下午6点 中午休息一个钟」: the break is taken off the hours, and is no part of the reason.
  const pause = readBreak(text);
  const told = pause ? text.replace(pause.phrase, ' ') : text;
  const reason = findReason(told, { keywords: OVERTIME_KEYWORDS, prefer: 'last', skip: NOT_REASON });
  const fields: Fields = {
    ...(date ? { date } : {}),
    ...resolved,
    ...(reason ? { reason: reason.replace(/^(?:有个|有|是|要)/, '') } : {}),
    ...(pause ? { breakMinutes: pause.minutes } : {}),
  };
  if (date !== undefined) fields.planned = isAhead(date, fields.endTime ?? fields.startTime, env);
  return { intent: 'overtime', fields };
}

/**
 * A break inside the hours worked: 「中午休息一个钟」「午休1小时」「扣除午饭半小时」「中间休息了一下」 (length not said).
 * Not 「中午没休息」「午休都没了」, which say there was none.
 */
const BREAK = /(?:扣除?|减去?|除去|不算)?(中午|中间|午间|期间)?(休息|午休|午饭|吃饭)(?:时间)?(?:了|过)?/;
const NO_BREAK = /没(?:有)?(?:休息|午休)|(?:午休|休息)都没|没得休息|不休息|没吃饭|午饭都没/;
const BREAK_LENGTH = new RegExp(
  `^\\s*(?:大概|大约|约|了)?\\s*(半|\\d+(?:\\.\\d+)?|${N})\\s*个?\\s*(半)?\\s*(小时|钟头|个?钟|分钟|分)`,
);

export interface OvertimeBreak {
  /** The words that said it, to keep them out of the reason. */
  readonly phrase: string;
  /** null: a break said without how long. */
  readonly minutes: number | null;
}

/** The break said inside an overtime's hours, or null when none is (a bare 休息 with no length is no break). */
export function readBreak(text: string): OvertimeBreak | null {
  if (NO_BREAK.test(text)) return null;
  const m = BREAK.exec(text);
  if (!m) return null;
  const after = text.slice(m.index + m[0].length);
  const length = BREAK_LENGTH.exec(after);
  const minutes = length ? breakMinutesOf(length) : null;
  // 「带长者去休息」: 休息 with neither a length nor 中午/中间, nor 午休/午饭, is no break.
  if (minutes === null && m[1] === undefined && m[2] === '休息') return null;
  if (minutes === null && m[2] === '吃饭' && m[1] === undefined) return null;
  const phrase = m[0] + (length ? length[0] : (/^(?:了)?一下/.exec(after)?.[0] ?? ''));
  return { phrase, minutes };
}

function breakMinutesOf(m: RegExpExecArray): number | null {
  const n = m[1] === '半' ? 0.5 : /^\d/.test(m[1]!) ? Number(m[1]) : (parseChineseNumber(m[1]!) ?? Number.NaN);
  if (!Number.isFinite(n)) return null;
  const value = n + (m[2] === '半' ? 0.5 : 0);
  const minutes = /分/.test(m[3]!) ? value : value * 60;
  return minutes > 0 ? Math.round(minutes) : null;
}

/** Minutes of a break answered alone (「一个钟」「半小时」「40分钟」); 0 for 「没有」; undefined when none is said. */
export function breakAnswer(text: string): number | undefined {
  if (/^(?:没有?|没休息|没有休息|不用扣|不扣|无|0)[啊呀的了吧。!！]*$/.test(text.trim())) return 0;
  const length = BREAK_LENGTH.exec(text.trim().replace(/^(?:休息了?|大概|大约)/, ''));
  return length ? (breakMinutesOf(length) ?? undefined) : undefined;
}

function colleagueIsSubject(text: string, env: UnderstandingEnv): boolean {
  const names = env.people.map((p) => p.name).filter((n) => n.length >= 2 && n !== env.speaker);
  return names.some((n) =>
    new RegExp(`(?:^|[\\s,，。])${n}(?:说|他|她)?[^\\s,，。]{0,6}(?:加班|加了|值班|加到)`).test(text),
  );
}

/** An overtime draft under read-back changed: its day or clock times. Null when none is named. */
export function readOvertimeEdit(said: string, draft: OvertimeDraft, env: UnderstandingEnv): Fields | null {
  // 「是五号礼拜六」: a day of the month in Chinese numerals, as digits (not 周日/星期日).
  const text = said.replace(/(?<![周期拜])([一二三四五六七八九十]{1,3})(?=[号日])/g, (n) =>
    String(parseChineseNumber(n) ?? n),
  );
  const out: Fields = {};
  const reference = draft.date ?? env.today;
  const reasonEdit = OVERTIME_REASON_EDIT.exec(text);
  if (reasonEdit) {
    const reason = wholeReason(reasonEdit[1]!);
    return reason === undefined || reason === draft.reason ? null : { reason };
  }
  if (/日期|哪天|[号日]|周|礼拜|星期|[昨前今明后]天/.test(text)) {
    // 「不是昨天 是前天」: the day after 不是 is the one replaced.
    const said = text.replace(/不是[^\s,，。是]*/g, ' ');
    // 昨天/前天 are said from today; a weekday is the draft's week.
    const from = /[昨前今明后]天/.test(said) ? env.today : mondayOf(reference);
    const bare = /^[^月]*?(\d{1,2})[号日](?!.*月)/.exec(said);
    // 「是6号」: a bare day of the month is of the draft's month (overtime is mostly past), not the next one.
    const day = bare ? inMonthOf(reference, Number(bare[1])) : readLeaveSpan(said, from, env.calendar).span.start;
    if (day !== undefined && day !== draft.date) out.date = day;
  }
  const clocks = [...text.matchAll(new RegExp(CLOCK.source, 'g'))].map((m) => ({
    at: m.index,
    length: m[0].length,
    ...clockOf(m),
  }));
  const [a, b] = clocks;
  // 「不是到九点 是到九点半」: the first time is the one replaced, not the start of a range.
  const replaced = a !== undefined && /不是(?:到|从)?$/.test(text.slice(0, a.at));
  if (a !== undefined && b !== undefined && !replaced && /(?:到|至|-|~)[^到至]{0,2}$/.test(text.slice(a.at, b.at))) {
    // 「下午两点到六点」: the half of the day said before the range is both ends'.
    const said = saidHalf(text, a.at);
    const start = said ? said(a) : nearest(a.hour, a.minute, draft.start);
    const end = said ? said(b) : nearest(b.hour, b.minute, draft.end);
    if (start !== draft.start) out.startTime = start;
    if (end !== draft.end) out.endTime = end;
    return Object.keys(out).length > 0 ? out : null;
  }
  // 「结束是八点半不是九点」: the time after 不是 is the one being replaced, not the new one.
  const target = clocks.filter((c) => !/不是$/.test(text.slice(0, c.at))).at(-1);
  if (target !== undefined) {
    const isStart =
      /开始|从/.test(text.slice(target.at)) ||
      /开始的?$/.test(text) ||
      /从.{0,3}$/.test(text.slice(0, target.at)) ||
      // 「开始是六点半不是六点」: the message opens with which end it changes.
      /^(?:开始|起始)/.test(text.trim()) ||
      // 「是两点半到的 不是两点」: the time one arrived is when it started.
      /^(?:才)?到(?:的|岗|单位|那)/.test(text.slice(target.at + target.length));
    const old = isStart ? draft.start : draft.end;
    const said = saidHalf(text, target.at);
    const value = said ? said(target) : nearest(target.hour, target.minute, old);
    if (isStart && value !== draft.start) out.startTime = value;
    if (!isStart && value !== draft.end) out.endTime = value;
  }
  return Object.keys(out).length > 0 ? out : null;
}

/**
 * The day: a bare 周六 is the one of this week (Monday to Sunday), as people say it on a Tuesday
 * of both last Monday and the coming Saturday; 上周六 and 12号 as written.
 */
function overtimeDay(text: string, env: UnderstandingEnv): LocalDate | undefined {
  const past = /加了|了班|班了|[做干]了|昨|前天|上次/.test(text) && !/要|准备|计划|打算/.test(text);
  // 「12号加班」: a bare day of the month is this month's — last month's only when said done and still ahead.
  const bare = /^[^月]*?(?<![\d./-])(\d{1,2})[号日](?![^月]*月)/.exec(text);
  if (bare && !/[昨前今明后]天|上.{0,2}(?:周|礼拜|星期)|下.{0,2}(?:周|礼拜|星期)/.test(text)) {
    const day = inMonthOf(env.today, Number(bare[1]));
    if (day !== undefined && !(past && day > env.today)) return day;
  }
  const asLeave = readLeaveSpan(text, mondayOf(env.today), env.calendar).span.start;
  const explicit = parseOvertimeDate(dateText(text), env.today);
  if (
    /[昨前今明后]天|[今明昨][晚早]|上.{0,2}(?:周|礼拜|星期)|下.{0,2}(?:周|礼拜|星期)|[\d一二三四五六七八九十][号日]/.test(
      text,
    )
  ) {
    if (explicit.kind === 'date') return explicit.date;
    const leave = readLeaveSpan(text, env.today, env.calendar).span.start;
    if (leave !== undefined) return leave;
  }
  if (asLeave !== undefined && past && asLeave > env.today) return addDays(asLeave, -7);
  return asLeave ?? (explicit.kind === 'date' ? explicit.date : undefined);
}

interface Clock {
  hour: number;
  minute: number;
}

function clockOf(m: RegExpMatchArray): Clock {
  if (m[1] !== undefined) return { hour: Number(m[1]), minute: Number(m[2]) };
  const hour = parseChineseNumber(m[3]!) ?? 0;
  const tail = m[4];
  const quarters: Record<string, number> = { 半: 30, 一刻: 15, 三刻: 45 };
  const minute = tail === undefined ? 0 : (quarters[tail] ?? parseChineseNumber(m[5] ?? '') ?? 0);
  return { hour, minute };
}

/**
 * The half of the day said just before a clock time, and not denied (「不是上午 是下午两点到六点」:
 * 下午), as the reading of its hours; undefined when none is said there.
 */
function saidHalf(text: string, at: number): ((time: Clock) => string) | undefined {
  const from = Math.max(0, at - 4);
  const period = [...text.slice(from, at).matchAll(new RegExp(PERIOD.source, 'g'))].at(-1);
  if (period === undefined || /不是$/.test(text.slice(0, from + period.index))) return undefined;
  const later = /下午|午后|傍晚|晚|夜/.test(period[0]);
  return ({ hour, minute }) => clock(later && hour < 12 ? hour + 12 : hour, minute);
}

/** The reading of an hour (h or h+12) closest to the time it replaces. */
function nearest(hour: number, minute: number, old: string | undefined): string {
  const options = hour <= 12 ? [hour, hour + 12] : [hour];
  const oldHour = old === undefined ? 18 : Number(old.slice(0, 2));
  const best = options.reduce((a, b) => (Math.abs(b - oldHour) < Math.abs(a - oldHour) ? b : a));
  return clock(best, minute);
}

/**
 * Clock times: the project's time-range reader first; where it would ask 上午还是晚上, the day
 * decides as people mean it — after work on a working day (「六点到八点半」 = 18:00–20:30), a
 * daytime shift on a day off (「9点到5点」 = 09:00–17:00). 「加班到九点」 has an end only.
 */
export function readTimes(text: string, workingDay: boolean | null): Pick<Fields, 'startTime' | 'endTime'> {
  // 「早九晚五」: morning to evening hours, said as an idiom.
  const idiom = new RegExp(`早(${N})晚(${N})`).exec(text);
  if (idiom) {
    const [from, to] = [parseChineseNumber(idiom[1]!) ?? 9, parseChineseNumber(idiom[2]!) ?? 5];
    return { startTime: clock(from, 0), endTime: clock(to < 12 ? to + 12 : to, 0) };
  }
  const norm = dateText(text);
  const range = parseTimeRange(norm);
  if (range.kind === 'time-range') return { startTime: range.start, endTime: range.end };
  const clocks = [...norm.matchAll(new RegExp(CLOCK.source, 'g'))].map((m) => ({ at: m.index, ...clockOf(m) }));
  if (clocks.length === 0) return {};
  const evening = workingDay ?? true;
  const period = PERIOD.exec(norm)?.[0];
  const toHour = (h: number) => {
    if (h > 12) return h;
    if (period !== undefined) return /下午|午后|傍晚|晚|夜/.test(period) && h < 12 ? h + 12 : h;
    return evening && h <= 11 ? h + 12 : h < 7 ? h + 12 : h;
  };
  const before = (c: { at: number }) => norm.slice(0, c.at);
  const startsHere = (c: { at: number }) => /^[^\d一二三四五六七八九十]{0,3}开始/.test(norm.slice(c.at + 2));
  const from = clocks.find((c) => /从.{0,2}$/.test(before(c)) || startsHere(c));
  const endsHere = (c: { at: number }) => /^[^\d]{0,4}?[才就]?(?:走|下班|结束)/.test(norm.slice(c.at + 1));
  const to = clocks.find((c) => /到.{0,2}$/.test(before(c)) || endsHere(c));
  if (range.kind === 'ambiguous' && clocks.length >= 2 && from === undefined) {
    const [a, b] = clocks as [Clock & { at: number }, Clock & { at: number }];
    let start = toHour(a.hour);
    let end = b.hour > 12 ? b.hour : period === undefined && !evening ? b.hour : toHour(b.hour);
    if (end <= start && end + 12 <= 24) end += 12;
    if (!evening && period === undefined && a.hour < 7) start = a.hour + 12;
    return { startTime: clock(start, a.minute), endTime: clock(end, b.minute) };
  }
  const out: Pick<Fields, 'startTime' | 'endTime'> = {};
  if (from !== undefined) out.startTime = clock(toHour(from.hour), from.minute);
  if (to !== undefined) out.endTime = clock(toHour(to.hour), to.minute);
  return out;
}

/** Day `d` of the month of `reference`; undefined when that month has no such day. */
function inMonthOf(reference: LocalDate, d: number): LocalDate | undefined {
  if (d < 1 || d > 31) return undefined;
  const date = `${reference.slice(0, 8)}${String(d).padStart(2, '0')}`;
  return Number.isNaN(Date.parse(`${date}T00:00:00Z`)) || new Date(`${date}T00:00:00Z`).getUTCDate() !== d
    ? undefined
    : (date as LocalDate);
}

function clock(hour: number, minute: number): string {
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

function isAhead(date: LocalDate, time: string | undefined, env: UnderstandingEnv): boolean {
  const today = shanghaiDate(env.now);
  if (date !== today) return date > today;
  return time === undefined ? true : time > shanghaiTime(env.now);
}
