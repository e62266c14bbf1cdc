import type { FlowPosition, FlowResult } from '../../bot/conversation/flow.ts';
import type { LeaveRules } from '../../data/leave/leave-rules-schema.ts';
import { eachDay, formatDate, yearOf, type LocalDate } from '../../data/time/index.ts';
import { readLeaveSpan } from '../understanding/leave-span.ts';
import type { LeaveFields, Understanding } from '../understanding/index.ts';
import { isNo, isYes, pickedOption } from '../understanding/replies.ts';
import { asksSomething } from '../understanding/text-cues.ts';
import { formatDays, formatSpan } from './format-span.ts';
import { inFlowText } from './in-flow-text.ts';
import type { LeaveDraftState, LeaveFlowEffect, LeaveFlowEnv } from './leave-request-flow.ts';
import { checkDraft } from './check-draft.ts';
import { partsOf } from './leave-split-draft.ts';
import { understandInLeaveFlow, withFields } from './leave-understanding.ts';
import { CONTROL_WORD } from './commands.ts';
import { leaveText } from './messages.ts';
import { countLeaveDays } from './rules/count-leave-days.ts';
import type { LeaveSpan } from './rules/leave-span.ts';

type Result = FlowResult<LeaveDraftState, LeaveFlowEffect>;

/** Asking for leave in so many words: 请三天事假, 请一百二十天. */
/** An objection (「为什么也扣我年假」) is answered, never offered as an edit. */
const OBJECTION = /为什么|凭什么|怎么也|怎么还|怎么会/;
const REQUEST_VERB = /请.{0,8}假|请[一二两三四五六七八九十百\d半]+天/;

/** 「算了 …」: never mind, then what is said instead. */
const NEVER_MIND_FIRST = /^算了(?:吧)?[\s,，。!！~～]*(.+)$/;
/** Readings that change the draft: after 算了 they are what is meant. */
const CHANGES = new Set<Understanding['intent']>(['edit', 'leave_request', 'step_answer']);

/** What the flow does with a state: ask for what is missing or read it back; submit it. */
export interface LeaveFlowOps {
  readonly advance: (state: LeaveDraftState, env: LeaveFlowEnv) => Result;
  readonly confirm: (state: LeaveDraftState, env: LeaveFlowEnv) => Result;
  readonly span: (state: LeaveDraftState, env: LeaveFlowEnv) => LeaveSpan | null;
}

/** Intents that are questions: answered by the other handlers while the request waits. */
const QUESTIONS = new Set<Understanding['intent']>(['ask_policy', 'balance', 'my_requests', 'help']);
/** Intents that are about something else: the request is suspended, and the person told so. */
const ELSEWHERE = new Set<Understanding['intent']>([
  'withdraw',
  'hr_command',
  'approve',
  'reject',
  'overtime',
  'ack_notice',
  'handin',
  'overview',
  'set_deputy',
  'login_console',
  'birthday_pref',
  'feedback_negative',
]);

/**
 * A message in the middle of a leave request, read in the step's context (issue 11): what is
 * not an answer to the step is handled here — cancel, a question, a remark, an edit of the
 * read-back, a command for something else. Null: an answer to the step, read by the flow.
 */
export function leaveInFlow(
  position: FlowPosition<LeaveDraftState>,
  text: string,
  env: LeaveFlowEnv,
  ops: LeaveFlowOps,
): Result | null {
  const rules = env.org.leaveRules!;
  if (position.step === 'choose') {
    const picked = chosen(text, position.state, env, ops);
    if (picked) return picked;
  }
  const { maybeEdit: _offered, ...state } = position.state;
  const step = position.step === 'choose' ? 'confirm' : position.step;
  position = { step, state };
  const span = ops.span(state, env);
  let u = understandInLeaveFlow(text, step, state, rules, env.person, env.understanding, span?.end, env.notices);
  const where = whereText(state, step, env, span);
  if (u.intent === 'cancel') {
    // 「算了 还是请一整天吧」: 算了 gives up what was said before, and a change follows; alone it cancels.
    const rest = NEVER_MIND_FIRST.exec(text)?.[1];
    const then = rest
      ? understandInLeaveFlow(rest, step, state, rules, env.person, env.understanding, span?.end, env.notices)
      : u;
    if (!CHANGES.has(then.intent) || Object.keys(then.fields).length === 0) return { replies: [leaveText.cancelled] };
    u = then;
  }
  if (QUESTIONS.has(u.intent)) {
    // A date answered with a question mark (「12月7号到9号可以吗」) is still the answer.
    if (step !== 'confirm' && readLeaveSpan(text, env.today, env.org.calendar).span.start !== undefined) return null;
    return { passThrough: 'keep', after: [inFlowText.questionAside(where)] };
  }
  if (ELSEWHERE.has(u.intent))
    return { passThrough: 'keep', effects: [{ type: 'note', text: inFlowText.suspended(where) }] };
  // 「确认」 where the reason is asked is no reason, and a long one is refused by the flow: both its own.
  const reason = u.fields.reason;
  const fits = reason !== undefined && reason.length <= rules.requestLimits.maxReasonLength;
  if (step === 'reason' && u.intent === 'step_answer' && fits && !CONTROL_WORD.test(text))
    return ops.advance({ ...state, reason }, env);
  // 「事」「病吧」 where the type is asked: its first character says it (a caregiver's short answer; longer
  // answers, 「事假，去银行」, are read whole below).
  const short = /^[年事病婚丧产](?:吧|的|啊|呀)?[。!！]*$/.test(text.trim());
  if (step === 'type' && short && u.intent === 'step_answer' && u.fields.type !== undefined)
    return ops.advance(withFields(state, { type: u.fields.type }, rules), env);
  if (step !== 'confirm') return null;
  if (u.intent === 'leave_multi') {
    const parts = partsOf(u.fields.requests ?? [], env);
    return parts ? ops.advance({ ...state, parts }, env) : { next: position, replies: [inFlowText.whatToChange] };
  }
  if (state.parts?.length) {
    // A split is changed by saying the split again; anything else at its read-back changes nothing.
    if (u.intent === 'confirm') return ops.confirm(state, env);
    if (u.intent === 'leave_request' && u.fields.start !== undefined) {
      // A whole new request said over a split replaces it.
      const { parts: _parts, ...single } = state;
      return ops.advance(withFields(single, u.fields, rules), env);
    }
    return { next: position, replies: [u.intent === 'edit' ? inFlowText.changeSplit : inFlowText.remarkNoChange] };
  }
  switch (u.intent) {
    case 'confirm':
      return ops.confirm(state, env);
    case 'edit':
    case 'leave_request':
    case 'step_answer':
      return ops.advance(withFields(state, u.fields, rules), env);
    case 'deny':
      return { next: position, replies: [inFlowText.whatToChange] };
    case 'remark': {
      const restated = restatedRequest(text, state, env, rules, ops);
      if (restated) return restated;
      // A remark that could have been an edit, not an objection: the two readings offered as choices.
      const edit = u.alternatives.find((a) => a.intent === 'edit')?.fields;
      if (edit && !asksSomething(text) && !OBJECTION.test(text)) {
        const { type, start, end, startHalf, endHalf } = edit;
        const maybeEdit = { type, start, end, startHalf, endHalf };
        const label = editLabel(maybeEdit, env);
        const options = [label, inFlowText.keepAsIs];
        return {
          next: { step: 'choose', state: { ...state, maybeEdit } },
          replies: [inFlowText.chooseReading(options)],
        };
      }
      return { next: position, replies: [remarkReply(text, state, env, span)] };
    }
    default:
      return (
        restatedRequest(text, state, env, rules, ops) ?? {
          next: position,
          replies: [remarkReply(text, state, env, span)],
        }
      );
  }
}

/** The request said again in full (「改成12月7日开始请一百二天产假」): read back, even when nothing changed. */
function restatedRequest(
  text: string,
  state: LeaveDraftState,
  env: LeaveFlowEnv,
  rules: LeaveRules,
  ops: LeaveFlowOps,
): Result | null {
  if (!REQUEST_VERB.test(text)) return null;
  const again = understandInLeaveFlow(text, 'idle', state, rules, env.person, env.understanding);
  if (again.intent !== 'leave_request' || again.fields.start === undefined) return null;
  return ops.advance(withFields(state, again.fields, rules), env);
}

/** The answer to 「是要改，还是不改？」: 1 or yes applies the edit, 2 or no keeps the draft; else null. */
function chosen(text: string, state: LeaveDraftState, env: LeaveFlowEnv, ops: LeaveFlowOps): Result | null {
  const { maybeEdit, ...draft } = state;
  const option = pickedOption(text, 2);
  if ((option === 1 || isYes(text)) && maybeEdit) {
    const fields = Object.fromEntries(Object.entries(maybeEdit).filter(([, v]) => v !== undefined));
    return ops.advance(withFields(draft, fields as LeaveFields, env.org.leaveRules!), env);
  }
  if (option === 2 || isNo(text)) return { next: { step: 'confirm', state: draft }, replies: [inFlowText.keptAsIs] };
  return null;
}

function editLabel(edit: LeaveFields, env: LeaveFlowEnv): string {
  const parts: string[] = [];
  if (edit.type) parts.push(`改成${edit.type}`);
  if (edit.start || edit.end) {
    const span = spanOfEdit(edit);
    parts.push(`日期改成${span ? formatSpan(span, yearOf(env.today)) : ''}`);
  }
  return parts.join('，') || '按这句修改';
}

function spanOfEdit(edit: LeaveFields): LeaveSpan | null {
  const start = edit.start ?? edit.end;
  const end = edit.end ?? edit.start;
  if (!start || !end) return null;
  return { start, startHalf: edit.startHalf ?? 'full', end, endHalf: edit.endHalf ?? 'full' };
}

/** Where the request stands, in one line: its type and dates so far, and what it waits for. */
function whereText(state: LeaveDraftState, step: string, env: LeaveFlowEnv, span: LeaveSpan | null): string {
  const rules = env.org.leaveRules!;
  const name = (key: string | undefined) => rules.types.find((t) => t.key === key)?.name;
  const year = yearOf(env.today);
  const parts = state.parts?.length
    ? state.parts.map((p) => {
        const dates = { start: p.start.date, startHalf: p.start.half, end: p.end.date, endHalf: p.end.half };
        return `${name(p.typeKey)} ${formatSpan(dates as LeaveSpan, year)}`;
      })
    : [name(state.typeKey), span ? formatSpan(span, year) : undefined].filter(Boolean);
  const summary = parts.length ? parts.join('；') : undefined;
  const missing: Record<string, string> = { type: '假别', dates: '日期', 'start-date': '开始日期', reason: '事由' };
  const next =
    step !== 'confirm'
      ? inFlowText.waitsFor(missing[step] ?? '一些信息')
      : refused(state, env, span)
        ? inFlowText.waitsForFix
        : inFlowText.waitsForConfirm;
  return inFlowText.leaveWhere(summary, next);
}

/**
 * A remark or objection at the read-back (「1月1号是元旦放假啊 为什么也扣我年假」): answered with how
 * the days it names were counted, never applied as a change.
 */
function remarkReply(text: string, state: LeaveDraftState, env: LeaveFlowEnv, span: LeaveSpan | null): string {
  const type = env.org.leaveRules!.types.find((t) => t.key === state.typeKey);
  if (!type || !span) return inFlowText.remarkNoChange;
  const closing = refused(state, env, span) ? inFlowText.remarkRefused : inFlowText.remarkNoChange;
  const count = countLeaveDays(env.org.calendar, type.counting, span);
  const lines: string[] = [];
  const said = readLeaveSpan(text, env.today, env.org.calendar).span;
  if (said.start !== undefined) {
    const days = [...eachDay(said.start, said.end ?? said.start)].slice(0, 7) as LocalDate[];
    for (const d of days) {
      const skipped = count.skipped.find((s) => s.date === d);
      const day = formatDate(d);
      if (skipped) lines.push(inFlowText.holidayNotCounted(day, skipped.reason));
      else if (d < span.start || d > span.end) lines.push(inFlowText.dayOutside(day));
      else if (type.counting === 'working-days') lines.push(inFlowText.dayCounted(day));
    }
  }
  // How the days were counted answers a remark about a date; a remark without one needs no sum.
  if (type.counting === 'working-days' && said.start !== undefined) {
    const skipped = count.skipped.map((s) => `${formatDate(s.date)}${s.reason}`).join('、');
    lines.push(inFlowText.counted(formatDays(count.days), skipped));
  }
  lines.push(closing);
  return lines.join('\n');
}

/** Whether the rules refuse the draft as it stands: then 「回复确认提交」 would be a false promise. */
function refused(state: LeaveDraftState, env: LeaveFlowEnv, span: LeaveSpan | null): boolean {
  const rules = env.org.leaveRules!;
  const type = rules.types.find((t) => t.key === state.typeKey);
  if (!type || !span || state.parts?.length) return false;
  return checkDraft(env, type.key, span, state.extended === true).outcome === 'refused';
}
