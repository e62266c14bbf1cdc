import type { PolicySection } from '../../data/org/policy-document.ts';
import type { NearestBySection } from './engine/nearest-questions.ts';
import type { PolicyIndex, SectionHit } from './engine/policy-index.ts';

/** A section asked things this near ranks higher, in proportion to how much nearer than this. */
const RANK_FLOOR = 0.3;
const RANK_BOOST = 0.3;
/**
 * When the questions nearest this one are asked of another section (this near, and this much
 * nearer than any asked of the section found), the answer found is doubtful: offered as a choice.
 */
const ELSEWHERE = 0.6;
const ELSEWHERE_GAP = 0.25;
/**
 * An answer needs a section asked something at least this near. Below it, the section matched
 * the question's words but nobody asks it anything like it: on the development sets such
 * answers were mostly to questions the documents don't answer (离职证明找谁开 → the rule on
 * resigning), so the section is offered as a choice instead. 0.4 halved those (24 → 12) for
 * 10 of 423 right answers, which became choices. 0.45 since the ninth round of written questions
 * (12,627), whose nearer questions let 7 more such answers through at 0.4 (with the classifier's
 * thresholds of that round: 7 fewer unanswerable questions answered, 6 fewer right).
 */
const ASKED_AT_ALL = 0.45;
/**
 * The section asked the questions nearest this one, this near, is among the choices whatever its
 * words scored: on the development sets the right section was then offered 3 points more often.
 */
const OFFERED = 0.6;
/** The one likely section, asked things this near, is answered rather than offered alone. */
const VOUCHED = 0.7;

/** An organisation that wrote no questions: no section is asked anything. */
const NONE_NEAR: NearestBySection<PolicySection> = {
  similarity: () => 0,
  words: () => [],
  best: 0,
  bestSection: undefined,
};

/**
 * What the questions written for the organisation's sections (section-questions.jsonl) say
 * about one question: which sections are asked things like it (PolicyIndex.nearest). An
 * organisation without the file gets none of this: its answers rest on the documents' words.
 */
export class AskedLike {
  private readonly best: number;

  private constructor(
    private readonly near: NearestBySection<PolicySection>,
    /** Whether questions were written for the section (none for the organisation: no section). */
    private readonly asked: (section: PolicySection) => boolean,
  ) {
    this.best = near.best;
  }

  static of(index: PolicyIndex, question: string): AskedLike {
    if (!index.hasQuestions) return new AskedLike(NONE_NEAR, () => false);
    return new AskedLike(index.nearest(question), (s) => index.isAsked(s));
  }

  /** The hits re-ranked by how near the questions asked of each section are, best `limit` kept. */
  rank(hits: readonly SectionHit[], limit: number): SectionHit[] {
    return hits
      .map((h) => ({ ...h, score: h.score * (1 + RANK_BOOST * Math.max(0, this.of(h.section) - RANK_FLOOR)) }))
      .sort((a, b) => b.score - a.score)
      .slice(0, limit);
  }

  /** Why quoting this section is doubtful, or undefined when the questions asked of it bear it out. */
  doubt(section: PolicySection): string | undefined {
    const mine = this.of(section);
    if (this.best >= ELSEWHERE && this.best - mine > ELSEWHERE_GAP)
      return 'questions like it are asked of another section';
    // A section nobody wrote questions for (HR wrote them for some sections only) says nothing either way.
    if (this.asked(section) && mine < ASKED_AT_ALL) return `nothing like it is asked of it (${mine.toFixed(2)})`;
    return undefined;
  }

  /** Whether questions like this one are asked of the section: alone among the choices, it is answered. */
  vouches(section: PolicySection): boolean {
    return this.of(section) >= VOUCHED;
  }

  /** The section asked the questions nearest this one, when they are near enough to offer it. */
  offer(): PolicySection | undefined {
    return this.best < OFFERED ? undefined : this.near.bestSection;
  }

  /**
   * Whether the section is asked things nearer this question than any of the others is, and
   * near enough to be asked it at all.
   */
  nearestOf(section: PolicySection, others: readonly PolicySection[]): boolean {
    const mine = this.of(section);
    return mine >= ASKED_AT_ALL && others.every((s) => s === section || this.of(s) <= mine);
  }

  /** The words of the question nearest this one asked of the section (none when nothing like it is asked). */
  wordsOf(section: PolicySection): readonly string[] {
    return this.near.words(section);
  }

  private of(section: PolicySection): number {
    return this.near.similarity(section);
  }
}
