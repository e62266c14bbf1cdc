import type { FlowPosition, FlowResult } from '../../../bot/conversation/flow.ts';
import { formatDate, type LocalDate } from '../../../data/time/index.ts';
import { understand, type Fields, type OvertimeDraft } from '../../understanding/index.ts';
import { readOvertimeEdit, readTimes } from '../../understanding/overtime.ts';
import { isNeverMind } from '../../understanding/replies.ts';
import { asksSomething } from '../../understanding/text-cues.ts';
import { inFlowText } from '../in-flow-text.ts';
import { parseTimeRange } from '../parse/index.ts';
import { overtimeText } from './messages.ts';
import { readOvertimeText } from './read-overtime-text.ts';
import type { OvertimeDraftState, OvertimeFlowEffect, OvertimeFlowEnv } from './overtime-flow.ts';

type Result = FlowResult<OvertimeDraftState, OvertimeFlowEffect>;

export interface OvertimeFlowOps {
  readonly advance: (state: OvertimeDraftState, env: OvertimeFlowEnv) => Result;
  readonly confirm: (state: OvertimeDraftState, env: OvertimeFlowEnv) => Result;
}

/** Commands for something else: the registration waits while the other handlers take them. */
const ELSEWHERE = new Set([
  'withdraw',
  'hr_command',
  'approve',
  'reject',
  'overview',
  'my_requests',
  'balance',
  // 「登录后台」 asked while the day was asked was read as no day, and asked again (「抱歉，我没太明白」).
  'login_console',
  'help',
  'ack_notice',
  'handin',
  'set_deputy',
  'birthday_pref',
  'leave_request',
  'leave_multi',
]);

/** An overtime draft from what was said: its clock times with their length (past midnight when the end is earlier). */
export function overtimeDraftFrom(fields: Fields, state: OvertimeDraftState = {}): OvertimeDraftState {
  const next: OvertimeDraftState = { ...state };
  if (fields.date !== undefined) {
    next.date = fields.date;
    delete next.dateNote;
  }
  if (fields.startTime !== undefined) next.startTime = fields.startTime;
  if (fields.endTime !== undefined) next.endTime = fields.endTime;
  if (fields.reason !== undefined && next.reason === undefined) next.reason = fields.reason;
  // 「中午休息一个钟」 said with the hours: taken off them; said without its length, asked.
  if (fields.breakMinutes === null) next.breakAsked = true;
  else if (fields.breakMinutes !== undefined) {
    delete next.breakAsked;
    next.breakMinutes = fields.breakMinutes;
  }
  if (next.startTime !== undefined && next.endTime !== undefined) {
    const minutes = toMinutes(next.endTime) - toMinutes(next.startTime);
    next.crossesMidnight = minutes <= 0;
    next.minutes = minutes <= 0 ? minutes + 24 * 60 : minutes;
  } else {
    delete next.minutes;
    delete next.crossesMidnight;
  }
  return next;
}

function toMinutes(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

/**
 * A message in the middle of an overtime registration, read in its step (issue 11): a question
 * or a command for something else passes through with a line saying the registration waits;
 * at the read-back an edit changes only the day or times named, and a remark changes nothing.
 * Null: an answer to the step, read by the flow.
 */
export function overtimeInFlow(
  position: FlowPosition<OvertimeDraftState>,
  text: string,
  env: OvertimeFlowEnv,
  ops: OvertimeFlowOps,
): Result | null {
  const { step, state } = position;
  const draft: OvertimeDraft = {
    ...(state.date ? { date: state.date as LocalDate } : {}),
    ...(state.startTime ? { start: state.startTime } : {}),
    ...(state.endTime ? { end: state.endTime } : {}),
    ...(state.reason ? { reason: state.reason } : {}),
  };
  const where = whereText(state);
  const aside = { passThrough: 'keep' as const, after: [inFlowText.questionAside(where)] };
  const suspend = {
    passThrough: 'keep' as const,
    effects: [{ type: 'note' as const, text: inFlowText.suspended(where) }],
  };
  if (step !== 'confirm') {
    // 「算了不要了」 asked for the times or the reason gives up the registration, as at the read-back;
    // 「活动取消了 补开协调会」 is a reason that names a cancelling.
    if (givesUp(text)) return { replies: [overtimeText.cancelled] };
    if (step === 'time' && state.endTime !== undefined && state.startTime === undefined) {
      // 「今晚要加班到九点」 left only the start to ask: one clock time is the start.
      const said = readOvertimeEdit(text, { ...(draft.date ? { date: draft.date } : {}) }, env.understanding);
      const start =
        said?.startTime ?? (said?.endTime !== undefined && said.startTime === undefined ? said.endTime : undefined);
      if (said?.startTime !== undefined && said.endTime !== undefined)
        return ops.advance(overtimeDraftFrom({ startTime: said.startTime, endTime: said.endTime }, state), env);
      if (start !== undefined) return ops.advance(overtimeDraftFrom({ startTime: start }, state), env);
    }
    const dayOff = draft.date !== undefined && !env.understanding.calendar.isWorkingDay(draft.date);
    if (step === 'time' && dayOff && draft.start === undefined && draft.end === undefined) {
      // 「9点到5点」 answering which hours of a Saturday: a daytime shift, as when said with the day, not
      // asked 上午还是下午. Not on a working day: 「今天早上加班了」 then 「6点到9点」 is the morning, so that is asked.
      const times = readTimes(text, false);
      if (parseTimeRange(text).kind === 'ambiguous' && times.startTime !== undefined && times.endTime !== undefined) {
        const reason = readOvertimeText(text, env.today).reason;
        return ops.advance(overtimeDraftFrom({ ...times, ...(reason ? { reason } : {}) }, state), env);
      }
    }
    const u = understand(text, { state: 'idle', roles: env.person.roles }, env.understanding);
    if (ELSEWHERE.has(u.intent))
      return u.intent === 'balance' || u.intent === 'my_requests' || u.intent === 'help' ? aside : suspend;
    if (u.intent === 'ask_policy' && asksSomething(text)) return aside;
    return null;
  }
  const u = understand(text, { state: 'overtime_readback', draft, roles: env.person.roles }, env.understanding);
  switch (u.intent) {
    case 'confirm':
      return ops.confirm(state, env);
    case 'cancel':
      return { replies: [overtimeText.cancelled] };
    case 'edit': {
      // An edit changes the day or the times, the reason only when said to (「事由写跟进个案」).
      const { reason, ...change } = u.fields;
      const next = overtimeDraftFrom(change, state);
      const onlyReason = reason !== undefined && Object.keys(change).length === 0;
      return ops.advance(onlyReason ? { ...next, reason } : next, env);
    }
    case 'ask_policy':
    case 'balance':
    case 'my_requests':
      return aside;
    case 'deny':
      return { next: position, replies: [inFlowText.overtimeWhatToChange] };
    default:
      if (ELSEWHERE.has(u.intent)) return suspend;
      return { next: position, replies: [inFlowText.overtimeRemark] };
  }
}

/** The whole message gives up (「算了不要了」「那还是取消吧」), with nothing else said beside it. */
function givesUp(text: string): boolean {
  if (!isNeverMind(text) && !CALLED_OFF.test(text)) return false;
  return text.replace(NEVER_MIND_WORDS, '').replace(FILLER, '') === '';
}

const CALLED_OFF = /^(?:不加了|不用加了|不加班了|加班取消了?)/;
const NEVER_MIND_WORDS =
  /算了|取消|不要了|不用了|不登记了|不用登记了|不报了|不加了|不用加了|不加班了|加班取消了?|先不(?:弄|办|登记)了?/g;
const FILLER = /[那就还是先吧了啊呀哈嗯哦这个我，,。.!！~～\s]/g;

function whereText(state: OvertimeDraftState): string {
  const times = state.startTime || state.endTime ? `${state.startTime ?? ''}–${state.endTime ?? ''}` : '';
  const when = [state.date ? formatDate(state.date as LocalDate) : '', times].filter(Boolean).join(' ');
  return inFlowText.overtimeWhere(when, state.reason !== undefined && state.minutes !== undefined);
}
