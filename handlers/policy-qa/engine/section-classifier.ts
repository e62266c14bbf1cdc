import type { SectionQuestion } from '../../../data/org/section-questions.ts';
import type { PolicyDocument, PolicySection } from '../../../data/org/policy-document.ts';

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

interface Postings {
  readonly ords: Int32Array;
  /** log((count + SMOOTHING) / SMOOTHING): what holding the piece adds to the section's score. */
  readonly gains: Float64Array;
  /** The piece's log-probability among all the questions' pieces. */
  readonly background: number;
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
  private readonly postings = new Map<string, Postings>();
  /** Per section: −log(its pieces + SMOOTHING × vocabulary), what each piece of a question costs it. */
  private readonly perPiece: Float64Array;
  private readonly ordOf: Map<PolicySection, number>;

  private constructor(documents: readonly PolicyDocument[], questions: readonly SectionQuestion[]) {
    this.sections = documents.flatMap((d) => d.sections);
    this.ordOf = new Map(this.sections.map((s, i) => [s, i]));
    const byKey = new Map(this.sections.map((s, i) => [`${s.doc}\n${s.path.join(' › ')}`, i]));
    // Each piece's sections, once per time it occurs (counted when the postings are made).
    const seen = new Map<string, number[]>();
    const totals = new Float64Array(this.sections.length);
    let all = 0;
    const learn = (text: string, ord: number) => {
      for (const piece of piecesOf(text)) {
        const ords = seen.get(piece);
        if (ords) ords.push(ord);
        else seen.set(piece, [ord]);
        totals[ord]!++;
        all++;
      }
    };
    for (const q of questions) {
      const ord = byKey.get(`${q.doc}\n${q.section}`);
      if (ord !== undefined) learn(q.q, ord);
    }
    // Every section is a candidate, by its heading at least.
    this.sections.forEach((s, ord) => learn(s.path.at(-1) ?? '', ord));
    const vocabulary = seen.size;
    this.perPiece = totals.map((t) => -Math.log(t + SMOOTHING * vocabulary));
    for (const [piece, occurrences] of seen) {
      occurrences.sort((a, b) => a - b);
      const ords: number[] = [];
      const gains: number[] = [];
      for (let i = 0; i < occurrences.length; ) {
        let j = i;
        while (j < occurrences.length && occurrences[j] === occurrences[i]) j++;
        ords.push(occurrences[i]!);
        gains.push(Math.log((j - i + SMOOTHING) / SMOOTHING));
        i = j;
      }
      const background = Math.log((occurrences.length + SMOOTHING) / (all + SMOOTHING * vocabulary));
      this.postings.set(piece, { ords: Int32Array.from(ords), gains: Float64Array.from(gains), background });
    }
  }

  /** None when no questions were written for the organisation's sections: headings alone say too little. */
  static of(documents: readonly PolicyDocument[], questions: readonly SectionQuestion[] | undefined) {
    return questions?.length ? new SectionClassifier(documents, questions) : undefined;
  }

  guess(question: string): SectionGuess | undefined {
    // Every section pays for every piece as if it lacked it; the pieces it holds earn it back.
    const scores = new Float64Array(this.sections.length);
    let n = 0;
    let background = 0;
    for (const piece of piecesOf(question)) {
      const p = this.postings.get(piece);
      if (!p) continue;
      n++;
      background += p.background;
      const { ords, gains } = p;
      for (let k = 0; k < ords.length; k++) scores[ords[k]!]! += gains[k]!;
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

/** The question's characters and runs of 2 and 3, punctuation, symbols and spaces left out. */
function piecesOf(text: string): string[] {
  // The documents and questions are Chinese: a character is one UTF-16 unit (a rare one cut in
  // two only makes a piece nobody else has).
  const plain = text.normalize('NFKC').replace(NOT_WORDS, '');
  const pieces: string[] = [];
  for (let n = 1; n <= LONGEST_PIECE; n++)
    for (let i = 0; i + n <= plain.length; i++) pieces.push(plain.substring(i, i + n));
  return pieces;
}

const NOT_WORDS = /[\s\p{P}\p{S}]/gu;
