import { openNoticeTitles } from '../notices/open-notices.ts';
import { z } from 'zod';
import type { Context } from '../../bot/context.ts';
import type { Flow, FlowPosition, FlowResult } from '../../bot/conversation/flow.ts';
import type { Outgoing, OutgoingMessage } from '../../data/message.ts';
import { formatDate, shanghaiDate, type LocalDate } from '../../data/time/index.ts';
import { parseMessages } from './parse/messages.ts';
import type { Db } from '../../data/db/open-database.ts';
import type { LeaveTypeRule } from '../../data/leave/leave-rules-schema.ts';
import type { Org } from '../../data/org/load-org.ts';
import type { Staff } from '../../data/org/staff.ts';
import { OutboxRepo } from '../../data/repos/outbox-repo.ts';
import { calendarWarningEntries } from '../../scheduler/calendar-warnings.ts';
import type { UnderstandingEnv } from '../understanding/index.ts';
import { CONTROL_WORD, isLeaveCommand } from './commands.ts';
import { loadLeaveFacts } from './leave-facts.ts';
import type { LeaveNotifier } from './leave-notifier.ts';
import type { LeaveService } from './leave-service.ts';
import { approvalText, leaveText } from './messages.ts';
import { parseLeaveDates } from './parse/index.ts';
import { leaveInFlow } from './leave-in-flow.ts';
import { confirmSplit, readBackSplit } from './leave-split-draft.ts';
import { inFlowText } from './in-flow-text.ts';
import { understandingEnv } from './leave-understanding.ts';
import { DRAFT_ACTION_ID, readBack, roleLabelFor } from './read-back.ts';
import { cleanReason, readLeaveText } from './read-leave-text.ts';
import { fixTypos } from '../understanding/text-cues.ts';
import { pickedOption } from '../understanding/replies.ts';
import type { LeaveFacts } from './rules/check-leave.ts';
import { checkDraft } from './check-draft.ts';
import { fixedLength, fixedLengthNote } from './fixed-length.ts';
import type { LeaveSpan } from './rules/leave-span.ts';
import { requestLimitProblem } from './rules/request-limits.ts';
import { spanFromDays } from './rules/span-from-days.ts';

const point = z.object({ date: z.string(), half: z.enum(['full', 'am', 'pm']) });
const stateSchema = z.object({
  typeKey: z.string().optional(),
  start: point.optional(),
  /** Given by the person; absent when the end follows from `days`. */
  end: point.optional(),
  /** "请三天" with no end date: the end is counted from the start per the type. */
  days: z.number().optional(),
  /** A count said along with both dates ("请三天 12.28-12.30"): compared in the read-back. */
  statedDays: z.number().optional(),
  reason: z.string().optional(),
  extended: z.boolean().optional(),
  /** How an ambiguous written date was read ("25/12" as 12月25日), asked in the read-back. */
  dateNote: z.string().optional(),
  /**
   * How many times the type was asked again after an answer that said none: from the second, the types are
   * offered as numbered choices (a caregiver got 「请问请什么假？」 three times over).
   */
  typeAsked: z.number().optional(),
  /** The day of a half day whose morning or afternoon was asked: the answer 「下午」 alone completes it. */
  halfOf: z.string().optional(),
  /** A request split into types (「前三天婚假 后面两天用年假」): read back together, submitted together. */
  parts: z.array(z.object({ typeKey: z.string(), start: point, end: point })).optional(),
  /** A remark that could have been this edit (「17号我有个会」): offered as a choice, applied only when picked. */
  maybeEdit: z
    .object({
      type: z.string().optional(),
      start: z.string().optional(),
      end: z.string().optional(),
      startHalf: z.enum(['am', 'pm']).optional(),
      endHalf: z.enum(['am', 'pm']).optional(),
    })
    .optional(),
});
export type LeaveDraftState = z.infer<typeof stateSchema>;
type Step = 'start' | 'type' | 'dates' | 'start-date' | 'reason' | 'confirm';

export interface LeaveFlowEnv {
  readonly org: Org;
  readonly person: Staff;
  readonly facts: LeaveFacts;
  readonly today: LocalDate;
  /** The world a message is read against (issue 11: every message is understood in its step). */
  readonly understanding: UnderstandingEnv;
  /** The person's open notices: a 「收到」 at any step confirms one of them, not the draft. */
  readonly notices?: readonly { no: number; title: string }[];
}

export type LeaveFlowEffect =
  | {
      readonly type: 'submit';
      readonly typeKey: string;
      readonly span: LeaveSpan;
      readonly reason: string | null;
      readonly extended: boolean;
    }
  | { readonly type: 'warn-calendar'; readonly years: readonly number[] }
  /** A line sent before the other handlers answer a message the request lets through. */
  | { readonly type: 'note'; readonly text: string };

export interface LeaveFlowDeps {
  readonly db: Db;
  readonly org: () => Org;
  readonly service: LeaveService;
  readonly notifier: LeaveNotifier;
}

const YES =
  /^(?:确认|确定|确认提交|提交|是|是的|对|对的|没错|好|好的|好滴|行|可以|嗯|嗯嗯|没问题|ok|okay)[啊呀吧的了!！。.~～]*$/i;
/** Questions asked in the middle of a request go to the other handlers; the request waits. */
const QUESTION = /[?？]|吗|么|几天|多少|怎么|如何|什么|哪些|能否|能不能|可不可以|是否/;

/**
 * The leave request conversation (DOMAIN §2–3): it reads type, dates and reason from whatever
 * the person says, asks only for what is missing, one question at a time, takes corrections
 * at any step ("不对，是周四到周五", "改成事假"), reads the request back with the rules' verdict,
 * and submits on a plain yes. "取消" is the engine's.
 */
export function leaveRequestFlow(deps: LeaveFlowDeps): Flow<LeaveDraftState, LeaveFlowEnv, LeaveFlowEffect> {
  return {
    name: 'leave-request',
    version: 1,
    title: '请假申请',
    schema: stateSchema,
    timeoutMinutes: 30,
    // A draft left open is dropped with what it was (「…年假 12月28日至31日…已超时作废」): the bare 「请假申请已超时」,
    // days later, came before the answer to something else and said nothing of which request.
    lapsed: (state) => [{ type: 'note', text: leaveText.lapsed(draftSummary(state, deps.org())) }],
    async prepare(ctx) {
      return {
        org: deps.org(),
        person: ctx.person,
        facts: await loadLeaveFacts(deps.db, ctx.person.id, ctx.now),
        today: shanghaiDate(ctx.now),
        understanding: understandingEnv(deps.org(), ctx.person, ctx.now),
        notices: await openNoticeTitles(deps.db)(ctx.person.id, ctx.now),
      };
    },
    step(position, input, env) {
      return leaveStep(position, input, env);
    },
    async perform(effect, ctx) {
      if (effect.type === 'warn-calendar') return warnHrOnce(deps, ctx, effect.years);
      // Sent at once: when the message is let through, the flow's own replies are not sent.
      if (effect.type === 'note') return void (await ctx.replyPrivately(effect.text));
      const result = await deps.service.submit(
        ctx.person,
        { typeKey: effect.typeKey, span: effect.span, reason: effect.reason, extended: effect.extended },
        ctx.now,
      );
      const org = deps.org();
      if (!result.ok && 'limit' in result) return [`${approvalText.submitRefused}\n${result.limit}`];
      if (!result.ok) {
        const again = readBack({
          check: result.check,
          rules: org.leaveRules!,
          directory: org.directory,
          today: shanghaiDate(ctx.now),
          ...(effect.reason ? { reason: effect.reason } : {}),
        });
        return [`${approvalText.submitRefused}\n${again.text}`];
      }
      await deps.notifier.submitted(result.request, result.steps);
      const first = result.steps[0];
      const outcome = { actionId: DRAFT_ACTION_ID, text: approvalText.outcomeSubmitted(`第${result.request.id}号`) };
      if (!first) return [{ text: approvalText.submittedNoApprover(result.request.id), outcome }];
      return [
        {
          text: approvalText.submitted(
            result.request.id,
            org.directory.get(first.approverId)?.name ?? first.approverId,
            roleLabelFor(org.directory.get(first.approverId), first.role),
          ),
          outcome,
        },
      ];
    },
  };
}

/** The pure step: exported for the conversation's first message (taken by the handler). */
export function leaveStep(
  position: FlowPosition<LeaveDraftState>,
  input: { text: string; action?: { actionId: string; value: string } },
  env: LeaveFlowEnv,
): FlowResult<LeaveDraftState, LeaveFlowEffect> {
  const rules = env.org.leaveRules;
  if (!rules) return { replies: [leaveText.noRules] };
  const step = position.step as Step;
  if (input.action) {
    // A type pressed on the choices offered (see typeChoices).
    if (input.action.actionId === TYPE_ACTION_ID && step === 'type') {
      const picked = rules.types.find((t) => t.key === input.action?.value);
      if (picked) return advance(withoutTypeAsked({ ...position.state, typeKey: picked.key }), env);
    }
    if (input.action.actionId !== DRAFT_ACTION_ID) return { passThrough: 'keep' };
    if (input.action.value === 'cancel')
      return {
        replies: [
          { text: leaveText.cancelled, outcome: { actionId: DRAFT_ACTION_ID, text: approvalText.outcomeCancelled } },
        ],
      };
    return confirm(position.state, env);
  }
  const text = input.text.trim();
  if (step !== 'start' && isLeaveCommand(text)) return { passThrough: 'keep' };
  // 「3」 once the types were offered by number.
  const number = step === 'type' && position.state.typeAsked !== undefined ? pickedOption(text, rules.types.length) : 0;
  if (number) return advance(withoutTypeAsked({ ...position.state, typeKey: rules.types[number - 1]!.key }), env);
  // 「系」: a yes in Cantonese, read in Mandarin first.
  if (step === 'confirm' && YES.test(fixTypos(text))) return confirm(position.state, env);
  if (step !== 'start') {
    const ops = { advance: (s: LeaveDraftState, e: LeaveFlowEnv) => advance(s, e), confirm, span: spanOf };
    const understood = leaveInFlow({ step, state: position.state }, text, env, ops);
    if (understood) return understood;
  }
  if (step !== 'start' && step !== 'confirm' && CONTROL_WORD.test(text)) {
    // "确认" before the read-back is not an answer: ask again for what is missing (the half of
    // the day still asked, if that was the question).
    const { halfOf } = position.state;
    const again = advance(position.state, env, halfOf ? halfQuestion(halfOf, env) : undefined);
    const type = typeOf(env, position.state.typeKey);
    if (step === 'reason' && type) return { ...again, replies: [leaveText.askReasonAgain(type.name)] };
    const [first, ...more] = again.replies ?? [];
    return askedAgain(
      { ...again, replies: [`${leaveText.notUnderstood}${firstText(first ? [first] : [])}`, ...more] },
      env,
    );
  }

  const reading = readLeaveText(text, rules, env.today, env.org.calendar);
  // "婚假有几天？" in the middle of a request is a question for the Q&A, not an answer.
  if (step !== 'start' && QUESTION.test(text) && reading.dates.kind === 'none') return { passThrough: 'keep' };
  const state: LeaveDraftState = { ...position.state };
  let understood = false;
  let question: string | undefined;
  if (reading.typeKey) {
    state.typeKey = reading.typeKey;
    understood = true;
  }
  if (reading.extended) {
    state.extended = true;
    understood = true;
  }
  const d = reading.dates;
  // 「12月10号请半天事假 下午 …」, or 「下午」 answering 「上午还是下午？」: the half completes the day asked.
  const halfDay = d.kind === 'ambiguous' ? (d.halfOf ?? state.halfOf) : d.kind === 'none' ? state.halfOf : undefined;
  const half = halfDay === undefined ? undefined : halfSaid(text);
  if (halfDay !== undefined && half !== undefined) {
    state.start = { date: halfDay, half };
    state.end = { date: halfDay, half };
    delete state.days;
    delete state.statedDays;
    delete state.halfOf;
    understood = true;
  } else if (d.kind === 'ambiguous' && d.halfOf !== undefined) {
    state.halfOf = d.halfOf;
    question = d.reason;
    understood = true;
  } else if (d.kind === 'ambiguous' && d.startOf !== undefined && state.days === undefined) {
    // 「3月1号开始」: the first day is kept while its length is asked, so 「128天」 completes it
    // (it was forgotten, and 「请问从哪天开始？」 asked next).
    state.start = { date: d.startOf, half: 'full' };
    delete state.end;
    // 「1月4号开始请婚假」: a type of one fixed length is counted from the day, and the read-back says so.
    const fixed = fixedLength(typeOf(env, state.typeKey));
    if (fixed === undefined) question = d.reason;
    else {
      state.days = fixed;
      state.dateNote = fixedLengthNote(typeOf(env, state.typeKey)!.name, fixed);
    }
    understood = true;
  } else if (
    d.kind === 'range' &&
    d.start.date === d.end.date &&
    d.days === undefined &&
    state.days !== undefined &&
    !state.start
  ) {
    // The start date, asked for after "请三天": the end is counted from it.
    state.start = d.start;
    understood = true;
  } else if (d.kind === 'range') {
    state.start = d.start;
    state.end = d.end;
    delete state.halfOf;
    setNote(state, d.note);
    delete state.days;
    if (d.days !== undefined) state.statedDays = d.days;
    else delete state.statedDays;
    understood = true;
  } else if (d.kind === 'start-with-days') {
    state.start = d.start;
    state.days = d.days;
    setNote(state, d.note);
    delete state.end;
    delete state.statedDays;
    understood = true;
  } else if (d.kind === 'days-only') {
    state.days = d.days;
    delete state.end;
    delete state.statedDays;
    understood = true;
  } else if (d.kind === 'ambiguous') {
    // "从12月7日开始" when the days are known already: read it with the count.
    const retry =
      state.days !== undefined && !state.start ? parseLeaveDates(`${text} 请${state.days}天`, env.today) : undefined;
    if (retry?.kind === 'start-with-days') {
      state.start = retry.start;
      delete state.end;
    } else question = d.reason;
    understood = true;
  }
  if (reading.reason && (reading.explicitReason || understood || step === 'reason')) {
    state.reason = reading.reason;
    understood = true;
  }
  if (!understood) {
    if (step === 'reason') {
      const reason = cleanReason(text) ?? (text.length >= 2 ? text : undefined);
      if (reason) {
        state.reason = reason;
        understood = true;
      }
    } else if (QUESTION.test(text) && step !== 'start') return { passThrough: 'keep' };
    else if (reading.reason && step !== 'start') {
      state.reason = reading.reason;
      understood = true;
    }
  }
  const maxReason = rules.requestLimits.maxReasonLength;
  if (state.reason !== undefined && state.reason.length > maxReason) {
    const n = state.reason.length;
    delete state.reason;
    return { next: { step: 'reason', state }, replies: [leaveText.reasonTooLong(n, maxReason)] };
  }
  const result = advance(state, env, question);
  if (!understood && step !== 'start') {
    return askedAgain(
      {
        ...result,
        replies: [`${leaveText.notUnderstood}${firstText(result.replies)}`, ...(result.replies ?? []).slice(1)],
      },
      env,
    );
  }
  return result;
}

/** The draft in a few words: its type and dates as far as they were said. */
function draftSummary(state: LeaveDraftState, org: Org): string {
  const type = org.leaveRules?.types.find((t) => t.key === state.typeKey)?.name;
  const start = state.start?.date as LocalDate | undefined;
  const end = (state.end?.date ?? start) as LocalDate | undefined;
  const when =
    start && end ? (start === end ? formatDate(start) : `${formatDate(start)}至${formatDate(end)}`) : undefined;
  return [type, when].filter(Boolean).join('，');
}

/** The button id of the types offered as choices. */
export const TYPE_ACTION_ID = 'leave:type';

/**
 * The type asked again after an answer that named none: counted, and from the second time on offered as
 * numbered choices with buttons, so that a reply the bot cannot read does not get the same question for ever.
 */
function askedAgain(
  result: FlowResult<LeaveDraftState, LeaveFlowEffect>,
  env: LeaveFlowEnv,
): FlowResult<LeaveDraftState, LeaveFlowEffect> {
  const next = result.next;
  if (next?.step !== 'type') return result;
  const typeAsked = (next.state.typeAsked ?? 0) + 1;
  const state = { ...next.state, typeAsked };
  if (typeAsked < 2) return { ...result, next: { ...next, state } };
  return { ...result, next: { ...next, state }, replies: [typeChoices(env)] };
}

/** The types by number, and as buttons where the channel has them. */
function typeChoices(env: LeaveFlowEnv): OutgoingMessage {
  const types = env.org.leaveRules!.types;
  return {
    text: leaveText.typeChoices(types.map((t) => t.name)),
    actions: [
      {
        id: TYPE_ACTION_ID,
        title: leaveText.typeChoicesTitle,
        options: types.map((t, i) => ({ label: t.name, value: t.key, command: String(i + 1) })),
      },
    ],
  };
}

function withoutTypeAsked(state: LeaveDraftState): LeaveDraftState {
  const { typeAsked: _asked, ...rest } = state;
  return rest;
}

function halfQuestion(day: string, env: LeaveFlowEnv): string {
  return parseMessages.whichHalf(day as LocalDate, env.today);
}

/** 上午 or 下午 said once (not both): the half of a day; 「下昼」 in Cantonese too. */
function halfSaid(said: string): 'am' | 'pm' | undefined {
  const text = fixTypos(said);
  const am = /上午|早上|上半天/.test(text);
  const pm = /下午|午后|下半天/.test(text);
  return am === pm ? undefined : am ? 'am' : 'pm';
}

function setNote(state: LeaveDraftState, note: string | undefined): void {
  if (note) state.dateNote = note;
  else delete state.dateNote;
}

function firstText(replies: readonly Outgoing[] | undefined): string {
  const r = replies?.[0];
  return r === undefined ? '' : typeof r === 'string' ? r : r.text;
}

function typeOf(env: LeaveFlowEnv, key: string | undefined): LeaveTypeRule | undefined {
  return env.org.leaveRules?.types.find((t) => t.key === key);
}

/** The span the state describes, once it can be known. */
export function draftSpan(state: LeaveDraftState, type: LeaveTypeRule, env: LeaveFlowEnv): LeaveSpan | null {
  if (!state.start) return null;
  const start = { date: state.start.date as LocalDate, half: state.start.half };
  if (state.end)
    return { start: start.date, startHalf: start.half, end: state.end.date as LocalDate, endHalf: state.end.half };
  if (state.days !== undefined) return spanFromDays(env.org.calendar, type.counting, start, state.days);
  return null;
}

function spanOf(state: LeaveDraftState, env: LeaveFlowEnv): LeaveSpan | null {
  const type = typeOf(env, state.typeKey);
  return type ? draftSpan(state, type, env) : null;
}

/** Asks for the next missing thing, or reads the request back. */
export function advance(
  state: LeaveDraftState,
  env: LeaveFlowEnv,
  question?: string,
): FlowResult<LeaveDraftState, LeaveFlowEffect> {
  if (state.parts?.length) return readBackSplit(state, env);
  const rules = env.org.leaveRules!;
  const type = typeOf(env, state.typeKey);
  if (question)
    return {
      next: { step: state.days !== undefined && !state.start ? 'start-date' : 'dates', state },
      replies: [question],
    };
  if (!type) return { next: { step: 'type', state }, replies: [leaveText.askType(rules.types.map((t) => t.name))] };
  // Sick leave keeps the category only: whatever was said about the illness is not kept.
  if (!type.keepReason) delete state.reason;
  const span = draftSpan(state, type, env);
  if (!span) {
    if (state.days !== undefined && !state.start)
      return { next: { step: 'start-date', state }, replies: [leaveText.askStart(state.days)] };
    return { next: { step: 'dates', state }, replies: [leaveText.askDates] };
  }
  const limit = requestLimitProblem(rules, span, env.today);
  if (limit) {
    const { start: _s, end: _e, days: _d, statedDays: _sd, dateNote: _n, ...rest } = state;
    return { next: { step: 'dates', state: rest }, replies: [`${limit}\n${leaveText.limitHint}`] };
  }
  const check = checkDraft(env, type.key, span, state.extended === true);
  // A request the rules refuse says so before its reason is asked for (「10月29日请事假」 is past).
  if (type.reasonRequired && type.keepReason && !state.reason && check.outcome !== 'refused')
    return { next: { step: 'reason', state }, replies: [leaveText.askReason(type.name)] };
  const reply = readBack({
    check,
    rules,
    directory: env.org.directory,
    today: env.today,
    ...(state.reason && type.keepReason ? { reason: state.reason } : {}),
    ...(state.statedDays !== undefined ? { statedDays: state.statedDays } : {}),
    ...(state.dateNote ? { dateNote: state.dateNote } : {}),
  });
  const years = check.count.unscheduledYears;
  return {
    next: { step: 'confirm', state },
    replies: [reply],
    ...(years.length ? { effects: [{ type: 'warn-calendar', years }] } : {}),
  };
}

function confirm(state: LeaveDraftState, env: LeaveFlowEnv): FlowResult<LeaveDraftState, LeaveFlowEffect> {
  if (state.parts?.length) return confirmSplit(state, env);
  const rules = env.org.leaveRules!;
  const type = typeOf(env, state.typeKey);
  const span = type ? draftSpan(state, type, env) : null;
  if (!type || !span || (type.reasonRequired && type.keepReason && !state.reason)) return advance(state, env);
  if (requestLimitProblem(rules, span, env.today)) return advance(state, env);
  const check = checkDraft(env, type.key, span, state.extended === true);
  // 「确认」「对」 to a draft the rules refuse: the card with the reasons is just above; say what to do, once.
  if (check.outcome === 'refused')
    return { next: { step: 'confirm', state }, replies: [`${inFlowText.waitsForFix}。`] };
  return {
    effects: [
      {
        type: 'submit',
        typeKey: type.key,
        span,
        reason: type.keepReason ? (state.reason ?? null) : null,
        extended: state.extended === true,
      },
    ],
  };
}

/** HR hears once per year, through the scheduler's outbox and under its key (it warns ahead of a year too). */
async function warnHrOnce(deps: LeaveFlowDeps, ctx: Context, years: readonly number[]): Promise<void> {
  const org = deps.org();
  await new OutboxRepo(deps.db).enqueue(calendarWarningEntries(org.calendar, org.directory, years, ctx.now), ctx.now);
}
