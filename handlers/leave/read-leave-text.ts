import type { LocalDate } from '../../data/time/index.ts';
import type { LeaveRules } from '../../data/leave/leave-rules-schema.ts';
import type { WorkCalendar } from '../../data/calendar/index.ts';
import { afterHolidays, dateText } from '../understanding/leave-span.ts';
import { LEAVE_KEYWORDS, withoutDueDate } from '../understanding/leave-request.ts';
import { fixTypos } from '../understanding/text-cues.ts';
import { typeOf } from '../understanding/leave-types.ts';
import { findReason } from '../understanding/reason.ts';
import { leaveAsMeant, withoutStoryToday } from '../understanding/leave-meant.ts';
import { typeKeyOf } from './leave-understanding.ts';
import { parseLeaveDates, type DateParse } from './parse/index.ts';

export interface LeaveTextReading {
  readonly typeKey?: string;
  readonly dates: DateParse;
  /** The person's own phrase stating why (understanding/reason.ts), never leftovers around dates. */
  readonly reason?: string;
  /** A word claiming the longer entitlement (难产). */
  readonly extended?: boolean;
  /** "事由改成…" / "理由是…": the person is replacing the reason explicitly. */
  readonly explicitReason?: boolean;
}

/** The leave type a text names (年假, 年休假, 陪产假…), the longest word winning. */
export function findLeaveType(text: string, rules: LeaveRules): { key: string; word: string } | undefined {
  let best: { key: string; word: string } | undefined;
  for (const t of rules.types) {
    for (const word of [t.name, ...t.aliases]) {
      if (text.includes(word) && (!best || word.length > best.word.length)) best = { key: t.key, word };
    }
  }
  return best;
}

const EXPLICIT_REASON = /^(?:事由|理由|原因)\s*(?:改成|改为|换成|是|为|[:：])\s*(.+)$/;
// Words around a request that are not its reason: "我想请", "不对，是", "改成", "一下"…
const LEADING_WORDS = [
  /[,，.。!！、;；:：~\s]|不对|不是|错了|搞错了|应该是|我是说|算了|还是|改成|改为|换成|改一下|帮我|麻烦/.source,
  /我想|我要|我需要|我打算|我准备|想|要|需要|打算|准备|申请|请假|请|休|一下|的|是|假|因为|由于|原因是/.source,
  /事由|理由|吧|了|呢|啊|哈|好的?/.source,
].join('|');
const TRAILING_WORDS = /[,，.。!！、;；:：~\s]|请假|一下|吧|了|呢|啊|哈|谢谢|麻烦了?|可以吗|行吗|好吗/.source;
const EDGE_WORDS = new RegExp(`^(?:${LEADING_WORDS})+|(?:${TRAILING_WORDS})+$`, 'g');

/**
 * Reads what a leave message says: type, dates (via the date parser), reason. With the calendar,
 * the dates are read as the understanding layer reads them (「下周四五」, 「元旦后上班第一天」).
 */
export function readLeaveText(
  text: string,
  rules: LeaveRules,
  today: LocalDate,
  calendar?: WorkCalendar,
): LeaveTextReading {
  // Voice-input homophones (请个价, 是假, 年加) read as the understanding layer reads them; same length, so
  // the reason is still quoted from what the person wrote.
  // What the person took back (「明天 不对 后天」) or listed bare (「28 29 30」) is read as they meant it.
  return readFixed(leaveAsMeant(fixTypos(text)), rules, today, calendar);
}

function readFixed(said: string, rules: LeaveRules, today: LocalDate, calendar?: WorkCalendar): LeaveTextReading {
  const explicit = EXPLICIT_REASON.exec(said.trim());
  if (explicit) return { dates: { kind: 'none' }, reason: explicit[1]!.trim(), explicitReason: true };
  // The understanding layer's type words first: 「陪孩子看病」 is a reason, not the alias 看病 of 病假.
  const due = withoutDueDate(said);
  const text = due.text;
  const named = typeKeyOf(typeOf(text), rules);
  const type = named ? { key: named } : findLeaveType(text, rules);
  const when = withoutStoryToday(text);
  const dates = parseLeaveDates(calendar ? dateText(afterHolidays(when, today, calendar)) : when, today);
  const extendedWords = rules.types.flatMap((t) =>
    t.entitlement.kind === 'per-request' && t.entitlement.extended ? t.entitlement.extended.keywords : [],
  );
  const extended = extendedWords.some((w) => text.includes(w));
  const reason = findReason(text, { keywords: LEAVE_KEYWORDS, prefer: 'first' }) ?? due.reason;
  return {
    ...(type ? { typeKey: type.key } : {}),
    dates,
    ...(reason ? { reason } : {}),
    ...(extended ? { extended } : {}),
  };
}

/** Trims request words and punctuation from both ends; a leftover of one character is noise. */
export function cleanReason(text: string): string | undefined {
  let s = text.replace(/\s+/g, ' ').trim();
  for (let i = 0; i < 5; i++) {
    const next = s.replace(EDGE_WORDS, '').trim();
    if (next === s) break;
    s = next;
  }
  return s.length >= 2 ? s : undefined;
}
