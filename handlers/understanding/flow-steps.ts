import { readAck } from './acknowledgements.ts';
import { NUMBER_SOURCE as N, parseChineseNumber } from '../../data/text/chinese-number.ts';
import { parseSendTime } from '../notices/parse-send-time.ts';
import { mondayOf, shanghaiDate, shanghaiTime } from '../../data/time/index.ts';
import { readHrCommand } from './hr-commands.ts';
import { EDIT_CUE, readLeaveEdit, WHEN_AND_FILLER } from './leave-edit.ts';
import { LEAVE_KEYWORDS } from './leave-request.ts';
import { hasDates, readLeaveSpan } from './leave-span.ts';
import { readLeaveSplit } from './leave-split.ts';
import { typeOf } from './leave-types.ts';
import { readOvertime, readOvertimeEdit } from './overtime.ts';
import { bareDaysAsDates } from './bare-days.ts';
import { DATED, onlyRefusesADate } from './refused-dates.ts';
import { readBalance } from './personal.ts';
import { findReason, wholeReason } from './reason.ts';
import { closesWithYes } from './closes-with-yes.ts';
import { isNeverMind, isNo, isYes, optionByDay, optionNamed, pickedOption, WRONG_FIELD } from './replies.ts';
import { anyOf, asksSomething, CLAUSE_BREAK, fixTypos, SUPPOSES, TENTATIVE } from './text-cues.ts';
import type { ConversationContext, FlowStep, LeaveDraft, Reading, UnderstandingEnv } from './types.ts';
import { readWithdraw } from './withdrawals.ts';

const reading = (intent: Reading['intent'], fields: Reading['fields'] = {}): Reading => ({ intent, fields });

/** Agreeing words after the read-back's own facts: 「16号到18号没错」「日期对的 提交吧」「对的 三天」. */
/** Another occasion than the one under read-back: last time, usually, every time. */
const OTHER_OCCASION = /上次|上回|以前|之前那次|每次|平时|往常|一般都|去年/;
const AGREES = /没错|对的|是的|没问题|确认|提交|对对|就是|就这样|登记吧/;

/**
 * The read-back said back and agreed to: an agreeing word, nothing to change, no 不, and any dates
 * the draft's own. A date of its own (「17号我有个会 没问题」) is no agreement.
 */
function restatesDraft(text: string, draft: LeaveDraft, env: UnderstandingEnv): boolean {
  const rest = text.replace(new RegExp(AGREES.source, 'g'), ' ');
  if (!AGREES.test(text) || /不|错/.test(rest) || EDIT_CUE.test(rest)) return false;
  const { span, parse } = readLeaveSpan(text, env.today, env.calendar);
  if (parse.kind === 'range') return span.start === draft.start && span.end === draft.end;
  // 「对的 三天」: a count said back must be the draft's (「对的 两天」 on three days agrees to nothing).
  const count = new RegExp(`(${N})个?(?:工作)?天`).exec(text);
  if (count && draft.start !== undefined && draft.end !== undefined) {
    const days = env.calendar.workingDaysBetween(draft.start, draft.end).count;
    if (parseChineseNumber(count[1]!) !== days) return false;
  }
  // No date of its own: only agreeing, field and filler words are left (「日期对的 提交吧」).
  return rest.replace(/日期|时间|天数|事由|都|也/g, '').replace(WHEN_AND_FILLER, '') === '';
}

/** 「我先问问组长14号忙不忙」: asking someone else, and what they will be asked. */
/** A clause saying there is no reason to give. */
const NO_REASON =
  /^(?:不用|不写|算了|没有|无|没什么|不需要|直接驳回|直接拒绝)(?:写|了)?(?:了|吧)?$|^我?(?:当面|自己)(?:跟|和|去)?(?:她|他)?说(?:吧)?$/;
/** 「就说那天人手不够」「跟他说一下 …」: the reason follows. */
const PASS_ON = /^(?:你)?(?:就说|跟(?:他|她)说(?:一下|下)?|告诉(?:他|她)|和(?:他|她)说(?:一下|下)?)[\s,，:：]*/;

/** Not decided yet: 我再想想, 还没定, 可能, 说不定. */
const UNDECIDED = anyOf('', TENTATIVE, /再想想|想一想|考虑一下|再考虑|还没定|没定下来|可能|也许|或许/);

const ASKS_SOMEONE_ELSE =
  /(?:问问|问一下|问下)(?:我们|我)?(?:组长|主任|部长|领导|家里人?|老公|老婆|孩子|[\u4e00-\u9fa5]{1,2}[姐哥])[^\s,，。!！?？]*/;

/**
 * An objection or surprise about this request, often as a question (「元旦放假啊 为什么也扣我年假」
 * 「也算我请假了？」「我还以为是周日」「是不是太少了」「明明干了一整天」), or a worry about its fate
 * (「组长会不会不批啊」): a remark, answered but never applied.
 */
const OBJECTION = anyOf(
  '',
  /为什么|凭什么|凭啥|(?:怎么|咋个?)也|怎么还|怎么会|怎么又|明明|还以为|也算[^?？吗]{0,8}了[?？]|别的单位|别人都|人家都/,
  /太(?:少|多|短|长|累|亏)了|(?:会不会|不会|怕|万一)(?:被)?.{0,3}(?:不批|不同意|驳回|拒绝|打回)/,
);
/**
 * Asking whether something is allowed is a question even with 改/提前 in it, and so is the rule
 * quoted back to ask whether it is met (「事假不是要提前三天吗 16号还来得及吧」).
 */
const POLICY_QUESTION = anyOf(
  '',
  /是不是|能不能|可不可以|可以吗|能.{0,8}吗|要不要|需要|必须|几天|多少|谁/,
  /不是(?:要|得|说)|来得及|来不来得及|赶得上|赶不赶得上/,
);

/**
 * Reads a message as a reply to the step the flow is at. Null when it is not one — a command
 * for something else (withdraw, an HR command…), read then as if idle: the flow is suspended.
 */
export function readStepReply(text: string, ctx: ConversationContext, env: UnderstandingEnv): Reading | null {
  const step = ctx as FlowStep;
  // 「收到」 with a notice open confirms the notice, at whatever step a request is: no reply to the step.
  if (step.state !== 'idle' && /收到|知悉|已阅/.test(text) && readAck(text, ctx)?.intent === 'ack_notice') return null;
  switch (step.state) {
    case 'leave_readback':
      return leaveReadBack(text, step.draft, env);
    case 'leave_ask':
      return leaveAsk(text, step, env);
    case 'overtime_readback': {
      if (readHrCommand(text, env) !== null) return null;
      // 「不加了 活动改期了」: the overtime itself called off.
      if (isNeverMind(text) || /^(?:不加了|不用加了|不加班了|加班取消了?)/.test(text)) return reading('cancel');
      // An objection is a remark, unless it goes on to say the change (「明明是九点开始的 改一下」 does not).
      if (OBJECTION.test(text) && readOvertimeEdit(text, step.draft, env) === null) return reading('remark');
      if (asksSomething(text) && (POLICY_QUESTION.test(text) || SUPPOSES.test(text))) return reading('ask_policy');
      if (isYes(text)) return reading('confirm');
      // 「还有 上周六也加了半天…一起登记」: another overtime told, on another day, is no change of this one.
      if (/^还有|另外|也加了|也加班|还加了/.test(text)) {
        const other = readOvertime(text, env);
        if (other !== null && other.fields.date !== undefined && other.fields.date !== step.draft.date) return other;
      }
      // 「上次这种会开到十点多 希望这回别拖」: a time on another occasion, no change to this one.
      if (OTHER_OCCASION.test(text) && !/改|不是|应该|其实|写错|记错|算错/.test(text)) return reading('remark');
      const edit = readOvertimeEdit(text, step.draft, env);
      if (edit !== null) return reading('edit', edit);
      // 「18点到21点没错」: the read-back's own times said back, agreed.
      if (AGREES.test(text) && !isNo(text) && !EDIT_CUE.test(text.replace(AGREES, ''))) return reading('confirm');
      if (isNo(text) || WRONG_FIELD.test(text)) return reading('deny');
      return asksSomething(text) ? reading('ask_policy') : null;
    }
    case 'forward_offer':
      // 「ok 我直接去问人事就行 不用转」: a no said anywhere; 「好的 麻烦帮我转一下」: a yes with its verb.
      if (/不用转|别转|不要转|不转了|不需要转|不必转/.test(text)) return reading('deny');
      // 「转给谁 张敏还是刘芳」: asking where it would go is a question, not yet a yes.
      if (/转给谁|转到哪|转给哪|谁来回|谁回复|多久(?:能|会)?回/.test(text)) return reading('ask_policy');
      if (
        isYes(text) ||
        /(?:麻烦|帮我|请|那就|就|要得|^)[^不别]{0,3}转(?:一下|下|吧|过去|给)?|(?:帮我|帮忙)问(?:问|一下|下)/.test(text)
      )
        return reading('confirm');
      if (isNo(text) || /^(?:算了|先不)/.test(text)) return reading('deny');
      return asksSomething(text) ? reading('ask_policy') : null;
    case 'choice': {
      const option =
        pickedOption(text, step.options.length) ?? optionNamed(text, step.options) ?? optionByDay(text, step.options);
      if (option !== undefined) return reading('pick', { option });
      return /^(?:都不是|都不对|都不要|没有|都不)/.test(text.trim()) || isNo(text) ? reading('deny') : null;
    }
    case 'reject_reason':
      return readRejectReply(text, step.no);
    case 'notice_compose':
      return noticeStep(text, step.asking, env);
    case 'idle':
      return null;
  }
}

/**
 * The reply to 「请说明驳回…的理由」: a reason (without 「就说…」), none (「算了 不写了」), a question, or
 * 「搞错了 是要批的」 — the rejection was a slip. Needs nothing but the text.
 */
export function readRejectReply(said: string, no: number): Reading {
  const text = fixTypos(said.trim());
  // 「等等 搞错了 4号我是要批的」: the rejection was a slip; it approves.
  if (/搞错|弄错|按错|点错|错了/.test(text) && /(?<![不别])(?:要批|同意|批准|是批)/.test(text))
    return reading('approve', { nos: [no] });
  // 「算了 还是同意吧」「想了想 还是批了吧」: the approver changes their mind.
  if (/还是(?:给他|给她)?(?:同意|批准?|准了|通过)了?(?:吧|算了)?[。!！~～]*$/.test(text))
    return reading('approve', { nos: [no] });
  if (asksSomething(text)) return reading('ask_policy');
  // 「算了 不写了」「不用了 直接驳回」: no reason, every clause says so.
  const clauses = text.split(CLAUSE_BREAK).filter((c) => c.length > 0);
  if (clauses.length > 0 && clauses.every((c) => NO_REASON.test(c))) return reading('deny');
  // A rejection's reason goes to the applicant as the approver wrote it, tone words and all (「换个时间吧」),
  // without the words saying it is to be passed on (「就说…」「跟他说一下…」).
  const rest = text.replace(PASS_ON, '').trim() || text;
  return reading('step_answer', { reason: wholeReason(rest, { keepTone: true }) ?? rest.trim() });
}

function leaveReadBack(typed: string, draft: LeaveDraft, env: UnderstandingEnv): Reading | null {
  const text = bareDaysAsDates(selfCorrected(typed));
  // HR's 「导出12月的请假表」 under a read-back is a command for something else: the flow suspends.
  if (readHrCommand(text, env) !== null) return null;
  if (/撤回|撤掉|撤销/.test(text)) return /这个|这次|本次|^撤销$|^撤回$/.test(text) ? reading('cancel') : null;
  const edit = () => readLeaveEdit(text, draft, env);
  // 「婚礼其实是19号周六」: the day of what the leave is for (a word of its reason), not of the leave.
  const about = /^([\u4e00-\u9fa5]{2,4}?)(?:其实|应该|本来)?是/.exec(text)?.[1];
  if (about !== undefined && draft.reason?.includes(about) && !/请|休|假|改|换|挪/.test(text)) return reading('remark');
  // 「25号我本来就轮休，所以只请周三周四就够了，提交吧」: the draft said back, then a yes, whatever is told beside it.
  const clauses = text.split(CLAUSE_BREAK).filter((c) => c.length > 0);
  if (
    clauses.length > 1 &&
    isYes(clauses.at(-1)!) &&
    clauses.some((c) => /只(?:请|休)/.test(c) && sameSpan(c, draft, env)) &&
    !clauses.some((c) => EDIT_CUE.test(c) && !/只(?:请|休)/.test(c))
  )
    return reading('confirm');
  // 「这个调休是上个月28号周六加班换来的」: the day the 调休 was earned, told, is no change of the leave.
  if (
    /(?:加班|值班)[^\s,，。]{0,4}(?:换来|攒下?|换)的/.test(text) &&
    !/改|换成|挪|不是/.test(text) &&
    !asksSomething(text)
  )
    return reading('remark');
  // 「查一下我的假期余额」 before confirming: one's balance, answered as a question is.
  if (!EDIT_CUE.test(text) && !asksSomething(text)) {
    const balance = readBalance(text);
    if (balance !== null) return balance;
  }
  // 「还是算了 换个时间」「那还是不请了」: 还是 opening a message gives up; it asks nothing (A 还是 B? does).
  // 「我先问一下组长再说」: asking someone else is no question to the bot.
  if (asksSomething(text.replace(/^(?:那|那就)?还是/, '').replace(ASKS_SOMEONE_ELSE, ''))) {
    if (OBJECTION.test(text)) return reading('remark');
    // 「要不要改成周五周一呢…我问问我老公再说」: a change wondered about, left for later, changes nothing.
    if (/要不要|改不改|换不换/.test(text) && (ASKS_SOMEONE_ELSE.test(text) || /再说|再想想|考虑/.test(text)))
      return reading('remark');
    // 「年假还剩几天 够不够」: one's balance asked before confirming is a balance question, as when idle.
    const balance = readBalance(text);
    if (balance !== null) return balance;
    const e = EDIT_CUE.test(text) && !POLICY_QUESTION.test(text) && !SUPPOSES.test(text) ? edit() : null;
    return e ? reading('edit', e) : reading('ask_policy');
  }
  // 「我老婆说干脆请到周五算了 我再想想」「老师说家长会可能改到周五 还没定」: a change not decided is
  // a remark (the edit it could be is offered as the alternative, so the bot asks).
  // A message closing with 确认 (「15号我可能要回来开个会 不过先这样吧 确认」) still confirms.
  if (UNDECIDED.test(text) && EDIT_CUE.test(text) && !/(?:确认|提交)[。!！~～]*$/.test(text)) return reading('remark');
  const split = readLeaveSplit(text, draft, env);
  if (split !== null) return reading('leave_multi', { requests: split });
  const said = readLeaveSpan(text, env.today, env.calendar).span;
  // 「5号不请了 只请4号」: a day dropped is a change, not giving up the request.
  if (isNeverMind(text) && said.start === undefined && typeOf(text) === undefined && !DATED.test(text))
    return reading('cancel');
  if (isYes(text) || restatesDraft(text, draft, env)) return reading('confirm');
  const onlyWhen = findReason(text, { keywords: anyOf('', LEAVE_KEYWORDS, EDIT_CUE), prefer: 'first' });
  // Only a date said (「那17号吧」) is a change; a date with words of one's own (「17号我有个会」) is a remark.
  const onlyDate = onlyWhen === undefined && text.replace(WHEN_AND_FILLER, '') === '';
  if (EDIT_CUE.test(text) || onlyDate) {
    const e = edit();
    if (e) return reading('edit', e);
  }
  if (closesWithYes(text, draft, env)) return reading('confirm');
  if (isNo(text) || WRONG_FIELD.test(text) || onlyRefusesADate(text)) return reading('deny');
  return reading('remark');
}

function leaveAsk(
  text: string,
  step: Extract<FlowStep, { state: 'leave_ask' }>,
  env: UnderstandingEnv,
): Reading | null {
  if (isNeverMind(text)) return reading('cancel');
  // A command for something else is no answer, whatever is asked (HR's 「导出12月的请假表」 is no reason).
  if (readHrCommand(text, env) !== null || readWithdraw(text, env) !== null) return null;
  const balance = readBalance(text);
  if (balance) return balance;
  // 「14号不是有例会吗 那就15号吧」: a question answered by oneself; what follows 那 is the answer.
  const settled = /[\s,，。?？!！]+那(?:就|还是)?([^?？]+)$/.exec(text)?.[1];
  if (asksSomething(text) && (settled === undefined || asksSomething(settled))) return reading('ask_policy');
  if (settled !== undefined && asksSomething(text)) return leaveAsk(settled, step, env);
  switch (step.asking) {
    case 'dates': {
      // 「明天 不对 后天」: what follows the correction is the answer.
      const corrected = /(?:不对|不是|哦不|说错了)[\s,，。]*(.+)$/.exec(text)?.[1];
      const answer =
        corrected !== undefined && hasDates(readLeaveSpan(corrected, env.today, env.calendar).span)
          ? corrected
          : bareDaysAsDates(text);
      const span = readLeaveSpan(answer, env.today, env.calendar, step.draft.type).span;
      if (span.start === undefined) return null;
      const type = typeOf(text);
      return reading('step_answer', { ...(type ? { type } : {}), ...span });
    }
    case 'type': {
      // 「病」「事吧」: asked the type, its first character says it.
      const short = /^(年|事|病|婚|丧|产)(?:假)?(?:吧|的|啊)?[。!！]*$/.exec(text.trim());
      const type = typeOf(text) ?? (short ? typeOf(`${short[1]}假`) : undefined);
      return type === undefined ? null : reading('step_answer', { type });
    }
    case 'reason': {
      const reason = wholeReason(text);
      return reason === undefined ? null : reading('step_answer', { reason });
    }
  }
}

/** Whether a clause names exactly the draft's days (「只请周三周四」 of a Wednesday–Thursday draft). */
function sameSpan(clause: string, draft: LeaveDraft, env: UnderstandingEnv): boolean {
  const { span } = readLeaveSpan(clause, draft.start === undefined ? env.today : mondayOf(draft.start), env.calendar);
  return span.start === draft.start && span.end === draft.end;
}

/** 「呃不是」「哦不对」「不不不」: the speaker takes back what they just said. */
const SELF_CORRECTION = /呃不是|哦不对|哦不是|啊不是|啊不对|不不不|不对不对|说错了|口误/g;

/**
 * 「改成周三 呃不是 周四」「事由改成看牙 哦不对 是拔牙」「改周四 不不不 周五 周四有督导」: what was said before the
 * speaker took it back is dropped, keeping the verb that says what changes; after it, the first clause (and a
 * clause refining it: 「周四 周四上午」), not a remark with another day of its own.
 */
function selfCorrected(text: string): string {
  const marks = [...text.matchAll(SELF_CORRECTION)];
  const last = marks.at(-1);
  if (last === undefined) return text;
  const before = text.slice(0, last.index);
  // 「不对不对 弄错了」「说错了是11号」: nothing said before it to take back.
  if (before.replace(/[\s,，。!！]/g, '').length === 0) return text;
  const clauses = text
    .slice(last.index + last[0].length)
    .split(CLAUSE_BREAK)
    .filter((c) => c.length > 0);
  const [first, ...rest] = clauses;
  if (first === undefined) return text;
  const kept = [first, ...rest.filter((c) => c.startsWith(first) || !DATED.test(c))].join(' ');
  if (/事由|理由|原因/.test(before)) return `事由改成${kept.replace(/^是/, '')}`;
  return /改|换|挪/.test(before) && !/改|换|挪/.test(kept) ? `改成${kept.replace(/^是/, '')}` : kept;
}

type NoticeStep = Extract<FlowStep, { state: 'notice_compose' }>['asking'];

function noticeStep(text: string, asking: NoticeStep, env: UnderstandingEnv): Reading | null {
  if (asking === 'confirm') {
    if (isNeverMind(text) || /^(?:先不|先别|暂时不|不发|别发)/.test(text)) return reading('cancel');
    if (isNo(text)) return reading('deny');
    return isYes(text) ? reading('confirm') : null;
  }
  // 「通知里能放图片吗」: asking what a notice can hold is no notice text.
  if (asking === 'text' && asksSomething(text) && /通知(?:里|里面)?(?:能|可以|能不能)(?:放|加|发|带|插)/.test(text))
    return reading('ask_policy');
  // 「这个通知先不发了 取消」: a longer message still cancels when it ends so, or says it won't be sent.
  if (isNeverMind(text) && (text.length <= 8 || /取消[。!！]*$|先不发|不发了/.test(text))) return reading('cancel');
  if (asking !== 'text' && asksSomething(text)) return reading('ask_policy');
  if (asking === 'text') return reading('step_answer', { text: text.trim() });
  if (asking === 'audience') {
    const audience = text
      .trim()
      .replace(/^(?:就|只)?(?:发给|发|给)?/, '')
      .replace(/(?:的)?(?:所有人|全体人员|全部人|的人|吧)$|的$/, '')
      .trim();
    return reading('step_answer', { audience: audience || text.trim() });
  }
  const when = parseSendTime(text, env.now);
  if (when.kind === 'at' || when.kind === 'past' || when.kind === 'too-far') {
    return reading('step_answer', { time: `${shanghaiDate(when.at)} ${shanghaiTime(when.at)}` });
  }
  if (when.kind === 'now') return reading('step_answer', { time: 'now' });
  return null;
}
