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

/**
 * Each section's written question nearest the one asked, by the section's place: how near (0–1; 0
 * when none shares a word) and its words. Kept in arrays by section, not an object per section: a
 * question touches most sections, and making their entries was a tenth of an answer.
 */
export interface NearestBySection<S = number> {
  similarity(section: S): number;
  words(section: S): readonly string[];
  /** The highest similarity… */
  readonly best: number;
  /** …and the first section found asked a question that near. */
  readonly bestSection: S | undefined;
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
  /** Word → the questions holding it and its weight there, in typed arrays (a posting's two halves). */
  private readonly postings = new Map<string, { readonly ids: Int32Array; readonly weights: Float64Array }>();
  /**
   * Each question's total weight and section, in typed arrays: reaching into hundreds of
   * scattered question tuples per question asked was most of near()'s time.
   */
  private readonly totals: Float64Array;
  private readonly sectionOf: Int32Array;
  /** Each question's kind of fact asked, as its place in `kinds` plus one (0: none). */
  private readonly kindOf: Uint8Array;
  private readonly kinds: AnswerKind[] = [];
  /** Scratch for near(), cleared before it returns: each question's shared weight and whether it is summed. */
  private readonly shared: Float64Array;
  private readonly seen: Uint8Array;
  private readonly touched: Int32Array;
  /** Scratch for near(), cleared before it returns: each section's nearest similarity and question. */
  private bestScratch: number[] | undefined;
  private bestOfScratch: number[] | undefined;
  private readonly sections: number;

  constructor(readonly questions: readonly AskedQuestion[]) {
    const n = questions.length;
    this.totals = new Float64Array(n);
    this.sectionOf = new Int32Array(n);
    this.kindOf = new Uint8Array(n);
    this.shared = new Float64Array(n);
    this.seen = new Uint8Array(n);
    this.touched = new Int32Array(n);
    let sections = 0;
    const lists = new Map<string, number[]>();
    questions.forEach(([section, kind, words, weights], i) => {
      if (kind && !this.kinds.includes(kind)) this.kinds.push(kind);
      this.kindOf[i] = kind ? this.kinds.indexOf(kind) + 1 : 0;
      let total = 0;
      words.forEach((word, j) => {
        const w = weights[j]!;
        total += w;
        let list = lists.get(word);
        if (!list) lists.set(word, (list = []));
        list.push(i, w);
      });
      this.totals[i] = total;
      this.sectionOf[i] = section;
      sections = Math.max(sections, section + 1);
    });
    for (const [word, list] of lists) {
      const ids = new Int32Array(list.length / 2);
      const ws = new Float64Array(list.length / 2);
      for (let k = 0; k < ids.length; k++) {
        ids[k] = list[2 * k]!;
        ws[k] = list[2 * k + 1]!;
      }
      this.postings.set(word, { ids, weights: ws });
    }
    this.sections = sections;
  }

  /** Each section's nearest question to the asked one (see NearestBySection). */
  near(asked: Weights, kind: AnswerKind | undefined): NearestBySection {
    const { shared, seen } = this;
    // Scratch by section, cleared before returning: two arrays of every section made per question
    // were a fifth of what an answer allocates. What is returned holds the sections found only.
    const best = (this.bestScratch ??= new Array<number>(this.sections).fill(0));
    const bestOf = (this.bestOfScratch ??= new Array<number>(this.sections).fill(0));
    // The questions sharing a word, in order first met: thousands for a common word, kept in scratch too.
    const touched = this.touched;
    let count = 0;
    let askedTotal = 0;
    for (const [word, w] of asked) {
      askedTotal += w;
      const list = this.postings.get(word);
      if (!list) continue;
      const { ids, weights } = list;
      for (let k = 0; k < ids.length; k++) {
        const i = ids[k]!;
        if (!seen[i]) {
          seen[i] = 1;
          touched[count++] = i;
        }
        const v = weights[k]!;
        shared[i]! += v < w ? v : w;
      }
    }
    // "社工请假要提前几天" is not "社工请假谁审批", however many words they share.
    const fits = [true, ...this.kinds.map((k) => !kind || compatible(kind, k))];
    let top = 0;
    // The sections in the order first found: of two as near, the first found is the nearest.
    const found: number[] = [];
    for (let k = 0; k < count; k++) {
      const i = touched[k]!;
      const sum = shared[i]!;
      shared[i] = 0;
      seen[i] = 0;
      if (!fits[this.kindOf[i]!]) continue;
      const similarity = similarityFrom(sum, askedTotal, this.totals[i]!);
      const section = this.sectionOf[i]!;
      if (similarity <= best[section]!) continue;
      if (best[section] === 0) found.push(section);
      best[section] = similarity;
      bestOf[section] = i;
      if (similarity > top) top = similarity;
    }
    const topSection = top > 0 ? found.find((section) => best[section] === top) : undefined;
    // The sections found in order of place (a sweep: cheaper than sorting them), with their nearest
    // question and its similarity, looked up by halving.
    const places = new Array<number>(found.length);
    const similarities = new Array<number>(found.length);
    const nearest = new Array<number>(found.length);
    for (let section = 0, j = 0; section < this.sections; section++) {
      const b = best[section]!;
      if (!b) continue;
      places[j] = section;
      similarities[j] = b;
      nearest[j++] = bestOf[section]!;
      best[section] = 0;
    }
    const questions = this.questions;
    const at = (section: number) => placeIn(places, section);
    return {
      similarity: (section) => {
        const i = at(section);
        return i < 0 ? 0 : similarities[i]!;
      },
      words: (section) => {
        const i = at(section);
        return i < 0 ? [] : questions[nearest[i]!]![2];
      },
      best: top,
      bestSection: topSection,
    };
  }
}

/** Where `n` is in the ascending list, or -1. */
function placeIn(sorted: readonly number[], n: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = sorted[mid]!;
    if (v === n) return mid;
    if (v < n) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
