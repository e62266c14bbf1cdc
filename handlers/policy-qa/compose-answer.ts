import type { PolicySection } from '../../data/org/policy-document.ts';
import { statesKind } from './answer-kind.ts';
import type { PolicyIndex, Query } from './policy-index.ts';
import { splitSentences } from './sentences.ts';

/** A phone screen: the rule in one to three sentences, leaving room for the citation. */
export const MAX_ANSWER_CHARS = 220;
/** Besides the best sentence, others are quoted only if they answer nearly as well. */
const ALSO_QUOTE = 0.6;
/** A list's lead-in ("出现以下情况之一者，…不合格：") is quoted with its item if this short. */
const MAX_LEAD_IN = 60;

const LIST_ITEM = /^(（[0-9一二三四五六七八九十]+）|\([0-9]+\)|[0-9]+[、.．]|[①-⑳])/;

/**
 * Picks the sentences of a section that answer the question: the best one (holding the most
 * of the question's weight, the asked length of leave and the kind of fact asked for), the
 * lead-in of its list if it is a list item, and up to two more that answer nearly as well,
 * kept in the document's order so the rule still reads as written.
 */
export function composeAnswer(query: Query, section: PolicySection, index: PolicyIndex): string {
  const sentences = splitSentences(section.body);
  if (!sentences.length) return '';
  const heading = new Set(section.path.slice(-2).flatMap((h) => index.tokenizer.tokens(h)));
  const scored = sentences.map((text, i) => ({ text, i, score: index.scorePassage(query, text, heading) }));
  const ranked = [...scored].sort((a, b) => b.score - a.score || a.i - b.i);
  const best = ranked[0]!;
  const chosen = new Map<number, string>([[best.i, best.text]]);
  const length = () => [...chosen.values()].reduce((n, t) => n + t.length, 0);
  const fits = (text: string) => length() + text.length <= MAX_ANSWER_CHARS;

  const leadIn = leadInOf(sentences, best.i);
  if (leadIn !== undefined && fits(sentences[leadIn]!)) chosen.set(leadIn, sentences[leadIn]!);
  if (query.kind && ![...chosen.values()].some((t) => statesKind(t, query.kind!))) {
    const stating = ranked.find((s) => s.score > 0 && statesKind(s.text, query.kind!));
    if (stating && fits(stating.text)) chosen.set(stating.i, stating.text);
  }
  for (const s of ranked.slice(1)) {
    if (chosen.size >= 3 || s.score < best.score * ALSO_QUOTE) break;
    if (!chosen.has(s.i) && fits(s.text)) chosen.set(s.i, s.text);
  }
  const text = [...chosen].sort(([a], [b]) => a - b).map(([, t]) => t).join('');
  return text.length > MAX_ANSWER_CHARS ? `${text.slice(0, MAX_ANSWER_CHARS - 1)}…` : text;
}

/** The short sentence ending in "：" that introduces the list item at `i`, if any. */
function leadInOf(sentences: readonly string[], i: number): number | undefined {
  if (!LIST_ITEM.test(sentences[i]!)) return undefined;
  for (let j = i - 1; j >= 0; j--) {
    const s = sentences[j]!;
    if (/[：:]$/.test(s)) return s.length <= MAX_LEAD_IN ? j : undefined;
    if (!LIST_ITEM.test(s)) return undefined;
  }
  return undefined;
}
