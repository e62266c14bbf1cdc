import { DECIDING, decidedPart, OPENS_WITH_VERB, putsOffDecision, readApproval } from '../understanding/approvals.ts';
import { withoutPoliteness } from '../understanding/text-cues.ts';
import type { ConversationContext, PendingApproval } from '../understanding/types.ts';
import type { Waiting } from './approval-handler.ts';
import type { ApprovalTarget } from './approval-target.ts';
import { noteAfterDecision, WHICH_DAY } from './approval-note.ts';

/** What an approver's message decides, read against what is waiting on them (issue 11). */
export type Decision =
  | { readonly kind: 'targets'; readonly approve: boolean; readonly targets: readonly Chosen[]; comment: string | null }
  /** Several wait and none was named (a bare 「同意」): ask which, listing them. */
  | { readonly kind: 'which'; readonly approve: boolean }
  /** Nothing waits (for the person named, if one was). */
  | { readonly kind: 'nothing'; readonly applicant?: string };

/** A request chosen: from the approver's list (with its line), or a number typed that is not on it. */
export interface Chosen {
  readonly target: ApprovalTarget;
  readonly line?: string;
}

/** A number that names a request (the same reading as understanding/approvals.ts): 4号, 同意4; not 12月, 3点. */
const NUMBER = /(?<![\d月.])(\d{1,3})(?![\d月点天个:.年])/g;
const OVERTIME = /加班/;
const LEAVE = /请假|[年事病婚丧产]假|调休/;
/** An applicant no text contains: numbers typed that are not waiting on the approver. */
const NOBODY = '\u0000';
/** A decision is a short message; a long one mentioning 同意 is something else. */
const MAX_LENGTH = 60;

/** Up to this much else (「这个」「先」) an approval still is one; a rejection's extra words are its reason. */
const MAX_OTHER = 2;

const numbersIn = (text: string) => [...new Set([...text.matchAll(NUMBER)].map((m) => Number(m[1])))];

function context(pending: PendingApproval[]): ConversationContext {
  return { state: 'idle', roles: [], pending };
}

/**
 * Whether the text reads as a decision at all, without the database (triggers are synchronous):
 * every number in it and every colleague's name stand in for what may be waiting.
 */
export function mayBeDecision(text: string, names: readonly string[]): boolean {
  if (text.length > MAX_LENGTH) return false;
  const r = readApproval(text, context(standIns(text, names)));
  return r !== null && noteOf(text, r.intent === 'approve', names) !== undefined;
}

/**
 * The note an approval passes on (null: none), or undefined when the text says more than a decision and
 * is none (「我同意你的看法」). 「同意，注意工作交接」「冯子豪的同意，让他交接好」: words after the decision.
 */
function noteOf(text: string, approve: boolean, names: readonly string[]): string | null | undefined {
  if (!saysMore(text, approve, names)) return noteAfterVerb(text, approve);
  const split = approve ? noteAfterDecision(text, names) : null;
  return split && !saysMore(split.head, approve, names) ? split.note : undefined;
}

/**
 * What may be waiting, as the text names it: each number in it and every colleague, and one
 * request nobody named (so a bare 「同意」 reads as one with several waiting).
 */
function standIns(text: string, names: readonly string[]): PendingApproval[] {
  const pending: PendingApproval[] = [
    ...numbersIn(text).map((no) => ({ no, applicant: NOBODY, kind: 'leave' as const })),
    ...names.filter((n) => n.length >= 2).map((applicant, i) => ({ no: -1 - i, applicant, kind: 'leave' as const })),
  ];
  if (pending.length < 2) pending.push({ no: -100_000, applicant: NOBODY, kind: 'leave' });
  return pending;
}

/**
 * Whether the text puts a decision off (「1号我晚点再看」「先别批 我问问」「等她把证明发来再批」),
 * read as mayBeDecision reads a decision: numbers and names stand in for what may be waiting.
 */
export function mayPutOff(text: string, names: readonly string[]): boolean {
  return text.length <= MAX_LENGTH && putsOffDecision(text, context(standIns(text, names)));
}

/**
 * An approval with more words than a decision has (「我同意你的看法」): a remark, not a decision. A
 * clause about another request (「1和3同意 2等我问问他再说」) is not part of the decision.
 */
function saysMore(text: string, approve: boolean, names: readonly string[]): boolean {
  // 「同意，注意工作交接」: the verb alone opens the message; what follows is said to the applicant.
  if (!approve || OPENS_WITH_VERB.test(text.trim())) return false;
  let rest = withoutPoliteness(decidedPart(text));
  for (const name of names) if (name.length >= 2) rest = rest.replaceAll(name, '');
  // 「秋菊的同意」: a given name chooses as the full name does.
  for (const name of names)
    if (name.length === 3)
      rest = rest.replace(new RegExp(`${name.slice(1)}(?=的|那|这|加班|调休|[\\s,，。]|同意|可以|$)`, 'g'), '');
  return rest.replace(WHICH_DAY, '').replace(DECIDING, '').length > MAX_OTHER;
}

/**
 * 「同意，注意工作交接」: the words after an opening verb, passed on with the approval. The numbers
 * that chose the requests (「同意 1 2」「同意 3、4号 辛苦了」) are no part of it.
 */
function noteAfterVerb(text: string, approve: boolean): string | null {
  const t = text.trim();
  const verb = approve ? OPENS_WITH_VERB.exec(t) : null;
  const note = verb ? t.slice(verb[0].length).replace(CHOSEN_NUMBERS, '').trim() : '';
  return note.length > 0 ? note : null;
}

/** A list of request numbers opening what follows the verb: 「1 2」「3、4号」「第5和第6」「加班2 3」. */
const CHOSEN_NUMBERS = /^(?:\s*(?:加班|第)?\s*\d+\s*号?\s*[、,，和及与]?)+/;

/**
 * 「3号同意」 typed where a rejection's reason is awaited: another decision, by number, not the
 * reason (a reason may mention numbers and 不批, but it does not approve one).
 */
export function approvesByNumber(text: string): boolean {
  const numbers = numbersIn(text);
  if (numbers.length === 0) return false;
  const pending: PendingApproval[] = numbers.map((no) => ({ no, applicant: NOBODY, kind: 'leave' as const }));
  if (pending.length < 2) pending.push({ no: -100_000, applicant: NOBODY, kind: 'leave' });
  const r = readApproval(text, context(pending));
  return r?.intent === 'approve' && Array.isArray(r.fields.nos) && r.fields.nos.length > 0;
}

/**
 * The requests a decision names, against what waits on the approver: numbers are leave
 * numbers (overtime ones when the text says 加班), names choose that person's requests,
 * 全部 all of them. A number not waiting on them is still chosen: deciding it says why not.
 */
export function readDecision(text: string, waiting: readonly Waiting[]): Decision | null {
  const overtime = OVERTIME.test(text);
  const entries = waiting.map((w, i) => ({
    w,
    no: (w.target.kind === 'overtime') === overtime ? w.target.id : -1 - i,
  }));
  const typed = numbersIn(text).filter((n) => !entries.some((e) => e.no === n));
  const pending: PendingApproval[] = [
    ...entries.map((e) => ({ no: e.no, applicant: e.w.applicant, kind: e.w.target.kind })),
    ...typed.map((no) => ({ no, applicant: NOBODY, kind: 'leave' as const })),
  ];
  if (pending.length === 0) pending.push({ no: -100_000, applicant: NOBODY, kind: 'leave' });
  const r = readApproval(text, context(pending));
  const approve = r?.intent === 'approve';
  const note = r && noteOf(text, approve, [...new Set(waiting.map((w) => w.applicant))]);
  if (r === null || note === undefined) return null;
  const decided = (chosen: Chosen[]): Decision =>
    chosen.length === 0
      ? { kind: 'nothing' }
      : { kind: 'targets', approve, targets: chosen, comment: r.fields.reason ?? note };
  const listed = (w: Waiting): Chosen => ({ target: w.target, line: w.line });
  if (r.fields.nos === 'all') return decided(waiting.map(listed));
  if (r.fields.applicant !== undefined) {
    const kind = overtime ? 'overtime' : LEAVE.test(text) ? 'leave' : undefined;
    const theirs = waiting.filter((w) => w.applicant === r.fields.applicant && (!kind || w.target.kind === kind));
    return theirs.length ? decided(theirs.map(listed)) : { kind: 'nothing', applicant: r.fields.applicant };
  }
  const nos = r.fields.nos ?? [];
  if (nos.length === 0) return waiting.length ? { kind: 'which', approve } : { kind: 'nothing' };
  return decided(
    nos.flatMap((no): Chosen[] => {
      const entry = entries.find((e) => e.no === no);
      if (entry) return [listed(entry.w)];
      if (no < 0) return [];
      return [{ target: overtime ? { kind: 'overtime', id: no } : { kind: 'leave', id: no } }];
    }),
  );
}
