import { normalizeText } from '../leave/parse/normalize.ts';
import { tokenize } from '../leave/parse/tokenize.ts';
import { inTheSameWeek, onTheSameDay } from './clause-context.ts';
import { hasDates, readLeaveSpan } from './leave-span.ts';
import { leaveAsMeant, withoutStoryToday } from './leave-meant.ts';
import { TYPE_WORD_SOURCE, typeMentions, typeOf } from './leave-types.ts';
import { withFullNames } from './called-by.ts';
import { oneRun } from './one-run.ts';
import { findReason } from './reason.ts';
import { anyOf, asksSomething, SUPPOSES, TENTATIVE } from './text-cues.ts';
import type { LeaveFields, Reading, UnderstandingEnv } from './types.ts';

/** Request words: they are never part of a reason. */
export const LEAVE_KEYWORDS = new RegExp(
  `${TYPE_WORD_SOURCE}|(?:想|打算|准备|需要)?请[^\\s,，。!！]{0,5}?假|个?假(?=$|[\\s,，。!！:：])|请|` +
    `(?<![家好让议求])休息|休假|休(?=[一二两三四五六七八九十半\\d个])|` +
    `用(?=${TYPE_WORD_SOURCE})|申请|(?:帮我)?登记一下|行不行|可以吗|(?:去|来|上)不了了?(?:班)?|不能来了?|不来了`,
);

/** Opens as a request even when it ends in 吗: 「我想请假，可以吗」. */
const STRONG =
  /^(?:[\p{Script=Han}]{1,2}(?:姐|哥)\s*)?(?:我|本人)?(?:也|自己)?(?:想|要|需要|打算|准备|得)(?:申请|办)?(?:请|休)/u;
/** A request verb: 请年假, 请半天事假, 请个假, 休息一天, 调休. */
const VERB = anyOf(
  '',
  /(?:从|由)[^\s,，。]{1,8}[请休]到|开始[请休]到|请[^\s,，。]{0,6}?假|请价|休息?[一两三\d半]天|休假/,
  /[半一两三\d]天假|请(?:半天|[一两三四五\d]天)|[半一两三四五\d]天(?:都)?(?:要|想|得)休息/,
);
/** Cannot come to work: 去不了, 来不了, 上不了班. */
const ABSENT = /(?:去|来|上)不了(?:班)?|没法(?:去|来|上班)|不能(?:去|来)上班|不能来了?|(?<![会要还也])不来了/;
/**
 * 「后天能请假吗 我家里有事」: asking leave for a day of one's own is a request, though it could be
 * a question about the rules; the understanding offers both.
 */
export const ASKS_PERMISSION = /(?:能|可以|可不可以)(?:请|休).{0,4}假(?:吗|不)/;
/** 「能不能帮我请个假」「可以帮我请一天假吗」: the bot asked to file a leave. */
const ASKS_TO_FILE = /(?:能不能|可不可以|能|可以|麻烦)帮(?:我|忙)(?:请|申请)/;
/** Asking about how, not politeness: 什么, 几天, 谁, 怎么, 需要…吗. */
const RULE_QUESTION = /什么|几天|多少|谁|怎么|哪|多久|要不要|需不需要|需要.{0,6}吗|是不是/;
/** Politeness at the end of a request is not a question: 「…年假 行不行」「28号请年假行吗」. */
const POLITE_ASK =
  /(?:^|[\s,，。]|(?<=假))(?:行不行|可以吗|行吗|好吗|好不好|可不可以|能批吗|(?:一共|总共|共)[^\s,，。]{1,4}(?:对吧|是吧|对不对|吧))[?？!！\s]*$/;

const MAYBE = /可能|也许|或许|说不定|不一定/;
const PROCEDURE = /流程|手续|步骤|规定|制度/;
const COUNT = '[\\d一二两三四五六七八九十]+';

/** Whether a message speaks of taking leave at all: a request verb, a type with dates, a day one cannot come. */
function mentionsLeave(text: string, env: UnderstandingEnv): boolean {
  // A type named with dates asks for it (「12.28-12.30 年假」); a type alone is a topic (「丧假的规定」).
  const typeWithDates =
    typeMentions(text).some((m) => !m.negated) && readLeaveSpan(text, env.today, env.calendar).parse.kind !== 'none';
  // 「明天去不了 腰疼」: a day of one's own that one cannot come to work is a request too.
  // 「这两天来不了」: days of one's own, left for the flow to ask.
  const absentOnADay =
    ABSENT.test(text) &&
    (readLeaveSpan(text, env.today, env.calendar).parse.kind === 'range' || /这两天|这几天/.test(text)) &&
    !/晚点|迟到/.test(text);
  return VERB.test(text) || typeWithDates || absentOnADay;
}

/**
 * Leave spoken of without being asked for: on a condition, promised for later, others' counted, undecided or
 * suggested by someone, what is left, a maybe left for later. Read as talk for sure, so that no looser reader
 * of leave requests takes it up after.
 */
function onlyTalksOfLeave(text: string, env: UnderstandingEnv): boolean {
  // 「如果下周三孩子还发烧 我就得请病假了」: a leave on a condition not yet met.
  if (SUPPOSES.test(text) && /[就才]\s*(?:得|要|只能|会|只好)?\s*(?:请|休)/.test(text)) return true;
  // 「下次请年假我提前一个月说」: a later time, no day: a promise, not a request.
  if (/下次|下回|以后|将来/.test(text) && readLeaveSpan(text, env.today, env.calendar).span.start === undefined)
    return true;
  // 「我们组下周三有三个人请假」: others' leave, counted.
  if (new RegExp(`(?:${COUNT}个?|几个|好几个|多少)人(?:都|要|在)?(?:请|休)`).test(text)) return true;
  // 「还没想好要不要请假」「组长说让我请假休息一下」: undecided, or someone else's suggestion, asks for nothing.
  if (/(?:还没|没)(?:想好|决定|定)|不知道要不要|(?:说|叫)让?我.{0,6}请.{0,3}假/.test(text)) return true;
  // 「每次请假都要填这么多东西 烦死」: leave in general, complained of.
  if (/每次|每回|老是|总是/.test(text) && readLeaveSpan(text, env.today, env.calendar).span.start === undefined)
    return true;
  // 「我老公单位请年假都不用审批 羡慕」: leave at another workplace, compared.
  if (
    /(?:老公|老婆|爱人|朋友|同学|别人|人家|别的|其他|亲戚|邻居|[姐哥弟妹爸妈]{1,2})(?:的)?(?:单位|公司|机构|那边)[^\s,，。]{0,4}(?:请|休)/.test(
      text,
    )
  )
    return true;
  // 「上个月的调休还没休完呢」: how much is left is said, nothing asked for.
  if (/(?:还没|没)(?:休|用|请)完|(?:休|用)完了/.test(text)) return true;
  // 「下周可能要请两天假 等医院通知了再说」: a leave only maybe, left for later, asks for nothing yet.
  return MAYBE.test(text) && (TENTATIVE.test(text) || /再说|再定|再看|再请/.test(text));
}

/** One's own request said outright anywhere in the message: 我要请一天假, 我想休两天年假. */
const OWN_REQUEST = /我(?:要|想|需要|得|准备|打算)(?:申请)?(?:请|休)[^\s,，。]{0,6}假/;
/** A side question about one's balance, or a filler opening of a spoken message (我想问一下就是). */
const ASIDE =
  /(?:我记得)?我?还(?:有|剩)(?:几|多少)天?(?:假)?的?(?:对吧|是吧|吧|吗|没有?)?|(?:嗯|那个|我)*想问一下(?:就是)?/g;

/**
 * 「嗯那个我想问一下就是下个星期一我要请一天假然后就是年假吧我记得我还有几天的对吧然后原因就是…」: said in one
 * breath (voice input), one's own request with a day of its own is the request, whatever is asked beside it about
 * the balance (the read-back shows the balance). It was answered with the balance alone, and the request lost.
 */
export function asksForLeaveAside(text: string, env: UnderstandingEnv): boolean {
  if (!OWN_REQUEST.test(text) || /的话|如果|假如|要是|万一/.test(text)) return false;
  if (readLeaveSpan(text, env.today, env.calendar).parse.kind !== 'range') return false;
  return !asksSomething(text.replace(ASIDE, ' '));
}

/** Whether a message asks for leave (「下周一到周三请年假」) rather than asking about leave. */
export function asksForLeave(text: string, env: UnderstandingEnv): boolean {
  if (!mentionsLeave(text, env)) return false;
  if (asksForLeaveAside(text, env)) return true;
  if (SUPPOSES.test(text) && asksSomething(text.replace(POLITE_ASK, ''))) return false;
  if (onlyTalksOfLeave(text, env)) return false;
  // 「一线社工请假流程」: the procedure named, with no day of its own, asks about the rules (it was read as
  // a request with the reason 「流程」).
  if (PROCEDURE.test(text) && readLeaveSpan(text, env.today, env.calendar).parse.kind === 'none') return false;
  // 「我想请病假 需要什么材料」: with no day of its own, a question word makes it a question about the rules.
  const undatedQuestion =
    RULE_QUESTION.test(text) && readLeaveSpan(text, env.today, env.calendar).parse.kind === 'none';
  if (STRONG.test(text) && !/的话|如果|假如|要是|万一/.test(text) && !undatedQuestion) return true;
  if (ASKS_PERMISSION.test(text) && readLeaveSpan(text, env.today, env.calendar).parse.kind === 'range') return true;
  // 「能不能帮我请个假 明天」: asking the bot to file it, for a day of one's own, is the request itself.
  if (ASKS_TO_FILE.test(text) && readLeaveSpan(text, env.today, env.calendar).parse.kind === 'range') return true;
  return !asksSomething(text.replace(POLITE_ASK, ''));
}

/** A clause leaving a day out of what is asked for: 「周二要开例会就不请了」. */
const DECLINED = /不(?:用|想)?(?:请|休)了?/;

/**
 * The message without the clauses that leave a day out, when others remain: 「帮我请下周一和下周三的年假
 * 周二要开例会就不请了」 asks for Monday and Wednesday; the Tuesday clause is neither a request nor its reason.
 */
export function withoutDeclinedClauses(text: string): string {
  const clauses = text.split(/(?<=[\s,，。;；!！])/);
  const kept = clauses.filter((c) => !DECLINED.test(c));
  return kept.length > 0 && kept.length < clauses.length ? kept.join('').trim() : text;
}

/** A new leave request, or several (「14号请年假 15 16号用调休」), read from one message. */
export function readLeaveRequest(said: string, env: UnderstandingEnv): Reading | null {
  const text = withoutDeclinedClauses(leaveAsMeant(said));
  const talk = { intent: asksSomething(text) ? 'ask_policy' : 'small_talk', fields: {} } as const;
  if (mentionsLeave(text, env) && onlyTalksOfLeave(text, env)) return talk;
  if (!asksForLeave(text, env)) return null;
  // 「我收到孙浩的请假了」: a colleague's leave is talked about, not asked for; so is 「郑雨请假 我帮她顶班」,
  // where she is covered for (「胡秋菊请假明天一天」 alone is the speaker signing her own request).
  const colleagues = env.people.filter((p) => p.name !== env.speaker && p.name.length >= 2).map((p) => p.name);
  // 「雨姐今天休假去了」: colleagues as they are called.
  const called = withFullNames(text, env.people, env.speaker);
  const covered = /[帮替][她他]/.test(called);
  if (colleagues.some((name) => new RegExp(`${name}(?:的${covered ? '|要?请(?:了|个)?假' : ''})`).test(called)))
    return talk;
  // 「郑雨把年假撤了」: a colleague's leave taken back, told.
  if (
    colleagues.some((name) =>
      new RegExp(`${name}(?:已经)?(?:把|的)?[^\\s,，。]{0,6}(?:撤|取消|不请|不休)`).test(called),
    )
  )
    return talk;
  // 「孙浩下周请了三天假」「孙浩下周请假 他的个案我来跟」: a colleague named first, whose leave it is.
  const first = colleagues.find((name) => called.startsWith(name));
  // Called by a nickname (浩哥, 小孙): someone else for sure, whatever follows.
  const byNickname = first !== undefined && !text.startsWith(first);
  if (first !== undefined && (byNickname || /(?:请|休)了/.test(called) || /[他她]/.test(called.slice(first.length))))
    return talk;
  // 「马建华说他礼拜六要请假」: a colleague's leave, as they told it.
  if (colleagues.some((name) => new RegExp(`${name}(?:跟我|和我)?说[他她]`).test(called))) return talk;
  // 「郑雨下周请婚假了」: news of a colleague's leave, said as done.
  if (
    colleagues.some((name) =>
      new RegExp(`${name}[^我\\s,，。]{0,8}(?:请|休)[^\\s,，。]{0,4}[了啦](?:$|[\\s,，。!！])`).test(called),
    )
  )
    return talk;
  const several = readSeveral(text, env);
  const run = several === null || SEVERAL.test(text) ? null : oneRun(several, env);
  if (run !== null) return { intent: 'leave_request', fields: { ...run, ...reasonOf(readOneLeave(text, env)) } };
  if (several !== null) return { intent: 'leave_multi', fields: { requests: several } };
  return { intent: 'leave_request', fields: readOneLeave(text, env) };
}

/** Type, dates and reason of one leave. */
export function readOneLeave(said: string, env: UnderstandingEnv): LeaveFields {
  const type = typeOf(said);
  const due = withoutDueDate(said);
  const text = due.text;
  const span = spanWithoutTheStory(text, env, type);
  // 「胡秋菊请假明天一天」: the person signing with their own name gives no reason by it.
  const names = env.people.map((p) => p.name).filter((n) => n.length >= 2);
  const skip = names.length > 0 ? new RegExp(`^(?:${names.join('|')})$`) : undefined;
  const reason =
    findReason(text, { keywords: LEAVE_KEYWORDS, prefer: 'first', ...(skip ? { skip } : {}) }) ?? due.reason;
  return { ...(type ? { type } : {}), ...span, ...(reason ? { reason } : {}) };
}

/**
 * 「我想请产假 预产期是明年3月10号」: the due date is no day of the leave (it was read as a one-day leave
 * with the reason 「预产期是」). The text without it, for the dates, and the due date as said, for the reason.
 */
export function withoutDueDate(text: string): { readonly text: string; readonly reason?: string } {
  const due = DUE_DATE.exec(text);
  return due ? { text: text.replace(due[0], ' '), reason: `预产期${due[1]}` } : { text };
}

const MONTH_DAY =
  /(?:今年|明年)?(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})[日号]?)?/;
const DUE_DATE = new RegExp(
  `预产期(?:是|在|为|大概|大约|估计|差不多)*\\s*((?:${MONTH_DAY.source}|下下?个?月)(?:初|中|底|中旬|下旬|上旬|左右)?)`,
);

/**
 * 「外婆昨晚走了 想请丧假 明天到礼拜五」: the story's own day (昨晚, 前天) is no day of the leave. When the
 * whole message reads as no span, it is read again without the clauses telling what happened.
 */
function spanWithoutTheStory(said: string, env: UnderstandingEnv, type: string | undefined) {
  const text = withoutStoryToday(said);
  const { span } = readLeaveSpan(text, env.today, env.calendar, type);
  if (span.start !== undefined) return span;
  const clauses = text.split(/[\s,，。;；!！]+/).filter((c) => c.length > 0);
  const kept = clauses.filter((c) => !(STORY_DAY.test(c) && /了/.test(c) && !/请|假|休/.test(c)));
  if (kept.length === clauses.length || kept.length === 0) return span;
  return readLeaveSpan(kept.join(' '), env.today, env.calendar, type).span;
}

const STORY_DAY = /昨晚|昨天|前天|昨夜|半夜|凌晨|上周/;

/**
 * Several leaves in one message: a type per part (「21号事假 22号23号年假」), or one type over
 * parts said apart (「下周一和下周五各请一天事假」「12月17-18号一段 1月4-5号一段」).
 */
function readSeveral(text: string, env: UnderstandingEnv): LeaveFields[] | null {
  const types = typeMentions(text).filter((m) => !m.negated);
  const byClause = clauseRequests(text, env, types.length === 1 ? types[0]!.type : undefined);
  if (byClause !== null) return byClause;
  let parts: string[] = [];
  if (types.length >= 2) {
    const starts = dateStarts(text);
    const cuts: number[] = [];
    for (const t of types.slice(0, -1)) {
      const next = starts.find((s) => s >= t.end);
      if (next !== undefined && !cuts.includes(next)) cuts.push(next);
    }
    parts = cutAt(text, cuts);
  } else if (/各|分别|两段|[两三]次/.test(text) || notOneRange(text, env)) {
    parts = text.split(/(?<=一段)|和|、|跟|还有/).filter((p) => /\d|[一二三四五六日天]/.test(p));
  }
  if (parts.length < 2) return null;
  const common = types.length === 1 ? types[0]!.type : undefined;
  const requests = parts.map((p) => {
    const one = readOneLeave(p, env);
    if (one.type === undefined && common !== undefined) one.type = common;
    if (/各请?一天/.test(text) && one.start !== undefined && one.end === undefined) one.end = one.start;
    return one;
  });
  if (!requests.every((r) => hasDates(r))) return null;
  return requests;
}

const reasonOf = (one: LeaveFields) => (one.reason === undefined ? {} : { reason: one.reason });

/** Says there are several: 「请两次假」「一个是…一个是…」「各请一天」. */
const SEVERAL = /[两三]次|两段|各|分别|一个是/;
/** A clause that asks for leave by itself: 「后天下午也要请」「24号用调休」. */
const CLAUSE_ASKS = /请|休|假|用/;

/**
 * One request per clause with its own dates (「明天上午请假 后天下午也要请」「年假请22 23号 24号用调休」),
 * when each such clause asks for leave or the message says there are several. Days apart, never
 * overlapping: 「今天早上发烧，今天请病假」 is one request.
 */
function clauseRequests(text: string, env: UnderstandingEnv, common: string | undefined): LeaveFields[] | null {
  // Spaces between two numbers belong to one date (「22 23号」); other spaces and punctuation part clauses.
  const clauses = onTheSameDay(
    inTheSameWeek(text.split(/(?<!\d)\s+|[,，。;；!！]+/).filter((c) => c.trim().length > 0)),
  );
  const read = clauses.map((c) => ({ c, one: readOneLeave(c, env) }));
  const dated = read.filter(({ one }) => one.start !== undefined && one.end !== undefined);
  if (dated.length < 2) return null;
  if (!SEVERAL.test(text) && !dated.every(({ c }) => CLAUSE_ASKS.test(c))) return null;
  const spans = dated.map(({ one }) => one).sort((a, b) => (a.start! < b.start! ? -1 : 1));
  // The morning and then the afternoon of one day are apart too (「上午请事假 下午请年假」).
  const halvesApart = (a: LeaveFields, b: LeaveFields) =>
    a.end === b.start && a.endHalf === 'am' && b.startHalf === 'pm';
  if (spans.some((s, i) => i > 0 && s.start! <= spans[i - 1]!.end! && !halvesApart(spans[i - 1]!, s))) return null;
  // 「都是带孩子去打疫苗」: a reason said once, after the dates, for all of them.
  const said = SHARED_REASON.test(text) ? read.find(({ one }) => one.start === undefined)?.one.reason : undefined;
  const shared = said?.replace(/^都(?:是|因为|为了)?/, '');
  // A type carries forward to the clauses after it (「周四请年假 下周一也请」), never back to one before it
  // that asked on its own (「16号下午请半天 然后28号到31号请年假」).
  const typedAt = dated.findIndex(({ one }) => one.type !== undefined);
  return dated.map(({ one }, i) => {
    const out = { ...one };
    if (out.type === undefined && common !== undefined && (typedAt < 0 || i > typedAt)) out.type = common;
    if (out.reason === undefined && shared !== undefined) out.reason = shared;
    return out;
  });
}

/** 「都是…」「都因为…」: one reason for every request of the message. */
const SHARED_REASON = /都是|都因为|都为了|都要/;

/** 「这周五和下周一」: days listed that are not one run (the parser will not read them as a range). */
function notOneRange(text: string, env: UnderstandingEnv): boolean {
  const { parse } = readLeaveSpan(text, env.today, env.calendar);
  return parse.kind === 'ambiguous' && /和|、|跟|还有/.test(parse.matched ?? '');
}

/** Where each written date begins, in the original text (「15 16号」 begins at 15). */
function dateStarts(text: string): number[] {
  const norm = normalizeText(text);
  const out: number[] = [];
  for (const t of tokenize(norm.text)) {
    if (t.kind !== 'date') continue;
    let at = norm.origin[t.start] ?? 0;
    while (at > 0 && /[\d\s]/.test(text[at - 1]!) && /\d/.test(text.slice(0, at).trim().at(-1) ?? '')) at--;
    out.push(at);
  }
  return out;
}

function cutAt(text: string, cuts: readonly number[]): string[] {
  const sorted = [...cuts].sort((a, b) => a - b);
  const parts: string[] = [];
  let from = 0;
  for (const c of sorted) {
    parts.push(text.slice(from, c));
    from = c;
  }
  parts.push(text.slice(from));
  return parts.filter((p) => p.trim().length > 0);
}
