import type { PolicyDocument, PolicySection } from '../../data/org/policy-document.ts';
import type { Tokenizer } from './tokenizer.ts';

export interface SectionHit {
  readonly section: PolicySection;
  readonly score: number;
  /** Share of the question's weight (idf) found in this section, 0–1. */
  readonly coverage: number;
  /** The same, counting only words that occur somewhere in the documents. */
  readonly knownCoverage: number;
  /** Share of the question's weight in words no document uses at all. */
  readonly unknownShare: number;
}

interface IndexedSection {
  readonly section: PolicySection;
  readonly tf: Map<string, number>;
  readonly length: number;
}

const K1 = 1.2;
const B = 0.75;
/** Headings say what a section is about: their words count this many times. */
const HEADING_WEIGHT = 3;

/** BM25 over the sections of the organisation's documents. */
export class PolicyIndex {
  private readonly sections: IndexedSection[] = [];
  private readonly df = new Map<string, number>();
  private readonly avgLength: number;

  constructor(
    documents: readonly PolicyDocument[],
    readonly tokenizer: Tokenizer,
  ) {
    let total = 0;
    for (const doc of documents) {
      for (const section of doc.sections) {
        const tokens = tokenizer.tokens(section.body);
        // The last two headings locate the section; the top ones are shared by too many sections.
        for (const h of section.path.slice(-2)) for (let i = 0; i < HEADING_WEIGHT; i++) tokens.push(...tokenizer.tokens(h));
        const tf = new Map<string, number>();
        for (const t of tokens) tf.set(t, (tf.get(t) ?? 0) + 1);
        for (const t of tf.keys()) this.df.set(t, (this.df.get(t) ?? 0) + 1);
        this.sections.push({ section, tf, length: tokens.length });
        total += tokens.length;
      }
    }
    this.avgLength = total / Math.max(1, this.sections.length);
  }

  get size(): number {
    return this.sections.length;
  }

  idf(term: string): number {
    const n = this.sections.length;
    const df = this.df.get(term) ?? 0;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  search(question: string, limit = 3): SectionHit[] {
    const terms = [...new Set(this.tokenizer.tokens(question))];
    if (!terms.length) return [];
    const weights = terms.map((t) => this.idf(t));
    const totalWeight = weights.reduce((a, b) => a + b, 0);
    const knownWeight = terms.reduce((sum, t, i) => sum + (this.df.has(t) ? weights[i]! : 0), 0);
    const unknownShare = 1 - knownWeight / totalWeight;
    const hits: SectionHit[] = [];
    for (const s of this.sections) {
      let score = 0;
      let covered = 0;
      terms.forEach((t, i) => {
        const f = s.tf.get(t);
        if (!f) return;
        covered += weights[i]!;
        score += weights[i]! * ((f * (K1 + 1)) / (f + K1 * (1 - B + (B * s.length) / this.avgLength)));
      });
      if (score > 0) hits.push({ section: s.section, score, coverage: covered / totalWeight, knownCoverage: covered / knownWeight, unknownShare });
    }
    return hits.sort((a, b) => b.score - a.score).slice(0, limit);
  }
}
