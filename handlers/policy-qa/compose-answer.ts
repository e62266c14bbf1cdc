import type { PolicySection } from '../../data/org/policy-document.ts';
import type { Tokenizer } from './tokenizer.ts';

/** A phone screen: the rule in one to three sentences. */
export const MAX_ANSWER_CHARS = 240;

const ASKS_FOR_NUMBER = /几|多少|多久|多长|哪天|几号|什么时候|啥时候|时间|期限|金额|标准/;

/**
 * Picks the sentences of a section that answer the question: those holding the most of the
 * question's weight, preferring ones with a number when a number was asked for, kept in the
 * document's order so the rule still reads as written.
 */
export function composeAnswer(question: string, section: PolicySection, tokenizer: Tokenizer, idf: (t: string) => number): string {
  const terms = new Set(tokenizer.tokens(question));
  const wantsNumber = ASKS_FOR_NUMBER.test(question);
  const sentences = splitSentences(section.body);
  const scored = sentences.map((text, index) => {
    const words = new Set(tokenizer.tokens(text));
    let score = 0;
    for (const t of terms) if (words.has(t)) score += idf(t);
    if (wantsNumber && /\d|[一二两三四五六七八九十百]+(天|日|个|小时|元|%|倍|年|月)/.test(text)) score *= 1.5;
    return { text, index, score };
  });
  const best = [...scored].sort((a, b) => b.score - a.score || a.index - b.index);
  const chosen: typeof scored = [];
  let length = 0;
  for (const s of best) {
    if (s.score <= 0 && chosen.length) break;
    if (length + s.text.length > MAX_ANSWER_CHARS && chosen.length) continue;
    chosen.push(s);
    length += s.text.length;
    if (chosen.length >= 3) break;
  }
  const text = chosen
    .sort((a, b) => a.index - b.index)
    .map((s) => s.text)
    .join('');
  return text.length > MAX_ANSWER_CHARS ? `${text.slice(0, MAX_ANSWER_CHARS - 1)}…` : text;
}

/** Splits at sentence ends, keeping the punctuation; list items and lines are sentences too. */
export function splitSentences(body: string): string[] {
  return body
    .split(/\n+/)
    .flatMap((line) => line.match(/[^。！？；]+[。！？；]?/g) ?? [])
    .map((s) => s.replace(/^[-*]\s*/, '').replace(/\|/g, ' ').trim())
    .filter((s) => s.length > 1 && !/^[-\s|:]+$/.test(s));
}
