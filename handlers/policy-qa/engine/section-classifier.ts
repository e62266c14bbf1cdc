import type { SectionQuestion } from '../../../data/org/section-questions.ts';
import type { PolicyDocument, PolicySection } from '../../../data/org/policy-document.ts';
import { NumberTable } from './number-table.ts';

/**
 * Laplace smoothing of the classifier's counts. 0.03–0.3 and character pieces of 1–2 or 1–4,
 * the sections' sentences added as examples or their headings weighed three times, all ranked
 * the labelled section first within ±3 of 190 of the 437 outsider development questions.
 */
const SMOOTHING = 0.1;
const LONGEST_PIECE = 3;

/** Which section a question is most like, as the classifier sees it, and how sure it is. */
export interface SectionGuess {
  readonly best: PolicySection;
  /**
   * How far the best section's score is ahead of the runner-up's, per piece of the question
   * (a log-likelihood ratio): 0 is a tie.
   */
  readonly margin: number;
  /** How far the best section is ahead of this one, per piece (0 for the best itself). */
  behind(section: PolicySection): number;
  /**
   * How much better the section's questions explain this one's pieces than all the questions
   * together do, per piece: below 0, the question reads like none of them in particular.
   */
  fit(section: PolicySection): number;
}

/**
 * Every piece's postings in a few flat arrays: the piece's sections (`ords`) and how often its
 * questions hold it there (`counts`), from `starts[i]` to `starts[i + 1]` for the piece numbered i.
 * A pair of typed arrays per piece cost 51 MB for the sample's 93,000 pieces; these cost a tenth.
 */
interface Postings {
  /** Each piece's number (see piecesOf). */
  readonly numberOf: NumberTable;
  readonly starts: Int32Array;
  readonly ords: Int32Array;
  readonly counts: Int32Array;
  /** Each piece's log-probability among all the questions' pieces. */
  readonly background: Float64Array;
  /** log((count + SMOOTHING) / SMOOTHING) by count: what holding the piece adds to the section's score. */
  readonly gainOf: Float64Array;
}

/**
 * A naive Bayes classifier over character pieces (1–3 characters) of the questions written for
 * each section (section-questions.jsonl) and of its heading: which section a question is most
 * like. It sees the question as staff type it, whole words or not, so it reads colloquial
 * compounds the documents never write (「打车」, 「报不了」) by the questions written that way.
 * On the outsider development sets its first section was the labelled one for 488 of 552
 * answerable questions, the search's first answer or choice for 460; it is a second opinion
 * on the search (PolicyQa), not a replacement: it knows nothing of what a section states.
 */
export class SectionClassifier {
  private readonly sections: readonly PolicySection[];
  private readonly postings: Postings;
  /** Per section: −log(its pieces + SMOOTHING × vocabulary), what each piece of a question costs it. */
  private readonly perPiece: Float64Array;
  private readonly ordOf: Map<PolicySection, number>;

  private constructor(documents: readonly PolicyDocument[], questions: readonly SectionQuestion[]) {
    this.sections = documents.flatMap((d) => d.sections);
    this.ordOf = new Map(this.sections.map((s, i) => [s, i]));
    const byKey = new Map(this.sections.map((s, i) => [`${s.doc}\n${s.path.join(' › ')}`, i]));
    // Each occurrence of a piece, as (piece number, section) in two flat arrays: a list per piece
    // made a garbage of 93,000 arrays, and the heap V8 grew for them stayed (50 MB of RSS).
    const numberOf = new NumberTable();
    const pieceAt = new Growing();
    const ordAt = new Growing();
    const totals = new Float64Array(this.sections.length);
    const learn = (text: string, ord: number) => {
      for (const piece of piecesOf(text)) {
        pieceAt.push(numberOf.add(piece));
        ordAt.push(ord);
        totals[ord]!++;
      }
    };
    for (const q of questions) {
      const ord = byKey.get(`${q.doc}\n${q.section}`);
      if (ord !== undefined) learn(q.q, ord);
    }
    // Every section is a candidate, by its heading at least.
    this.sections.forEach((s, ord) => learn(s.path.at(-1) ?? '', ord));
    const vocabulary = numberOf.size;
    const all = pieceAt.length;
    this.perPiece = totals.map((t) => -Math.log(t + SMOOTHING * vocabulary));
    // The occurrences sorted by piece (a counting sort), then each piece's sections counted.
    const occurrences = new Int32Array(vocabulary + 1);
    for (let k = 0; k < all; k++) occurrences[pieceAt.at(k) + 1]!++;
    for (let i = 0; i < vocabulary; i++) occurrences[i + 1]! += occurrences[i]!;
    const sorted = new Int32Array(all);
    const next = occurrences.slice(0, vocabulary);
    for (let k = 0; k < all; k++) sorted[next[pieceAt.at(k)]!++] = ordAt.at(k);
    const starts = new Int32Array(vocabulary + 1);
    const ords = new Int32Array(all);
    const counts = new Int32Array(all);
    const background = new Float64Array(vocabulary);
    // Where a section's count for the piece being counted is, and for which piece it was set.
    const at = new Int32Array(this.sections.length);
    const countedFor = new Int32Array(this.sections.length).fill(-1);
    let out = 0;
    let most = 0;
    for (let i = 0; i < vocabulary; i++) {
      starts[i] = out;
      for (let k = occurrences[i]!; k < occurrences[i + 1]!; k++) {
        const ord = sorted[k]!;
        if (countedFor[ord] !== i) {
          countedFor[ord] = i;
          at[ord] = out;
          ords[out++] = ord;
        }
        const c = ++counts[at[ord]!]!;
        if (c > most) most = c;
      }
      const n = occurrences[i + 1]! - occurrences[i]!;
      background[i] = Math.log((n + SMOOTHING) / (all + SMOOTHING * vocabulary));
    }
    starts[vocabulary] = out;
    const gainOf = new Float64Array(most + 1).map((_, c) => Math.log((c + SMOOTHING) / SMOOTHING));
    this.postings = { numberOf, starts, ords: ords.slice(0, out), counts: counts.slice(0, out), background, gainOf };
  }

  /** None when no questions were written for the organisation's sections: headings alone say too little. */
  static of(documents: readonly PolicyDocument[], questions: readonly SectionQuestion[] | undefined) {
    return questions?.length ? new SectionClassifier(documents, questions) : undefined;
  }

  guess(question: string): SectionGuess | undefined {
    // Every section pays for every piece as if it lacked it; the pieces it holds earn it back.
    // A plain array: a typed array per question cost more to make (its buffer outside the heap) than to fill.
    const scores = new Array<number>(this.sections.length).fill(0);
    let n = 0;
    let background = 0;
    const { numberOf, starts, ords, counts, gainOf } = this.postings;
    for (const piece of piecesOf(question)) {
      const i = numberOf.get(piece);
      if (i < 0) continue;
      n++;
      background += this.postings.background[i]!;
      for (let k = starts[i]!, end = starts[i + 1]!; k < end; k++) scores[ords[k]!]! += gainOf[counts[k]!]!;
    }
    if (!n) return undefined;
    const lacking = n * Math.log(SMOOTHING);
    for (let i = 0; i < scores.length; i++) scores[i]! += n * this.perPiece[i]! + lacking;
    let first = 0;
    let second = -1;
    for (let i = 1; i < scores.length; i++) {
      if (scores[i]! > scores[first]!) {
        second = first;
        first = i;
      } else if (second < 0 || scores[i]! > scores[second]!) second = i;
    }
    const top = scores[first]!;
    const scoreOf = (section: PolicySection) => {
      const ord = this.ordOf.get(section);
      return ord === undefined ? Number.NEGATIVE_INFINITY : scores[ord]!;
    };
    return {
      best: this.sections[first]!,
      margin: second < 0 ? Number.POSITIVE_INFINITY : (top - scores[second]!) / n,
      behind: (section) => (top - scoreOf(section)) / n,
      fit: (section) => (scoreOf(section) - background) / n,
    };
  }
}

/**
 * The question's characters and runs of 2 and 3, punctuation, symbols and spaces left out, each
 * as a number made of its UTF-16 units (a run of 3 is under 2^48): a string per piece was half a
 * million short-lived strings to build the classifier.
 */
function piecesOf(text: string): number[] {
  // The documents and questions are Chinese: a character is one UTF-16 unit (a rare one cut in
  // two only makes a piece nobody else has).
  const plain = text.normalize('NFKC').replace(NOT_WORDS, '');
  const pieces: number[] = [];
  for (let i = 0; i < plain.length; i++) {
    let key = 0;
    for (let n = 0; n < LONGEST_PIECE && i + n < plain.length; n++) {
      // +1: no unit is 0, so "a" and "\0a" never share a number.
      key = key * UNITS + plain.charCodeAt(i + n) + 1;
      pieces.push(key);
    }
  }
  return pieces;
}

const UNITS = 0x10001;
const NOT_WORDS = /[\s\p{P}\p{S}]/gu;

/** A list of integers kept in a typed array that doubles as it fills. */
class Growing {
  private items = new Int32Array(1 << 16);
  length = 0;

  push(n: number): void {
    if (this.length === this.items.length) {
      const more = new Int32Array(this.items.length * 2);
      more.set(this.items);
      this.items = more;
    }
    this.items[this.length++] = n;
  }

  at(k: number): number {
    return this.items[k]!;
  }
}
