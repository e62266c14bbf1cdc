import type { Org } from '../../data/org/load-org.ts';
import { statesKind } from './answer-kind.ts';
import { classifyQuestion, type QuestionKind } from './classify-question.ts';
import { composeAnswer } from './compose-answer.ts';
import { FaqMatcher } from './faq-matcher.ts';
import { qaText } from './messages.ts';
import { PolicyIndex } from './policy-index.ts';
import { Tokenizer } from './tokenizer.ts';
import { withoutPersonalDetails } from './redact.ts';

export interface Citation {
  readonly doc: string;
  readonly title: string;
  readonly section: string;
}

export interface QaResult {
  readonly kind: QuestionKind | 'faq' | 'not-found';
  /** The full reply, citation included. */
  readonly answer: string;
  /** True only when the answer comes from the documents or the FAQ. */
  readonly found: boolean;
  /** The quoted rule alone, without the citation line (for the LLM and for tests). */
  readonly rule?: string;
  readonly citations: readonly Citation[];
  readonly score: number;
}

/**
 * Thresholds below which a best match is not trusted: what the question is about must
 * mostly be in the section (a content word no document uses, like "哺乳" or "月饼", weighs
 * against it), and the match must be more than a stray common word, or the bot says it
 * doesn't know rather than guess.
 */
const MIN_COVERAGE = 0.6;
const MIN_SCORE = 5;

/** Answers policy questions from the organisation's documents and FAQ, with citations. */
export class PolicyQa {
  readonly index: PolicyIndex;
  private readonly faq: FaqMatcher;
  private readonly titles: Map<string, string>;
  readonly builtInMs: number;

  constructor(private readonly org: Org, now: () => number = () => performance.now()) {
    const started = now();
    const tokenizer = new Tokenizer(org.synonyms);
    tokenizer.learnWords(org.documents.flatMap((d) => d.sections.flatMap((s) => s.path)));
    this.index = new PolicyIndex(org.documents, tokenizer);
    this.faq = new FaqMatcher(org.faq, tokenizer, (t) => this.index.idf(t));
    this.titles = new Map(org.documents.map((d) => [d.slug, d.title]));
    this.builtInMs = now() - started;
  }

  titleOf(slug: string): string {
    return this.titles.get(slug) ?? slug;
  }

  answer(question: string): QaResult {
    const q = question.trim();
    const kind = classifyQuestion(q, this.org.directory);
    if (kind !== 'policy') return { kind, answer: cannedAnswer(kind), found: false, citations: [], score: 0 };

    const faq = this.faq.match(q);
    if (faq) {
      const title = this.titles.get(faq.entry.doc) ?? faq.entry.doc;
      const citation = { doc: faq.entry.doc, title, section: faq.entry.section };
      return {
        kind: 'faq',
        answer: `${faq.entry.answer}\n${qaText.citation(title, faq.entry.section.split(' › '))}`,
        rule: faq.entry.answer,
        found: true,
        citations: [citation],
        score: faq.similarity,
      };
    }

    const query = this.index.query(withoutPersonalDetails(q, this.org.directory));
    const [best] = this.index.search(query, 1);
    const notFound: QaResult = { kind: 'not-found', answer: qaText.notFound, found: false, citations: [], score: best?.score ?? 0 };
    if (!best || best.coverage < MIN_COVERAGE || best.score < MIN_SCORE) return notFound;
    const composed = composeAnswer(query, best.section, this.index);
    const rule = composed.text;
    // Asked for a date, a place, who or how much, and the rule names none: it doesn't answer.
    const asked = query.kind;
    if (!composed.passages.length || (asked && !composed.passages.some((p) => statesKind(p, asked)))) return notFound;
    const title = this.titles.get(best.section.doc) ?? best.section.doc;
    return {
      kind: 'policy',
      answer: `${rule}\n${qaText.citation(title, best.section.path)}`,
      rule,
      found: true,
      citations: [{ doc: best.section.doc, title, section: best.section.path.join(' › ') }],
      score: best.score,
    };
  }
}

function cannedAnswer(kind: QuestionKind): string {
  switch (kind) {
    case 'greeting':
      return qaText.greeting;
    case 'thanks':
      return qaText.thanks;
    case 'personal-data':
      return qaText.personalData;
    default:
      return qaText.unrelated;
  }
}
