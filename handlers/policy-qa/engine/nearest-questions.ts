import type { AnswerKind } from '../answer-kind.ts';
import { compatible, similarityFrom, type Weights } from '../faq-matcher.ts';

/** One question written for a section (section-questions.jsonl), weighed as HR's FAQ questions are. */
export interface AskedQuestion {
  /** The section's place among the index's sections. */
  readonly section: number;
  readonly kind: AnswerKind | undefined;
  readonly weights: readonly (readonly [string, number])[];
}

/**
 * The questions staff ask of each section, searched by the words they share with a new one:
 * the nearest of them say which section is meant even when the section words it otherwise
 * (「出去家访打车能报吗」 is near 「家访坐出租车的钱能报销吗」). The same similarity as HR's FAQ
 * (faq-matcher.ts), over postings, as there are thousands of them.
 */
export class NearestQuestions {
  private readonly postings = new Map<string, [number, number][]>();
  private readonly totals: number[] = [];

  constructor(readonly questions: readonly AskedQuestion[]) {
    questions.forEach((q, i) => {
      let total = 0;
      for (const [word, w] of q.weights) {
        total += w;
        let list = this.postings.get(word);
        if (!list) this.postings.set(word, (list = []));
        list.push([i, w]);
      }
      this.totals.push(total);
    });
  }

  /** Each section's best similarity (0–1) to the asked question, by its place; absent when none shares a word. */
  near(asked: Weights, kind: AnswerKind | undefined): Map<number, number> {
    const shared = new Map<number, number>();
    let askedTotal = 0;
    for (const [word, w] of asked) {
      askedTotal += w;
      for (const [i, qw] of this.postings.get(word) ?? []) shared.set(i, (shared.get(i) ?? 0) + Math.min(w, qw));
    }
    const out = new Map<number, number>();
    for (const [i, sum] of shared) {
      const q = this.questions[i]!;
      // "社工请假要提前几天" is not "社工请假谁审批", however many words they share.
      if (kind && q.kind && !compatible(kind, q.kind)) continue;
      const similarity = similarityFrom(sum, askedTotal, this.totals[i]!);
      if (similarity > (out.get(q.section) ?? 0)) out.set(q.section, similarity);
    }
    return out;
  }
}
