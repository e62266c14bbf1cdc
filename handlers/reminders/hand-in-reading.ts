import { fixTypos } from '../understanding/text-cues.ts';
import type { Deadline } from '../../data/reminders/reminder-config.ts';
import type { Staff } from '../../data/org/staff.ts';
import { readBareHandIn, readHandIn, readMemberHandIn } from '../understanding/hand-ins.ts';
import { asksSomething } from '../understanding/text-cues.ts';
import type { ConversationContext, UnderstandingEnv } from '../understanding/types.ts';
import { type AckIntent, readAck } from './ack-text.ts';
import { PERIOD_WORDS } from './period-said.ts';

/** A hand-in reported: which deadlines, and for whom when a lead reports for a member. */
export type HandIn =
  /** No item named (「已交」「已经交了啊」): what the person was reminded of; `all` for 「都交了」. */
  | { readonly kind: 'generic'; readonly all: boolean }
  /** A lead's 「孙浩已经交给我了，帮他登记一下」: the colleague's hand-in, no item named. */
  | { readonly kind: 'member'; readonly for: string }
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
  message: string,
  deadlines: readonly Deadline[],
  people: readonly Staff[],
  speaker: Staff,
): HandIn | undefined {
  // The period (「郑雨的11月月报交给我了」) is read apart (period-said.ts): left in, it hides whose item it is.
  // 「月报交咗」: Cantonese read in Mandarin first, as the understanding layer reads it.
  const text = fixTypos(message).replace(PERIOD_WORDS, '');
  const env = { people, speaker: speaker.name } as unknown as UnderstandingEnv;
  const reading = readHandIn(text, IDLE, env);
  const old: AckIntent | undefined = readAck(text, deadlines);
  if (reading === null && old?.kind !== 'named') {
    // 「已经交了啊」「交了交了」「已发邮件」: everyday words for 「已交」. The understanding layer takes a bare
    // hand-in only against the items it is told are owed (none here: which are open is decided when recorded).
    const bare = readBareHandIn(text);
    if (bare !== null || old?.kind === 'generic') return { kind: 'generic', all: bare?.all ?? false };
    const member = readMemberHandIn(text, env);
    return member === null ? undefined : { kind: 'member', for: member.for };
  }
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

/**
 * 「月报交错了」「刚才点错了 月报还没交」「撤回已交」: a hand-in recorded by mistake. The deadlines named
 * (none: whatever the person recorded), or undefined when the text says no such thing.
 */
export function readHandInUndo(text: string, deadlines: readonly Deadline[]): { deadlineIds: Set<string> } | undefined {
  const t = text.trim();
  // A long message is something else (a story with 交错了 in it), not the record taken back.
  if (t.length > MAX_UNDO_LENGTH) return undefined;
  // 「个案交错了给督导怎么办」 asks what to do; 「月报交错了 能撤回吗」 asks for just this.
  if (asksSomething(t) && !/撤回|撤销/.test(t)) return undefined;
  const named = new Set(deadlines.filter((d) => matches(d, t)).map((d) => d.id));
  // 「月报交错了」「刚才点错了 月报还没交」 name what was handed in; 「表格交错了」 names nothing handed in.
  const ofDeadline = named.size > 0 && (WRONGLY_HANDED.test(t) || (NOT_YET_AFTER_ALL.test(t) && SLIP.test(t)));
  return ofDeadline || TAKEN_BACK.test(t) ? { deadlineIds: named } : undefined;
}

/** 「月报交错了」: handed in by mistake. */
const WRONGLY_HANDED = /交错了|报错了/;
/** 「撤回已交」「已交是点错了」: 「已交」 itself taken back. */
const TAKEN_BACK =
  /(?:撤回|撤销|取消)(?:一下)?(?:刚才|刚刚)?的?[「“"]?(?:已交|交了)|(?:已交|交了)(?:是)?(?:点错|回错|按错|说错)了/;
/** 「其实还没交」「月报还没交」… */
const NOT_YET_AFTER_ALL = /还没交|没有交|其实没交/;
/** …said as a correction: 「刚才说错了」「点错了」. */
const SLIP = /(?:刚才|刚刚)?(?:说错|点错|回错|按错|搞错)了?/;
const MAX_UNDO_LENGTH = 30;
