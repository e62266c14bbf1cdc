import { fixTypos } from '../../understanding/text-cues.ts';
import { z } from 'zod';
import type { Flow, FlowPosition, FlowResult } from '../../../bot/conversation/flow.ts';
import type { OutgoingMessage } from '../../../data/message.ts';
import { formatDate, shanghaiDate, type LocalDate } from '../../../data/time/index.ts';
import type { Db } from '../../../data/db/open-database.ts';
import type { Org } from '../../../data/org/load-org.ts';
import type { Staff } from '../../../data/org/staff.ts';
import { OvertimeRecordsRepo, type OvertimeRecord } from '../../../data/repos/overtime-records-repo.ts';
import { CONTROL_WORD, isLeaveCommand } from '../commands.ts';
import { formatHours } from '../format-span.ts';
import { approvalText, quoteClause, ROLE_LABEL } from '../messages.ts';
import { overtimeText } from './messages.ts';
import type { OvertimeNotifier } from './overtime-notifier.ts';
import { endsLater, overtimeWhen } from './overtime-notifier.ts';
import { checkOvertime, type OvertimeService } from './overtime-service.ts';
import { readOvertimeText } from './read-overtime-text.ts';
import { breakAnswer, readBreak } from '../../understanding/overtime.ts';
import { overtimeInFlow } from './overtime-in-flow.ts';
import type { UnderstandingEnv } from '../../understanding/index.ts';
import { understandingEnv } from '../leave-understanding.ts';

const stateSchema = z.object({
  date: z.string().optional(),
  startTime: z.string().optional(),
  endTime: z.string().optional(),
  crossesMidnight: z.boolean().optional(),
  minutes: z.number().optional(),
  reason: z.string().optional(),
  /** How an ambiguous written date was read ("25/12" as 12月25日), asked in the read-back. */
  dateNote: z.string().optional(),
  /** A break said inside the hours (「中午休息一个钟」): taken off the minutes credited. */
  breakMinutes: z.number().optional(),
  /** A break said without its length (「中间休息了一下」): asked before the read-back. */
  breakAsked: z.boolean().optional(),
});
export type OvertimeDraftState = z.infer<typeof stateSchema>;

export interface OvertimeFlowEnv {
  readonly org: Org;
  readonly person: Staff;
  readonly today: LocalDate;
  /** When the message was taken up: an overtime still ahead is credited only when it ends. */
  readonly now: Date;
  /** The person's recent pending and approved records (to refuse a second registration). */
  readonly recent: readonly OvertimeRecord[];
  /** The world a message is read against (issue 11). */
  readonly understanding: UnderstandingEnv;
}

export type OvertimeFlowEffect =
  | { readonly type: 'submit'; readonly draft: CompleteDraft }
  /** A line sent before the other handlers answer a message the registration lets through. */
  | { readonly type: 'note'; readonly text: string };

export interface OvertimeFlowDeps {
  readonly db: Db;
  readonly org: () => Org;
  readonly service: OvertimeService;
  readonly notifier: OvertimeNotifier;
}

const YES =
  /^(?:确认|确定|确认提交|提交|是|是的|对|对的|没错|好|好的|行|可以|嗯|没问题|ok|okay)[啊呀吧的了!！。.~～]*$/i;
export const OVERTIME_DRAFT_ACTION_ID = 'overtime:draft';

/** Registering overtime (超时加班登记表): date, clock times and reason, a read-back, then the lead approves. */
export function overtimeFlow(deps: OvertimeFlowDeps): Flow<OvertimeDraftState, OvertimeFlowEnv, OvertimeFlowEffect> {
  return {
    name: 'overtime-register',
    version: 1,
    title: '加班登记',
    schema: stateSchema,
    timeoutMinutes: 30,
    async prepare(ctx) {
      const recent = (await new OvertimeRecordsRepo(deps.db).forStaff(ctx.person.id, 50)).filter(
        (r) => r.status === 'pending' || r.status === 'approved',
      );
      const understanding = understandingEnv(deps.org(), ctx.person, ctx.now);
      return { org: deps.org(), person: ctx.person, today: shanghaiDate(ctx.now), now: ctx.now, recent, understanding };
    },
    step: (position, input, env) => overtimeStep(position, input, env),
    async perform(effect, ctx) {
      if (effect.type === 'note') return void (await ctx.replyPrivately(effect.text));
      const result = await deps.service.register(ctx.person, draftOf(effect.draft), ctx.now);
      if (!result.ok) return [problemText(result.check, deps.org().leaveRules!.overtime)];
      await deps.notifier.submitted(result.record);
      const r = result.record;
      const outcome = { actionId: OVERTIME_DRAFT_ACTION_ID, text: approvalText.outcomeSubmitted(`加班${r.id}`) };
      return [
        {
          text: r.approverId
            ? overtimeText.submitted(r.id, deps.org().directory.get(r.approverId)?.name ?? r.approverId)
            : overtimeText.submittedNoApprover(r.id, r.hours, endsLater(r, ctx.now)),
          outcome,
        },
      ];
    },
  };
}

export function overtimeStep(
  position: FlowPosition<OvertimeDraftState>,
  input: { text: string; action?: { actionId: string; value: string } },
  env: OvertimeFlowEnv,
): FlowResult<OvertimeDraftState, OvertimeFlowEffect> {
  const state: OvertimeDraftState = { ...position.state };
  if (input.action) {
    if (input.action.actionId !== OVERTIME_DRAFT_ACTION_ID) return { passThrough: 'keep' };
    if (input.action.value === 'cancel')
      return {
        replies: [
          {
            text: overtimeText.cancelled,
            outcome: { actionId: OVERTIME_DRAFT_ACTION_ID, text: approvalText.outcomeCancelled },
          },
        ],
      };
    return confirm(state, env);
  }
  const said = input.text.trim();
  if (position.step !== 'start' && isLeaveCommand(said) && !/^(?:加班登记|登记加班)/.test(said))
    return { passThrough: 'keep' };
  // 「半小时」「一个钟」「没有」 answering how long the break was.
  if (position.step === 'break') {
    const minutes = breakAnswer(fixTypos(said));
    if (minutes !== undefined) return advance(withBreak(state, minutes), env);
  }
  // 「加班登记 12月5日 9:00-18:00 长者活动 午休1小时」: the break comes off the hours and out of the reason.
  const pause = readBreak(fixTypos(said));
  if (pause) {
    if (pause.minutes === null) state.breakAsked = true;
    else Object.assign(state, withBreak(state, pause.minutes));
  }
  const text = pause ? said.replace(pause.phrase, ' ').trim() : said;
  // 「系」: a yes in Cantonese, read in Mandarin first.
  if (position.step === 'confirm' && YES.test(fixTypos(text))) return confirm(state, env);
  if (position.step !== 'start') {
    const understood = overtimeInFlow({ step: position.step, state }, text, env, {
      advance: (s, e) => advance(s, e),
      confirm,
    });
    if (understood) return understood;
  }
  if (position.step === 'reason' && CONTROL_WORD.test(text))
    return { next: position, replies: [overtimeText.askReasonAgain] };
  const reading = readOvertimeText(text, env.today);
  let question: string | undefined;
  let understood = false;
  if (reading.date.kind === 'date') {
    state.date = reading.date.date;
    if (reading.date.note) state.dateNote = reading.date.note;
    else delete state.dateNote;
    understood = true;
  } else if (reading.date.kind === 'ambiguous') {
    question = reading.date.reason;
    understood = true;
  }
  if (reading.time.kind === 'time-range') {
    state.startTime = reading.time.start;
    state.endTime = reading.time.end;
    state.crossesMidnight = reading.time.crossesMidnight;
    state.minutes = reading.time.minutes;
    understood = true;
  } else if (reading.time.kind === 'ambiguous') {
    question ??= reading.time.reason;
    understood = true;
  }
  if (reading.reason && (understood || position.step === 'reason' || position.step === 'start')) {
    state.reason = reading.reason;
    understood = true;
  } else if (!understood && position.step === 'reason' && text.length >= 2) {
    state.reason = text;
    understood = true;
  }
  if (!understood && position.step !== 'start' && /[?？]|吗|怎么|什么|多少/.test(text)) return { passThrough: 'keep' };
  const maxReason = env.org.leaveRules!.requestLimits.maxReasonLength;
  if (state.reason !== undefined && state.reason.length > maxReason) {
    const n = state.reason.length;
    delete state.reason;
    return { next: { step: 'reason', state }, replies: [overtimeText.reasonTooLong(n, maxReason)] };
  }
  const result = advance(state, env, question);
  if (!understood && position.step !== 'start' && position.step !== 'reason') {
    const first = result.replies?.[0];
    return {
      ...result,
      replies: [
        `抱歉，我没太明白。${typeof first === 'string' ? first : (first?.text ?? '')}`,
        ...(result.replies ?? []).slice(1),
      ],
    };
  }
  return result;
}

type Optional = 'dateNote' | 'breakMinutes' | 'breakAsked';
type CompleteDraft = Required<Omit<OvertimeDraftState, Optional>> & Pick<OvertimeDraftState, Optional>;

/** The state with a break of `minutes` (0: none), no longer asked. */
function withBreak(state: OvertimeDraftState, minutes: number): OvertimeDraftState {
  const { breakAsked: _asked, breakMinutes: _old, ...rest } = state;
  return minutes > 0 ? { ...rest, breakMinutes: minutes } : rest;
}

function complete(state: OvertimeDraftState): state is CompleteDraft {
  return (
    state.breakAsked !== true &&
    state.date !== undefined &&
    state.startTime !== undefined &&
    state.endTime !== undefined &&
    state.minutes !== undefined &&
    state.crossesMidnight !== undefined &&
    state.reason !== undefined
  );
}

/** Asks for what is missing, or reads the registration back. */
export function advance(
  state: OvertimeDraftState,
  env: OvertimeFlowEnv,
  question?: string,
): FlowResult<OvertimeDraftState, OvertimeFlowEffect> {
  if (question) return { next: { step: state.date ? 'time' : 'date', state }, replies: [question] };
  if (!state.date) return { next: { step: 'date', state }, replies: [overtimeText.askDate] };
  if (!state.startTime) return { next: { step: 'time', state }, replies: [overtimeText.askTime] };
  if (state.breakAsked) return { next: { step: 'break', state }, replies: [overtimeText.askBreak] };
  if (!state.reason) return { next: { step: 'reason', state }, replies: [overtimeText.askReason] };
  return { next: { step: 'confirm', state }, replies: [readBack(state as CompleteDraft, env)] };
}

function confirm(state: OvertimeDraftState, env: OvertimeFlowEnv): FlowResult<OvertimeDraftState, OvertimeFlowEffect> {
  if (!complete(state)) return advance(state, env);
  const check = checkOvertime(
    env.org,
    env.person,
    draftOf(state),
    env.today,
    env.recent.filter((r) => r.date === state.date),
  );
  if (!check.ok) return { next: { step: 'confirm', state }, replies: [readBack(state, env)] };
  return { effects: [{ type: 'submit', draft: state }] };
}

/** The registration as recorded: the minutes worked are the span less the break said. */
function draftOf(s: CompleteDraft) {
  return {
    date: s.date as LocalDate,
    startTime: s.startTime,
    endTime: s.endTime,
    crossesMidnight: s.crossesMidnight,
    minutes: s.minutes - (s.breakMinutes ?? 0),
    reason: s.reason,
  };
}

function readBack(state: CompleteDraft, env: OvertimeFlowEnv): OutgoingMessage {
  const rules = env.org.leaveRules!;
  const check = checkOvertime(
    env.org,
    env.person,
    draftOf(state),
    env.today,
    env.recent.filter((r) => r.date === state.date),
  );
  const when = overtimeWhen({
    date: state.date,
    startTime: state.startTime,
    endTime: state.endTime,
    crossesMidnight: state.crossesMidnight,
  });
  if (!check.ok) {
    // Only the validity rule has a clause to quote; a typo in the times quotes nothing.
    const clause = check.problem === 'too-old' ? [quoteClause(rules.document, rules.overtime.expiryClause)] : [];
    return { text: [problemText(check, rules.overtime), ...clause, overtimeText.refusedHint].join('\n') };
  }
  const approver = check.approver
    ? `${env.org.directory.get(check.approver.approverId)?.name ?? check.approver.approverId}` +
      `（${ROLE_LABEL[check.approver.role] ?? check.approver.role}）`
    : '无需审批';
  const lines = [
    overtimeText.readBackTitle,
    overtimeText.hoursLine(
      when,
      formatHours(check.hours),
      state.minutes - (state.breakMinutes ?? 0),
      rules.overtime.roundingMinutes,
      state.breakMinutes,
    ),
    `· 事由：${state.reason}`,
    `· 审批：${approver}`,
    ...(state.dateNote ? [state.dateNote] : []),
    overtimeText.creditLine(
      overtimeText.hoursAsDays(check.hours, rules.overtime.hoursPerDay),
      formatDate(check.expiresOn),
      endsLater({ ...draftOf(state), crossesMidnight: state.crossesMidnight }, env.now),
    ),
    '',
    overtimeText.confirmHint,
  ];
  return {
    text: lines.join('\n'),
    actions: [
      {
        id: OVERTIME_DRAFT_ACTION_ID,
        title: overtimeText.confirmAction,
        options: [
          { label: '确认提交', value: 'confirm', command: '确认' },
          { label: '取消', value: 'cancel', command: '取消' },
        ],
      },
    ],
  };
}

function problemText(
  check: { problem: string; expiresOn: LocalDate; duplicateId?: number },
  rules: { roundingMinutes: number; maxHoursPerRecord: number; plannedDaysAhead: number },
): string {
  switch (check.problem) {
    case 'too-long':
      return overtimeText.tooLong(rules.maxHoursPerRecord);
    case 'future':
      return overtimeText.future(rules.plannedDaysAhead);
    case 'too-old':
      return overtimeText.tooOld(formatDate(check.expiresOn));
    case 'too-short':
      return overtimeText.tooShort(rules.roundingMinutes);
    default:
      return overtimeText.duplicate(check.duplicateId ?? 0);
  }
}
