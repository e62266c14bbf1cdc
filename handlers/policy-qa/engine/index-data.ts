import type { AnswerKind } from '../answer-kind.ts';
import type { AskedQuestion } from './nearest-questions.ts';

/** One sentence or list item as analysed by the build (see AnalysedPassage). */
export interface PassageData {
  readonly quote: string;
  readonly line: number;
  readonly list: boolean;
  readonly words: readonly string[];
  readonly sequence: readonly string[];
  /** Day ranges [from, to]; `to` null for "及以上" (Infinity does not survive JSON). */
  readonly ranges: readonly (readonly [number, number | null])[];
  readonly kinds: readonly AnswerKind[];
}

/** One section: its word counts, length, sentences and what its headings add. */
export interface SectionData {
  readonly tf: readonly (readonly [string, number])[];
  readonly length: number;
  readonly passages: readonly PassageData[];
  readonly heading: readonly string[];
  readonly kinds: readonly AnswerKind[];
  /** The words of the questions written for the section, and how often (section-questions.jsonl). */
  readonly asked: readonly (readonly [string, number])[];
}

/**
 * What building the index works out from the documents' words, as plain data (JSON): the
 * rest (document frequencies, postings, the corpus text) is quick to derive again from it.
 */
export interface IndexData {
  readonly sections: readonly SectionData[];
  readonly docNames: readonly (readonly [string, string])[];
  /** The questions written for the sections, weighed (see NearestQuestions). */
  readonly questions: readonly AskedQuestion[];
}
