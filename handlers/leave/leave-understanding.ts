import type { LeaveRules } from '../../data/leave/leave-rules-schema.ts';
import type { Org } from '../../data/org/load-org.ts';
import type { Staff } from '../../data/org/staff.ts';
import { shanghaiDate, type LocalDate } from '../../data/time/index.ts';
import {
  understand,
  type ConversationContext,
  type FlowStep,
  type LeaveDraft,
  type LeaveFields,
  type Understanding,
  type UnderstandingEnv,
} from '../understanding/index.ts';
import type { LeaveDraftState } from './leave-request-flow.ts';

/** What a message's idle reading depends on: the dispatcher's context for it, the same object for every trigger. */
type Said = { readonly text: string; readonly person: Staff; readonly now: Date };
const idleReadings = new WeakMap<Said, Understanding>();

/**
 * The message read as idle by the understanding layer, once per message: the handlers' triggers run in
 * turn on one context, and several ask (leave request, withdrawal, balance, own requests, overtime).
 */
export function idleReading(said: Said, org: Org): Understanding {
  let u = idleReadings.get(said);
  if (u === undefined) {
    u = understand(
      said.text,
      { state: 'idle', roles: said.person.roles },
      understandingEnv(org, said.person, said.now),
    );
    idleReadings.set(said, u);
  }
  return u;
}

/** The world a message is read against: the organisation's calendar and people, the speaker. */
export function understandingEnv(org: Org, person: Staff | undefined, now: Date): UnderstandingEnv {
  return {
    now,
    today: shanghaiDate(now),
    calendar: org.calendar,
    people: org.directory.all.map((s) => ({ name: s.name, roles: s.roles })),
    ...(person ? { speaker: person.name } : {}),
  };
}

/** A message read at the leave flow's step, as the understanding layer sees that step. */
export function understandInLeaveFlow(
  text: string,
  step: string,
  state: LeaveDraftState,
  rules: LeaveRules,
  person: Staff,
  env: UnderstandingEnv,
  end?: LocalDate,
  notices: readonly { no: number; title: string }[] = [],
): Understanding {
  const draft = draftOf(state, rules, end);
  const flow: FlowStep =
    step === 'idle'
      ? { state: 'idle' }
      : step === 'confirm'
        ? { state: 'leave_readback', draft }
        : { state: 'leave_ask', asking: step === 'type' ? 'type' : step === 'reason' ? 'reason' : 'dates', draft };
  const ctx: ConversationContext = { ...flow, roles: person.roles, notices };
  return understand(text, ctx, env);
}

/** The flow's state in the understanding layer's terms (type by its handbook name). */
export function draftOf(state: LeaveDraftState, rules: LeaveRules, end?: LocalDate): LeaveDraft {
  const type = rules.types.find((t) => t.key === state.typeKey)?.name;
  const last = state.end?.date ?? end;
  const draft: LeaveDraft = {};
  if (type) draft.type = type;
  if (state.start) draft.start = state.start.date as LocalDate;
  if (last) draft.end = last as LocalDate;
  if (state.start && state.start.half !== 'full') draft.startHalf = state.start.half;
  if (state.end && state.end.half !== 'full') draft.endHalf = state.end.half;
  if (state.reason) draft.reason = state.reason;
  return draft;
}

/** The rules' key for a type the understanding layer names (年假 → annual), by name or alias. */
export function typeKeyOf(name: string | undefined, rules: LeaveRules): string | undefined {
  if (name === undefined) return undefined;
  return rules.types.find((t) => t.name === name || t.aliases.includes(name))?.key;
}

/**
 * The draft with the fields a message changed applied: only those. A new start or end keeps the
 * other end unless it would come before it; a half day given alone applies to the one day.
 */
export function withFields(state: LeaveDraftState, fields: LeaveFields, rules: LeaveRules): LeaveDraftState {
  const next: LeaveDraftState = { ...state };
  const key = typeKeyOf(fields.type, rules);
  if (key) next.typeKey = key;
  const oldEnd = state.end;
  if (fields.start !== undefined) next.start = { date: fields.start, half: fields.startHalf ?? 'full' };
  else if (fields.startHalf !== undefined && next.start) next.start = { ...next.start, half: fields.startHalf };
  if (fields.end !== undefined) next.end = { date: fields.end, half: fields.endHalf ?? 'full' };
  else if (fields.endHalf !== undefined && (next.end ?? next.start))
    next.end = { ...(next.end ?? next.start!), half: fields.endHalf };
  else if (fields.start !== undefined && (oldEnd ? oldEnd.date < fields.start : state.days === undefined))
    next.end = { date: fields.start, half: fields.startHalf ?? 'full' };
  if (fields.start !== undefined || fields.end !== undefined) {
    // New dates replace a count said before: the read-back counts the new span.
    if (next.end) delete next.days;
    delete next.statedDays;
    delete next.dateNote;
  }
  if (fields.reason !== undefined) next.reason = fields.reason;
  return next;
}
