import type { FaqEntry } from '../../data/org/faq.ts';
import type { Tokenizer } from './tokenizer.ts';

/** How close a question must be to one of HR's FAQ questions for the FAQ answer to win. */
const FAQ_THRESHOLD = 0.6;
/** An amount or a time a person adds ("下个月", "3天") weighs this much. */
const CONTEXT_WEIGHT = 0.2;

type Weights = ReadonlyMap<string, number>;

/** Matches a question against HR's curated FAQ by the weighted overlap of their words. */
export class FaqMatcher {
  private readonly entries: { entry: FaqEntry; questions: Weights[] }[];

  constructor(
    faq: readonly FaqEntry[],
    private readonly tokenizer: Tokenizer,
    private readonly idf: (t: string) => number,
    private readonly knows: (t: string) => boolean,
  ) {
    this.entries = faq.map((entry) => ({ entry, questions: entry.questions.map((q) => this.weigh(q)) }));
  }

  match(question: string): { entry: FaqEntry; similarity: number } | undefined {
    const asked = this.weigh(question);
    if (!asked.size) return undefined;
    let best: { entry: FaqEntry; similarity: number } | undefined;
    for (const { entry, questions } of this.entries) {
      for (const q of questions) {
        const similarity = similarityOf(asked, q);
        if (similarity >= FAQ_THRESHOLD && (!best || similarity > best.similarity)) best = { entry, similarity };
      }
    }
    return best;
  }

  /**
   * Each word's weight, 0–1: how much it says in general Chinese (its salience) or, for
   * words like "工资" or "证明" that are common in general but tell rules apart, how rare it
   * is in the documents. An added time or amount ("下个月", "早上") weighs little.
   */
  private weigh(text: string): Weights {
    const weights = new Map<string, number>();
    const maxIdf = this.idf('');
    for (const t of this.tokenizer.terms(text)) {
      const w = t.context ? CONTEXT_WEIGHT : Math.max(t.salience, this.knows(t.word) ? this.idf(t.word) / maxIdf : 0);
      weights.set(t.word, Math.max(weights.get(t.word) ?? 0, w));
    }
    return weights;
  }
}

/** Weighted Jaccard: shared weight over the weight of all words of either question. */
function similarityOf(a: Weights, b: Weights): number {
  let shared = 0;
  let all = 0;
  for (const t of new Set([...a.keys(), ...b.keys()])) {
    const wa = a.get(t) ?? 0;
    const wb = b.get(t) ?? 0;
    shared += Math.min(wa, wb);
    all += Math.max(wa, wb);
  }
  return all ? shared / all : 0;
}
