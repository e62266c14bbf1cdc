import { readFileSync } from 'node:fs';
import type { WorkCalendar } from '../data/calendar/index.ts';
import type { Role } from '../data/org/staff.ts';
import { shanghaiDate } from '../data/time/index.ts';
import {
  ASK_BELOW,
  understand,
  type ConversationContext,
  type Fields,
  type KnownPerson,
  type Understanding,
  type UnderstandingEnv,
} from '../handlers/understanding/index.ts';

/*
 * Scores the understanding layer on the labelled utterances (bench/fixtures/utterances): intent
 * accuracy, field accuracy and dangerous errors. The label conventions the writers left open
 * (README.md there) are normalised on both sides before comparing.
 */

/** "Now" for every line of the set (SPEC.md). */
export const UTTERANCE_NOW = new Date('2026-12-08T10:00:00+08:00');

type Json = Record<string, unknown>;

export interface UtteranceRow {
  id: string;
  speaker: 'social_worker' | 'caregiver' | 'lead' | 'dept_head' | 'hr';
  context: Json & { state: string };
  text: string;
  intent: string;
  fields: Json;
}

export function readUtterances(path: string): UtteranceRow[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as UtteranceRow);
}

const ROLES: Record<UtteranceRow['speaker'], Role[]> = {
  social_worker: ['social_worker'],
  caregiver: ['caregiver'],
  lead: ['team_lead'],
  dept_head: ['dept_head'],
  hr: ['hr'],
};

/** The set's context object as the layer's conversation context. */
export function contextOf(row: UtteranceRow): ConversationContext {
  const { just_answered: justAnswered, ...rest } = row.context as Json;
  return {
    ...(rest as object),
    ...(justAnswered === undefined ? {} : { justAnswered }),
    roles: ROLES[row.speaker],
  } as unknown as ConversationContext;
}

export function envFor(calendar: WorkCalendar, people: readonly KnownPerson[]): UnderstandingEnv {
  return { now: UTTERANCE_NOW, today: shanghaiDate(UTTERANCE_NOW), calendar, people };
}

/** The layer's fields in the set's schema: overtime clock times are its start/end. */
export function asLabelFields(u: Understanding, row: UtteranceRow): Json {
  const { startTime, endTime, ...rest } = u.fields as Fields;
  const out: Json = { ...rest };
  if (startTime !== undefined) out.start = startTime;
  if (endTime !== undefined) out.end = endTime;
  void row;
  return out;
}

/**
 * 「我家公公走了」/「家公公走了」, 「要去银行办业务」/「去银行办业务」, 「昨天把腰扭了」/「把腰扭了」: the writers
 * differ on whether a reason keeps a leading 我/要/想 or the day the story happened; it states the same
 * reason either way (README.md of the set).
 */
const LEADING_FILLER = /^(?:我|要|想|昨天|前天)+/;

/** Both sides, label conventions made one (README.md of the set). */
export function normalise(fields: Json, row: UtteranceRow): Json {
  const out: Json = {};
  const pending = (row.context.pending as { no: number; applicant: string }[] | undefined) ?? [];
  for (const [k, v] of Object.entries(fields)) {
    if (v === undefined || v === null) continue;
    if (k === 'question' && v === false) continue;
    if ((k === 'startHalf' || k === 'endHalf') && v === 'full') continue;
    if (k === 'reason')
      out[k] = String(v)
        .replace(/[\s\p{P}\p{S}]/gu, '')
        .replace(LEADING_FILLER, '');
    else if (k === 'text' || k === 'audience') out[k] = String(v).replace(/[\s\p{P}\p{S}]/gu, '');
    else if (k === 'time') out[k] = String(v).replace('T', ' ');
    else if (k === 'requests') out[k] = (v as Json[]).map((r) => normalise(r, row));
    else if (k === 'items') out[k] = [...(v as string[])].sort();
    else out[k] = v;
  }
  if (out.start !== undefined && out.start === out.end) {
    const half = out.startHalf ?? out.endHalf;
    if (half !== undefined) {
      out.startHalf = half;
      out.endHalf = half;
    }
  }
  if (out.nos === 'all') out.nos = pending.map((p) => p.no);
  if (typeof out.applicant === 'string') {
    const theirs = pending.filter((p) => p.applicant === out.applicant);
    if (theirs.length === 1) {
      out.nos = [theirs[0]!.no];
      delete out.applicant;
    }
  }
  if (Array.isArray(out.nos)) out.nos = [...(out.nos as number[])].sort((a, b) => a - b);
  return out;
}

/** JSON with keys sorted: field order is not meaning. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v !== null && typeof v === 'object') {
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((v as Json)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v);
}

const same = (a: unknown, b: unknown) => canonical(a) === canonical(b);

export interface Scored {
  row: UtteranceRow;
  got: Understanding;
  gotFields: Json;
  intentRight: boolean;
  fieldsRight: number;
  fieldsTotal: number;
  dangerous: boolean;
}

/** Changes that act without asking: what must never be done on a misreading. */
const STATE_CHANGING_COMMANDS = new Set(['cancel_notice', 'adjust_balance', 'pause', 'resume']);

/**
 * Dangerous: a message that would silently change a request (an edit, confirm, cancel or withdraw
 * it is not) or be recorded as an ack, hand-in or approval it is not. Asking is never dangerous.
 */
export function isDangerous(label: { intent: string; fields: Json }, got: Understanding, gotFields: Json): boolean {
  if (got.confidence < ASK_BELOW && got.alternatives.length > 0) return false;
  const p = got.intent;
  const sameFields = same(gotFields, label.fields);
  switch (p) {
    case 'edit':
      return label.intent !== p || !sameFields;
    case 'withdraw':
      // A less specific withdraw makes the bot list and ask; a different leave is taken back silently.
      return label.intent !== p || conflicts(gotFields, label.fields, ['no', 'date', 'type']);
    case 'handin':
      // An item missing is asked again by the reminder; one recorded that was not handed in is not.
      return (
        label.intent !== p ||
        gotFields.for !== label.fields.for ||
        (gotFields.items as string[]).some((i) => !((label.fields.items as string[] | undefined) ?? []).includes(i))
      );
    case 'confirm':
    case 'cancel':
    case 'ack_notice':
      return label.intent !== p;
    case 'approve':
    case 'reject':
      if (Array.isArray(gotFields.nos) && gotFields.nos.length === 0) return false;
      return (
        label.intent !== p || !same(gotFields.nos, label.fields.nos) || gotFields.applicant !== label.fields.applicant
      );
    case 'hr_command':
      return STATE_CHANGING_COMMANDS.has(String(gotFields.command)) && (label.intent !== p || !sameFields);
    default:
      return false;
  }
}

function conflicts(got: Json, want: Json, keys: readonly string[]): boolean {
  return keys.some((k) => got[k] !== undefined && !same(got[k], want[k]));
}

/**
 * With nothing open, a remark and small talk are one reading: SPEC.md defines a remark as a comment on a
 * read-back that must change nothing, and idle there is nothing to change (the dev6 writer labelled comments
 * on something waiting — 「我打算周五再交月报」 — `remark`, the others `small_talk`).
 */
function sameIntent(got: string, want: string, row: UtteranceRow): boolean {
  if (got === want) return true;
  const talk = (i: string) => i === 'remark' || i === 'small_talk';
  return row.context.state === 'idle' && talk(got) && talk(want);
}

/**
 * An edit's field equal to the draft's own value changes nothing: some writers restate it (「改成礼拜四礼拜五」 on a
 * Wednesday–Friday draft, with `end` Friday), others leave it out (the dev6 writer's convention); both sides drop it.
 */
function withoutRestated(fields: Json, intent: string, row: UtteranceRow): Json {
  const draft = row.context.draft as Json | undefined;
  if (intent !== 'edit' || draft === undefined) return fields;
  return Object.fromEntries(Object.entries(fields).filter(([k, v]) => !same(v, draft[k])));
}

export function scoreRow(row: UtteranceRow, env: UnderstandingEnv): Scored {
  const got = understand(row.text, contextOf(row), env);
  const gotFields = withoutRestated(normalise(asLabelFields(got, row), row), got.intent, row);
  const want = withoutRestated(normalise(row.fields, row), row.intent, row);
  const keys = new Set([...Object.keys(want), ...Object.keys(gotFields)]);
  let right = 0;
  for (const k of keys) if (same(want[k], gotFields[k])) right++;
  return {
    row,
    got,
    gotFields,
    intentRight: sameIntent(got.intent, row.intent, row),
    fieldsRight: right,
    fieldsTotal: keys.size,
    dangerous: isDangerous({ intent: row.intent, fields: want }, got, gotFields),
  };
}

export interface SetScore {
  total: number;
  intentRight: number;
  fieldsRight: number;
  fieldsTotal: number;
  dangerous: number;
  scored: Scored[];
}

export function scoreSet(rows: readonly UtteranceRow[], env: UnderstandingEnv): SetScore {
  const scored = rows.map((r) => scoreRow(r, env));
  return {
    total: rows.length,
    intentRight: scored.filter((s) => s.intentRight).length,
    fieldsRight: scored.reduce((n, s) => n + s.fieldsRight, 0),
    fieldsTotal: scored.reduce((n, s) => n + s.fieldsTotal, 0),
    dangerous: scored.filter((s) => s.dangerous).length,
    scored,
  };
}
