import { asksForLeave, withoutDeclinedClauses } from './leave-request.ts';
import type { LocalDate } from '../../data/time/index.ts';
import { readLeaveSpan } from './leave-span.ts';
import { typeOf } from './leave-types.ts';
import { asksSomething, SUPPOSES } from './text-cues.ts';
import type { Fields, Reading, UnderstandingEnv } from './types.ts';

/** Taking back a submitted leave: 撤回, 撤掉, 退掉; in an idle chat also 「不请了」「不休了」「不用了」. */
const TAKES_BACK = /不想请了|不想休了|撤回|撤掉|撤了|撤销|撤下|撤一下|退掉|不请了|不休了|不用了|不要了|取消/;
/** 「不用请了」 as well, of a leave pointed at (below). */
const WITHDRAW = new RegExp(`${TAKES_BACK.source}|不用请了|不用休了`);
/** What is taken back must be a leave, not a notice (取消通知 7 is HR's). */
const ABOUT_LEAVE = /假|调休|申请|请的|那个|编号|\d+号|[一二三四五六日天]|明天|后天/;
/** Asking how withdrawing works, not asking for it. */
const ABOUT_RULES = /多久|多长时间|怎么|怎样|如何|流程|什么|哪里|谁|会不会|影响|操作|以后|之后/;
/** By number: 编号4, 第4, 4号申请, and 「撤回4号」 (the bot's own command 「撤回 4」, as approvers' 「4号」). */
const NUMBERED =
  /(?:编号|第)\s*(\d{1,4})|(\d{1,4})\s*号申请|^(?:撤回|撤销)\s*(\d{1,4})\s*号?[。!！]*$|^(\d{1,4})\s*号?\s*(?:撤回|撤销)(?:吧|了)?[。!！]*$/;

/**
 * The start of the leave meant: a half day's which half does not matter (「后天的半天假不用了」), and the
 * clause with the date is read alone when the whole is not one date (「元旦后那个年假撤回 1月4号开始的那个」).
 */
function leaveDate(said: string, env: UnderstandingEnv): LocalDate | undefined {
  // 「烧退了明天正常上班」: the day one is back at work is no day of the leave.
  // 「17、18号年假」: the first of the days listed is where the leave starts.
  const text = said
    .split(/(?<=[\s,，。;；!！])/)
    .filter((c) => !/(?:正常|回来|回去|照常|可以|能)上班|到(?:单位|岗)|来上班|回单位/.test(c) || /假|休|请/.test(c))
    .join('')
    .replace(/(\d{1,2})\s*[、，,和及跟]\s*\d{1,2}(?=\s*[号日])/g, '$1号');
  const read = (t: string) => readLeaveSpan(t.replace(/的?半天/g, '').replace(/开始的/g, ''), env.today, env.calendar);
  const whole = read(text);
  if (whole.span.start !== undefined || whole.parse.kind === 'none') return whole.span.start;
  for (const clause of text.split(/[\s,，。;；!！]+/)) {
    const start = read(clause).span.start;
    if (start !== undefined) return start;
  }
  return undefined;
}

/**
 * 「昨天补的那个事假」「昨天请的那个病假」: the day it was handed in, not the leave's — it names no leave date
 * (「礼拜五请的假」, a day ahead, is the leave's).
 */
const SUBMITTED_ON =
  /(?:[今昨前]天|上周.|礼拜.|星期.|\d{1,2}[号日])(?:刚|才)?(?:补|提交|申请|交|报|发|提)(?:上去)?的|(?:[昨前]天|上周.)(?:刚|才)?请的/g;
/** Only 「不请了」 said, no 撤: it may be a day left out of a new request (「周二要开例会就不请了」). */
const DECLINED_ONLY = /^(?:(?!撤|退掉|取消).)*$/;

/**
 * A request to withdraw a leave already submitted or approved: by number, by its date (the
 * leave's start) or by its type. 「10号那个事假不请了 帮我撤掉」 is this, not a new request.
 */
export function readWithdraw(text: string, env: UnderstandingEnv): Reading | null {
  // 「撤回」「我想撤回」「帮我撤销一下」: nothing but the wish, of one's own leave.
  const bare = /^(?:我|帮我|麻烦帮我)?(?:想|要)?(?:不请了|不休了|撤回|撤销)(?:吧|了|一下)?[。!！]*$/.test(text.trim());
  if (!WITHDRAW.test(text) || !(bare || ABOUT_LEAVE.test(text)) || /通知/.test(text)) return null;
  // 「我那个病假不用请了」 takes back a leave asked for; 「周二要开例会就不用请了」 only decides not to ask.
  if (!TAKES_BACK.test(text) && !/那个|这个|那份|那条|请的|申请的|[病事年婚丧产]假|调休/.test(text)) return null;
  // 「郑雨说她想撤回年假」: a colleague's wish to withdraw is theirs to say.
  const colleagues = env.people.map((p) => p.name).filter((n) => n.length >= 2 && n !== env.speaker);
  // 「郑雨把年假撤了」: done by her, told as news.
  const theirs = (n: string) =>
    new RegExp(`(?<![帮替给])${n}(?:说|跟我说)?[她他]?(?:想|要|打算|已经|把)?.{0,6}?(?:撤|不想?请|不想?休|取消)`);
  if (colleagues.some((n) => theirs(n).test(text))) return null;
  // 「上次那个我点错同意了 还能撤回吗」: an approval given by mistake, not a leave of one's own.
  if (/[点按批选]错|手滑|误点|误按/.test(text) && /同意|批准|批了|驳回|通过/.test(text)) return null;
  // 「如果活动取消我就撤回周五的假」「撤回了的话年假会退回来吧」: on a condition, or supposed to ask what follows.
  if (SUPPOSES.test(text) || /的话/.test(text)) return null;
  // 「我本来想撤回下周的假 后来想想还是休吧」: a withdrawal thought of and given up.
  if (/本来想|原本想|本想|原来想|差点/.test(text)) return null;
  // 「调休不休了」 is no A-not-A question; 「能帮我撤回吗」 asks for it, 「撤回申请要多久」 asks about it.
  const asks = asksSomething(text.replace(/[?？]$/, '').replace(/不(?:请|休)了/g, ''));
  if (asks && (!/撤/.test(text) || ABOUT_RULES.test(text))) return null;
  // 「批了的假还能撤回吗」: whether one may, of no leave of one's own in particular, asks about the rule.
  if (
    asks &&
    /还能|能不能|可不可以|可以|能否|允许/.test(text) &&
    !/帮|我|那个|这个|[\d一二三四五六七八九十]+号/.test(text)
  )
    return null;
  // 「帮我请下周一和下周三的年假 周二要开例会就不请了」 asks for leave; the 不请了 leaves a day out.
  const asked = withoutDeclinedClauses(text);
  // 「不请了，周五那个事假」「21号开始的那个年假 我不休了」: 那个 points at a leave already asked for.
  const existing = /那个|这个|那份|那条|开始的|请的|申请的/.test(text);
  if (DECLINED_ONLY.test(text) && asked !== text && asksForLeave(asked, env) && !existing) return null;
  const fields: Fields = {};
  const numbered = NUMBERED.exec(text);
  if (numbered) {
    fields.no = Number(numbered[1] ?? numbered[2] ?? numbered[3] ?? numbered[4]);
    // 「编号3的病假我撤回」: the type said with the number.
    const type = typeOf(text);
    if (type !== undefined) fields.type = type;
  } else {
    const start = leaveDate(text.replace(SUBMITTED_ON, ''), env);
    if (start !== undefined) fields.date = start;
    const type = typeOf(text);
    if (type !== undefined) fields.type = type;
  }
  return { intent: 'withdraw', fields };
}
