import type { Deadline } from '../../data/reminders/reminder-config.ts';
import type { Staff } from '../../data/org/staff.ts';
import { readHandIn } from '../understanding/hand-ins.ts';
import type { ConversationContext, UnderstandingEnv } from '../understanding/types.ts';
import { type AckIntent, readAck } from './ack-text.ts';

/** A hand-in reported: which deadlines, and for whom when a lead reports for a member. */
export type HandIn =
  | { readonly kind: 'generic' }
  | {
      readonly kind: 'named';
      readonly deadlineIds: ReadonlySet<string>;
      readonly word: string;
      /** The colleague named (「郑雨的年度总结交给我了」): recorded for them, by the speaker. */
      readonly for?: string;
    }
  /** Only part of a deadline's items named done (「数据统计表交了 月报还在写」): nothing is recorded. */
  | { readonly kind: 'partial'; readonly done: readonly string[]; readonly notYet: readonly string[] };

/** Not handed in yet: 「月报还在写」「考勤表明天交」. */
const NOT_YET = /还在|还没|没交|未交|没写|没弄|明天|后天|晚点|等会|待会|正在|马上|下周/;
const CLAUSES = /[\s,，。;；!！、]+|(?=但是?)/;

const IDLE: ConversationContext = { state: 'idle', roles: [], due: [] };

const matches = (d: Deadline, words: string) => d.keywords.some((k) => words.includes(k)) || words.includes(d.title);

/**
 * What a hand-in message says (issue 11): the items named done, and only those; a deadline one
 * of whose items is said not done yet is not recorded (「数据统计表交了 月报还在写」 is one of the two
 * things the 月报 deadline asks for). A bare 「已交」 means whatever is open.
 */
export function readHandInSaid(
  text: string,
  deadlines: readonly Deadline[],
  people: readonly Staff[],
  speaker: Staff,
): HandIn | undefined {
  const env = { people, speaker: speaker.name } as unknown as UnderstandingEnv;
  const reading = readHandIn(text, IDLE, env);
  const old: AckIntent | undefined = readAck(text, deadlines);
  if (reading === null && old === undefined) return undefined;
  if (reading === null && old?.kind === 'generic') return old;
  const notYetClauses = text.split(CLAUSES).filter((c) => NOT_YET.test(c));
  const notYet = deadlines.filter((d) => notYetClauses.some((c) => matches(d, c)));
  const items = reading?.fields.items ?? [];
  const named = new Set<string>();
  for (const d of deadlines) if (items.some((item) => matches(d, item))) named.add(d.id);
  if (reading === null && old?.kind === 'named') for (const id of old.deadlineIds) named.add(id);
  const partial = notYet.filter((d) => named.has(d.id));
  for (const d of partial) named.delete(d.id);
  if (named.size === 0) {
    if (partial.length === 0) return undefined;
    const notYetWords = notYetClauses.flatMap((c) => partial.flatMap((d) => d.keywords.filter((k) => c.includes(k))));
    return { kind: 'partial', done: items, notYet: [...new Set(notYetWords)] };
  }
  const first = deadlines.find((d) => named.has(d.id))!;
  const word = first.keywords.find((k) => text.includes(k)) ?? first.title;
  const forWhom = reading?.fields.for;
  return { kind: 'named', deadlineIds: named, word, ...(forWhom ? { for: forWhom } : {}) };
}
