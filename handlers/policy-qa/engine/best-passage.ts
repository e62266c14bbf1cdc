import type { AnalysedPassage, PassageQuery, SectionContext } from './passage.ts';
import { inOrderNear, withKindBonuses } from './passage.ts';
import { PASSAGE_HEADING, PROXIMITY } from './tuning.ts';

/**
 * The best of a section's passages for the question, as passageScore would find it sentence by
 * sentence (the heading not shared), worked out word by word: each word of the question adds its
 * weight to the passages `holding` it. Looking every word up in every sentence's set was a tenth
 * of an answer. Each passage's sum is added up in passageScore's order: the same score to the bit.
 */
export function bestPassageScore(
  q: PassageQuery,
  passages: readonly AnalysedPassage[],
  { heading, kinds }: SectionContext,
  holding: (token: string, char: boolean) => readonly number[],
): number {
  const n = passages.length;
  if (scratch.sums.length < n) scratch = { sums: new Float64Array(2 * n), marked: new Uint8Array(2 * n) };
  const { sums, marked } = scratch;
  sums.fill(0, 0, n);
  const { tokens, inHeading } = q;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const headed = inHeading ? inHeading[i] : heading.has(t.token);
    const held = holding(t.token, t.char);
    if (!headed) {
      for (let j = 0; j < held.length; j++) sums[held[j]!]! += t.weight;
      continue;
    }
    for (let j = 0; j < held.length; j++) marked[held[j]!] = 1;
    for (let k = 0; k < n; k++) {
      sums[k]! += marked[k] ? t.weight : t.weight * PASSAGE_HEADING;
      marked[k] = 0;
    }
  }
  // The pairs kept together, as withBonuses adds them (in the same order), from the passages holding both words.
  for (const [a, b, w] of q.pairs) {
    if (!(w > 0)) continue;
    const withA = holding(a, false);
    for (let j = 0; j < withA.length; j++) marked[withA[j]!] = 1;
    const withB = holding(b, false);
    for (let j = 0; j < withB.length; j++) {
      const k = withB[j]!;
      if (marked[k] && sums[k]! > 0 && inOrderNear(passages[k]!.sequence, a, b)) sums[k]! += w * PROXIMITY;
    }
    for (let j = 0; j < withA.length; j++) marked[withA[j]!] = 0;
  }
  let best = 0;
  for (let k = 0; k < n; k++) {
    if (!(sums[k]! > 0)) continue;
    const score = withKindBonuses(q, passages[k]!, kinds, sums[k]!, holdsAmount(q.amounts, holding, k));
    best = Math.max(best, score);
  }
  return best;
}

function holdsAmount(
  amounts: readonly string[],
  holding: (token: string, char: boolean) => readonly number[],
  k: number,
): boolean {
  for (const a of amounts) if (holding(a, false).includes(k)) return true;
  return false;
}

/**
 * bestPassageScore's sums and marks, kept from one section to the next: a typed array costs more
 * to make than a section's scoring (its buffer is outside the heap). Each call clears what it uses.
 */
let scratch = { sums: new Float64Array(256), marked: new Uint8Array(256) };

/**
 * Which of a section's passages hold a token, by their places (for bestPassageScore): a word, as
 * the passage's words say; a lone character, there or anywhere in its text. Made on first use.
 */
export class PassagesByWord {
  /** A word held by one passage maps to its place, by several to their list: most are held by one. */
  private readonly byWord = new Map<string, number | number[]>();
  /** Characters looked for so far: a question's lone characters are few. */
  private readonly byChar = new Map<string, readonly number[]>();

  constructor(private readonly passages: readonly AnalysedPassage[]) {
    passages.forEach((p, k) => {
      for (const w of p.wordList) {
        const held = this.byWord.get(w);
        if (held === undefined) this.byWord.set(w, k);
        else if (typeof held === 'number') this.byWord.set(w, [held, k]);
        else held.push(k);
      }
    });
  }

  holding(token: string, char: boolean): readonly number[] {
    if (char) return this.holdingChar(token);
    const held = this.byWord.get(token);
    if (held === undefined) return NONE;
    if (typeof held !== 'number') return held;
    // A word asked about is asked again: its one place is made a list once, not on every look.
    const list = [held];
    this.byWord.set(token, list);
    return list;
  }

  private holdingChar(char: string): readonly number[] {
    let list = this.byChar.get(char);
    if (!list) {
      const words = this.holding(char, false);
      list = this.passages.flatMap((p, k) => (words.includes(k) || p.text.includes(char) ? [k] : []));
      this.byChar.set(char, list);
    }
    return list;
  }
}

const NONE: readonly number[] = [];
