import { addDays, mondayOf } from '../../data/time/index.ts';
import { EDIT_CUE, readLeaveEdit, WHEN_AND_FILLER } from './leave-edit.ts';
import { readLeaveSpan } from './leave-span.ts';
import { DATED } from './refused-dates.ts';
import { isNeverMind, isNo, isYes, WRONG_FIELD } from './replies.ts';
import { asksSomething, CLAUSE_BREAK } from './text-cues.ts';
import type { LeaveDraft, UnderstandingEnv } from './types.ts';

/*
 * A read-back answered with remarks and then a yes (「16号的家访我已经跟孙浩换了 确认」): whether the
 * yes confirms the draft as it stands.
 */

/** Negative words that refuse nothing: 「那个不用改」「算了不管了」「不过先这样吧」. */
const NOT_REFUSING = /不用改|不改了?|不用动了?|不管了|不过|没问题|不要紧|没关系/g;

/** Every day a remark names is one of the draft's (read from today, or as a weekday of the draft's week). */
function onTheDraftsDays(rest: string, draft: LeaveDraft, env: UnderstandingEnv): boolean {
  if (draft.start === undefined || draft.end === undefined) return !DATED.test(rest);
  const { start, end } = draft;
  const days = new Set<number>();
  for (let d = start; d <= end; d = addDays(d, 1)) days.add(Number(d.slice(8)));
  return rest
    .split(CLAUSE_BREAK)
    .filter((c) => DATED.test(c))
    .every((c) => {
      const read = [env.today, mondayOf(start)].map((from) => readLeaveSpan(c, from, env.calendar).span);
      if (read.some((span) => span.start !== undefined && span.start >= start && (span.end ?? span.start) <= end))
        return true;
      // 「是21到23」, which the date reader leaves alone: bare numbers, each a day of the draft's month days.
      const numbers = c.match(/\d{1,2}/g) ?? [];
      const unread = read.every((span) => span.start === undefined);
      return unread && numbers.length > 0 && numbers.every((n) => days.has(Number(n)));
    });
}

/** Words that confirm whatever was said before them: 「…不过先这样吧 确认」「那个不用改 提交吧」. */
const CONFIRMS_ALL = /确认|提交|确定|就这样|没问题/;

/**
 * A read-back closed by a yes, after clauses that change nothing: a remark (「16号的家访我已经跟孙浩换了
 * 确认」) before 确认/提交, or the draft's own dates said back before a 可以 (「14号15号 嗯嗯 可以」).
 */
export function closesWithYes(text: string, draft: LeaveDraft, env: UnderstandingEnv): boolean {
  const clauses = text.split(CLAUSE_BREAK).filter((c) => c.length > 0);
  let n = clauses.length;
  while (n > 0 && isYes(clauses[n - 1]!)) n--;
  if (n === clauses.length || n === 0) return false;
  const rest = clauses.slice(0, n).join(' ');
  // A change as the read-back reads one: a change word, or dates alone (「22号的活动我让徐阳带了」 is none).
  const onlyDates = rest.replace(WHEN_AND_FILLER, '') === '';
  if ((EDIT_CUE.test(rest) || onlyDates) && readLeaveEdit(rest, draft, env) !== null) return false;
  // 「16号不行 确认」: something said not to do, or to be wrong, is no agreement whatever closes it.
  if (isNo(rest) || WRONG_FIELD.test(rest) || /不|错|没法|改/.test(rest.replace(NOT_REFUSING, ''))) return false;
  // 「算了不管了」 gives up a worry; 不请了/取消 before a yes would give up the request.
  if (isNeverMind(rest.replace(/算了/g, '')) || asksSomething(rest)) return false;
  // 「17号我有个会 没问题」 on a draft for the 16th: a day of its own may be a change meant, not agreed to.
  if (!onTheDraftsDays(rest, draft, env)) return false;
  if (CONFIRMS_ALL.test(clauses.slice(n).join(''))) return true;
  const { span } = readLeaveSpan(rest, env.today, env.calendar);
  return onlyDates && span.start === draft.start && span.end === draft.end;
}
