import { APPROVE, decisionText, holdsBack, REJECT, WEAK_REJECT } from '../understanding/approvals.ts';

/*
 * What an approval says besides deciding: the day that tells which request (「马建华下周一请假 同意」) and a
 * note for the applicant after the decision (「冯子豪的同意，让他交接好」「同意4 让他把小组活动交接好」).
 */

/**
 * Words saying which request, not something more: its day as the lead calls it (下周一, 后天, 12月14日,
 * 上午) and 那个/这个. The request chosen is still the one the name or number chose.
 */
export const WHICH_DAY =
  /(?:下|这|本)?(?:周|星期|礼拜)[一二三四五六日天末]|大?后天|明天|今天|\d{1,2}月\d{1,2}[日号]?|[上下]午|那天|那个|这个/g;

const CLAUSE = /[^\s,，。;；!！~～…]+/g;
/** A clause that only lists request numbers: 「同意 4」「同意 3、4号」. */
const NUMBERS_ONLY = /^(?:加班|第)?[\d号、和及与第]+$/;
/** A number that names a request (the same reading as understanding/approvals.ts): 4号; not 12月, 3点. */
const NUMBER = /(?<![\d月.])\d{1,3}(?![\d月点天个:.年])/;
/**
 * Words in what follows that may decide something else: 其他都可以, 也同意, 行. A note (「让他交接好」) has
 * none of them; 好 alone (交接好, 照顾好妈妈) is no yes.
 */
const DECIDES_MORE = /其他|其余|剩下|都|全部|所有|也|一样|同样|还有|可以|(?<!不)行|ok|没问题/i;

/**
 * 「冯子豪的同意，让他交接好」「同意4 让他把周二的小组活动交接好」「4号同意，交接好工作」: the decision said
 * first (up to its verb and the numbers right after it), then words for the applicant. None when what
 * follows decides, puts off or sets a condition (「等她交接好了再批」「要是…的话」: nothing is decided then),
 * or names a request — a number, or the name of someone with a request waiting (`names`).
 */
export function noteAfterDecision(text: string, names: readonly string[]): { head: string; note: string } | null {
  const clauses = [...text.matchAll(CLAUSE)];
  const verb = clauses.findIndex(([c]) => APPROVE.test(decisionText(c)));
  if (verb < 0) return null;
  let end = verb + 1;
  while (end < clauses.length && NUMBERS_ONLY.test(clauses[end]![0])) end++;
  const last = clauses[end - 1]!;
  const next = clauses[end];
  if (next === undefined) return null;
  const note = text.slice(next.index).trim();
  const decides = (c: string) => APPROVE.test(c) || REJECT.test(c) || WEAK_REJECT.test(c) || DECIDES_MORE.test(c);
  if (clauses.slice(end).some(([c]) => decides(decisionText(c)) || holdsBack(c))) return null;
  if (NUMBER.test(note) || names.some((n) => n.length >= 2 && note.includes(n))) return null;
  return { head: text.slice(0, last.index + last[0].length), note };
}
