import { NUMBER_SOURCE, parseChineseNumber } from '../../data/text/chinese-number.ts';
import type { PolicyQa, QaResult } from './policy-qa.ts';

/** What the person was last answered (the question loop keeps it for a few minutes). */
export interface PreviousAnswer {
  readonly question: string;
  readonly section: { readonly path: string } | null;
}

/**
 * 「我来了7年了」 right after 「年假有几天」: the earlier question asked again with what the person adds,
 * answered with the clause for the number said. Kept only when it quotes the section already quoted:
 * a follow-up that moves the answer elsewhere was more likely a remark.
 */
export function answerFollowUp(qa: PolicyQa, previous: PreviousAnswer, text: string): QaResult | undefined {
  if (!previous.section) return undefined;
  const result = qa.answer(`${previous.question} ${text}`);
  if (!result.found || result.citations[0]?.section !== previous.section.path) return undefined;
  // Only when it narrows the last answer to the clause for the number said (the rest of the table
  // was the last answer): the same rule quoted again for 「我孩子7岁了」 would answer nothing asked.
  const clause = result.rule === undefined ? undefined : clauseForStated(result.rule, text);
  if (!clause) return undefined;
  const citation = result.answer.slice(result.answer.lastIndexOf('\n——'));
  return { ...result, answer: `按您说的${clause.said}：${clause.text}。${citation}`, rule: clause.text };
}

const UNIT_WORDS: Record<string, string> = { 年: '年', 岁: '岁', 周岁: '岁', 个月: '月', 月: '月' };
const STATED = new RegExp(`(${NUMBER_SOURCE}|半)\\s*(周岁|岁|个月|年)`);

/**
 * 「已满1年及不满10年的，年休假5天；已满10年及不满20年的，…」 and 「我来了7年了」: the one clause whose
 * range holds the number said, in its unit. Undefined when none or several do.
 */
export function clauseForStated(rule: string, text: string): { said: string; text: string } | undefined {
  const m = STATED.exec(text);
  const value = m ? parseChineseNumber(m[1]!) : null;
  if (!m || value === null) return undefined;
  const unit = UNIT_WORDS[m[2]!]!;
  const holding = rule
    .split(/[；;。\n]/)
    .map((c) => c.trim())
    .filter((c) => rangesIn(c, unit).some(([from, to]) => value >= from && value < to));
  return holding.length === 1 ? { said: m[0], text: holding[0]! } : undefined;
}

/** The ranges [from, to) a clause states in a unit: 已满1年及不满10年, 已满20年, 未满18周岁, 3年以上. */
function rangesIn(clause: string, unit: string): [number, number][] {
  const u = unit === '岁' ? '周?岁' : unit === '月' ? '个?月' : unit;
  const n = `(${NUMBER_SOURCE})`;
  const num = (s: string | undefined) => (s === undefined ? null : parseChineseNumber(s));
  const out: [number, number][] = [];
  let rest = clause;
  // Each pattern's numbers are taken out once read, so 「已满10年」 inside 「已满1年及不满10年」 is not read again.
  const take = (re: RegExp, range: (a: number, b: number | null) => [number, number]) => {
    rest = rest.replace(re, (all: string, a: string, b: unknown) => {
      const from = num(a);
      if (from !== null) out.push(range(from, typeof b === 'string' ? num(b) : null));
      return ' '.repeat(all.length);
    });
  };
  take(new RegExp(`(?:已满|满|超过)${n}${u}?(?:及|以上|且|但|、|，)*(?:不满|未满|不足)${n}${u}`, 'g'), (a, b) => [
    a,
    b ?? a,
  ]);
  take(new RegExp(`${n}${u}?(?:-|~|至|到)${n}${u}`, 'g'), (a, b) => [a, (b ?? a) + 1]);
  take(new RegExp(`(?:不满|未满|不足)${n}${u}`, 'g'), (a) => [0, a]);
  take(new RegExp(`(?:已满|满|超过)${n}${u}`, 'g'), (a) => [a, Infinity]);
  take(new RegExp(`${n}${u}(?:及以上|以上)`, 'g'), (a) => [a, Infinity]);
  take(new RegExp(`${n}${u}(?:以下|以内)`, 'g'), (a) => [0, a + 1e-9]);
  return out;
}
