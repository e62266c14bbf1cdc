import type { FaqEntry } from '../../data/org/faq.ts';
import type { Tokenizer } from './tokenizer.ts';

/** How close a question must be to one of HR's FAQ questions for the FAQ answer to win. */
const FAQ_THRESHOLD = 0.75;

/** Matches a question against HR's curated FAQ by the overlap of their words. */
export class FaqMatcher {
  private readonly entries: { entry: FaqEntry; questions: Set<string>[] }[];

  constructor(
    faq: readonly FaqEntry[],
    private readonly tokenizer: Tokenizer,
    private readonly idf: (t: string) => number,
  ) {
    this.entries = faq.map((entry) => ({ entry, questions: entry.questions.map((q) => new Set(tokenizer.tokens(q))) }));
  }

  match(question: string): { entry: FaqEntry; similarity: number } | undefined {
    const asked = new Set(this.tokenizer.tokens(question));
    if (!asked.size) return undefined;
    let best: { entry: FaqEntry; similarity: number } | undefined;
    for (const { entry, questions } of this.entries) {
      for (const q of questions) {
        const similarity = this.similarity(asked, q);
        if (similarity >= FAQ_THRESHOLD && (!best || similarity > best.similarity)) best = { entry, similarity };
      }
    }
    return best;
  }

  /** Weighted Jaccard: shared idf over the idf of all words of either question. */
  private similarity(a: Set<string>, b: Set<string>): number {
    let shared = 0;
    let all = 0;
    for (const t of new Set([...a, ...b])) {
      const w = this.idf(t);
      all += w;
      if (a.has(t) && b.has(t)) shared += w;
    }
    return all ? shared / all : 0;
  }
}
