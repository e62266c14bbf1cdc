import { parseChineseNumber, NUMBER_SOURCE as N } from '../../data/text/chinese-number.ts';
import { eachDay, mondayOf } from '../../data/time/index.ts';
import { readLeaveSpan } from './leave-span.ts';
import { typeMentions } from './leave-types.ts';
import type { LeaveDraft, LeaveFields, UnderstandingEnv } from './types.ts';

const FIRST = new RegExp(`(?:前|头)(${N})天`);
const LAST = new RegExp(`(?:后面?|最后|后边)(${N})天`);
const REST = /剩下|其余|其他|余下/;
/** 「年假两天 事假一天」: a count right after the type. */
const COUNT_AFTER = new RegExp(`^\\s*(?:请|休|用)?(${N})天`);

/**
 * A draft under read-back split into types (「那前三天婚假 后面两天用年假」「年假两天 事假一天」): its working days
 * handed out in order, by count or by date. Null unless two types share the draft's days.
 */
export function readLeaveSplit(text: string, draft: LeaveDraft, env: UnderstandingEnv): LeaveFields[] | null {
  const mentions = typeMentions(text).filter((m) => !m.negated);
  if (new Set(mentions.map((m) => m.type)).size < 2) return null;
  if (draft.start === undefined || draft.end === undefined) return null;
  let days = [...eachDay(draft.start, draft.end)].filter((d) => env.calendar.isWorkingDay(d));
  const out: LeaveFields[] = [];
  let from = 0;
  for (const [i, m] of mentions.entries()) {
    const part = text.slice(from, i === mentions.length - 1 ? text.length : m.end);
    from = m.end;
    const dated = readLeaveSpan(part, mondayOf(draft.start), env.calendar).span;
    let taken: typeof days;
    const first = FIRST.exec(part);
    const last = LAST.exec(part);
    const count = COUNT_AFTER.exec(text.slice(m.end, mentions[i + 1]?.start ?? text.length));
    const { start, end } = dated;
    if (start !== undefined && end !== undefined) taken = days.filter((d) => d >= start && d <= end);
    else if (first) taken = days.slice(0, parseChineseNumber(first[1]!) ?? 0);
    else if (last) taken = days.slice(-(parseChineseNumber(last[1]!) ?? 0));
    else if (count) taken = days.slice(0, parseChineseNumber(count[1]!) ?? 0);
    else if (REST.test(part) || i === mentions.length - 1) taken = days;
    else return null;
    if (taken.length === 0) return null;
    out.push({ type: m.type, start: taken[0]!, end: taken.at(-1)! });
    days = days.filter((d) => !taken.includes(d));
  }
  return out.length >= 2 ? out : null;
}
