import type { AnswerKind } from '../answer-kind.ts';
import { compatible, similarityFrom, type Weights } from '../faq-matcher.ts';

/**
 * One question written for a section (section-questions.jsonl), weighed as HR's FAQ questions are,
 * as plain data for the index's snapshot: the section's place among the index's sections, the kind
 * of fact asked (or null), its words and their weights (to 3 places: the snapshot stays small).
 */
export type AskedQuestion = readonly [
  section: number,
  kind: AnswerKind | null,
  words: readonly string[],
  weights: readonly number[],
];

/** A section's question nearest the one asked: how near (0–1), and its words. */
export interface Nearest {
  readonly similarity: number;
  readonly words: readonly string[];
}

export function askedQuestion(section: number, kind: AnswerKind | undefined, weights: Weights): AskedQuestion {
  return [section, kind ?? null, [...weights.keys()], [...weights.values()].map((w) => Math.round(w * 1000) / 1000)];
}

/**
 * The questions staff ask of each section, searched by the words they share with a new one:
 * the nearest of them say which section is meant even when the section words it otherwise
 * (「出去家访打车能报吗」 is near 「家访坐出租车的钱能报销吗」). The same similarity as HR's FAQ
 * (faq-matcher.ts), over postings, as there are thousands of them.
 */
export class NearestQuestions {
  /** Word → the questions holding it and its weight there, interleaved (question, weight, …): few objects. */
  private readonly postings = new Map<string, number[]>();
  private readonly totals: number[] = [];
  /** Scratch for near(): each question's shared weight and whether it is summed, cleared before near() returns. */
  private shared: Float64Array | undefined;
  private seen: Uint8Array | undefined;

  constructor(readonly questions: readonly AskedQuestion[]) {
    questions.forEach(([, , words, weights], i) => {
      let total = 0;
      words.forEach((word, j) => {
        const w = weights[j]!;
        total += w;
        let list = this.postings.get(word);
        if (!list) this.postings.set(word, (list = []));
        list.push(i, w);
      });
      this.totals.push(total);
    });
  }

  /**
   * Each section's nearest question to the asked one, by the section's place: its similarity (0–1)
   * and its words. Absent for a section none of whose questions shares a word.
   */
  near(asked: Weights, kind: AnswerKind | undefined): Map<number, Nearest> {
    // Common words (吗, 可以, 请假) hold thousands of questions: sums in a typed array, with
    // the questions touched in the order first met, cost a fraction of a Map's.
    const shared = (this.shared ??= new Float64Array(this.questions.length));
    const seen = (this.seen ??= new Uint8Array(this.questions.length));
    const touched: number[] = [];
    let askedTotal = 0;
    for (const [word, w] of asked) {
      askedTotal += w;
      const list = this.postings.get(word);
      if (!list) continue;
      for (let k = 0; k < list.length; k += 2) {
        const i = list[k]!;
        if (!seen[i]) {
          seen[i] = 1;
          touched.push(i);
        }
        shared[i]! += Math.min(w, list[k + 1]!);
      }
    }
    const out = new Map<number, Nearest>();
    for (const i of touched) {
      const sum = shared[i]!;
      shared[i] = 0;
      seen[i] = 0;
      const [section, questionKind, words] = this.questions[i]!;
      // "社工请假要提前几天" is not "社工请假谁审批", however many words they share.
      if (kind && questionKind && !compatible(kind, questionKind)) continue;
      const similarity = similarityFrom(sum, askedTotal, this.totals[i]!);
      if (similarity > (out.get(section)?.similarity ?? 0)) out.set(section, { similarity, words });
    }
    return out;
  }
}
