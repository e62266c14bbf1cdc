import { ANSWER_KINDS, statesKind, type AnswerKind } from '../answer-kind.ts';
import { dayRanges, type DayRange } from '../leave-days.ts';
import type { Tokenizer } from '../tokenizer.ts';
import type { PassageData } from './index-data.ts';
import type { Query } from './query.ts';
import {
  AMOUNT_BONUS,
  DAYS_BONUS,
  KIND_BONUS,
  PASSAGE_HEADING,
  PHRASE_WEIGHT,
  PROXIMITY,
  PROXIMITY_WINDOW,
  UNIT_BONUS,
} from './tuning.ts';

/** A sentence or list item, analysed once when the index is built. */
export interface AnalysedPassage {
  /** The passage as written, to quote. */
  readonly quote: string;
  /** Which line of the section it comes from; sentences of one line are one paragraph. */
  readonly line: number;
  readonly words: ReadonlySet<string>;
  /** The same words as a list (made without the set, which a passage only searched never needs). */
  readonly wordList: readonly string[];
  /** The words in order (pieces left out), for the proximity bonus. */
  readonly sequence: readonly string[];
  /** The sentence lower-cased, to find the question's phrases ("交通补贴") and lone characters in it. */
  readonly text: string;
  readonly ranges: readonly DayRange[];
  readonly kinds: ReadonlySet<AnswerKind>;
  readonly list: boolean;
}

/**
 * A passage read back from the index's snapshot: its word set is made on first use, as most
 * sentences are never scored in a run (making ten thousand sets was most of a restore).
 */
export class StoredPassage implements AnalysedPassage {
  private made: { text: string; ranges: DayRange[]; kinds: ReadonlySet<AnswerKind> } | undefined;
  private wordSet: ReadonlySet<string> | undefined;

  constructor(private readonly data: PassageData) {}

  get quote(): string {
    return this.data.quote;
  }
  get line(): number {
    return this.data.line;
  }
  get list(): boolean {
    return this.data.list;
  }
  get sequence(): readonly string[] {
    return this.data.sequence;
  }
  get words(): ReadonlySet<string> {
    this.wordSet ??= new Set(this.data.words);
    return this.wordSet;
  }
  get wordList(): readonly string[] {
    return this.data.words;
  }
  get text(): string {
    return this.make().text;
  }
  get ranges(): readonly DayRange[] {
    return this.make().ranges;
  }
  get kinds(): ReadonlySet<AnswerKind> {
    return this.make().kinds;
  }

  private make() {
    const d = this.data;
    this.made ??= {
      text: d.quote.toLowerCase(),
      ranges: d.ranges.map(([from, to]) => ({ from, to: to ?? Infinity })),
      kinds: new Set(d.kinds),
    };
    return this.made;
  }
}

/** What a section's headings add to each of its sentences. */
export interface SectionContext {
  /** The tokens of the headings that locate the section. */
  readonly heading: ReadonlySet<string>;
  /** What the section's own heading answers ("（二）行政部": who). */
  readonly kinds: ReadonlySet<AnswerKind>;
}

export const NO_CONTEXT: SectionContext = { heading: new Set(), kinds: new Set() };

export function analysePassage(tokenizer: Tokenizer, sentence: string, list = false, line = 0): AnalysedPassage {
  const words = new Set(tokenizer.tokens(sentence));
  return {
    quote: sentence,
    line,
    list,
    words,
    wordList: [...words],
    sequence: tokenizer.terms(sentence).map((t) => t.word),
    text: sentence.toLowerCase(),
    ranges: dayRanges(sentence),
    kinds: new Set(ANSWER_KINDS.filter((k) => statesKind(sentence, k))),
  };
}

/** What of a question a sentence is scored on. */
export type PassageQuery = Pick<
  Query,
  'tokens' | 'pairs' | 'phrases' | 'days' | 'kind' | 'amounts' | 'units' | 'listing'
> & {
  /** Whether each token is in the section's headings, when already known (one section, many sentences). */
  readonly inHeading?: readonly boolean[];
};

/**
 * How well one sentence answers the question: the weight of the question's words in it
 * (words only in the section's headings count half), neighbouring words kept together,
 * and bonuses when its day range holds the asked length of leave and when it states the
 * kind of fact asked for.
 *
 * `headingShared`: choosing among one section's sentences, a word of its headings counts half for
 * each of them, held or not — the heading says what every sentence is about, so it tells none
 * apart. Otherwise a sentence repeating the heading's 年资补贴 outscored the one with the 产假 asked
 * about (「休产假那几个月年资补贴还发不发」 and 「若因个人孕期保胎、产假等……暂停发放」).
 */
export function passageScore(
  q: PassageQuery,
  p: AnalysedPassage,
  { heading, kinds }: SectionContext,
  headingShared = false,
): number {
  // Plain loops, no closures: this runs for every sentence of a section quoted from.
  const words = p.words;
  let sum = 0;
  const { tokens, inHeading } = q;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const headed = inHeading ? inHeading[i] : heading.has(t.token);
    if (headingShared && headed) sum += t.weight * PASSAGE_HEADING;
    else if (words.has(t.token) || (t.char && p.text.includes(t.token))) sum += t.weight;
    else if (headed) sum += t.weight * PASSAGE_HEADING;
  }
  return sum <= 0 ? 0 : withBonuses(q, p, kinds, sum);
}

/** What passageScore adds to the weight of the question's words a passage holds (`sum`, above 0). */
function withBonuses(q: PassageQuery, p: AnalysedPassage, kinds: SectionContext['kinds'], sum: number): number {
  const words = p.words;
  // Both words must be in the sentence before their order is looked at (most pairs aren't).
  for (const [a, b, w] of q.pairs) {
    if (w > 0 && words.has(a) && words.has(b) && inOrderNear(p.sequence, a, b)) sum += w * PROXIMITY;
  }
  let holdsAmount = false;
  for (const a of q.amounts) if ((holdsAmount = words.has(a))) break;
  return withKindBonuses(q, p, kinds, sum, holdsAmount);
}

/** withBonuses after the pairs: the days, the kind of fact, an amount, a list, the phrases. */
export function withKindBonuses(
  q: PassageQuery,
  p: AnalysedPassage,
  kinds: SectionContext['kinds'],
  sum: number,
  /** Whether the passage holds an amount the question names ("3年"), from the caller: no closure per passage. */
  holdsAmount: boolean,
): number {
  const days = q.days;
  if (days !== undefined && holdsDays(p.ranges, days)) sum += DAYS_BONUS;
  if (q.kind && (p.kinds.has(q.kind) || kinds.has(q.kind))) sum += KIND_BONUS;
  if (holdsAmount) sum += AMOUNT_BONUS;
  else if (q.units.length) {
    // 「17岁可以来应聘吗」: 「年龄未满18周岁者」 states the threshold in the unit asked, not the amount.
    const text = p.text;
    for (const unit of q.units)
      if (unit.test(text)) {
        sum += UNIT_BONUS;
        break;
      }
  }
  if (q.listing && p.list) sum += KIND_BONUS;
  if (q.phrases.length) {
    const text = p.text;
    for (const ph of q.phrases) if (text.includes(ph.text)) sum += ph.weight * PHRASE_WEIGHT;
  }
  return sum;
}

/**
 * Whether the sentence itself, headings aside, holds a word of the question: what a score
 * without the section's context being above 0 says (every token weighs more than 0), for less.
 */
export function holdsQuestionWords(q: PassageQuery, p: AnalysedPassage): boolean {
  return q.tokens.some((t) => p.words.has(t.token) || (t.char && p.text.includes(t.token)));
}

function holdsDays(ranges: readonly DayRange[], days: number): boolean {
  for (const r of ranges) if (days >= r.from && days <= r.to) return true;
  return false;
}

/** Whether `b` follows `a` within a few words, as in the question ("组长…请假" in "组长/中心主任请假"). */
export function inOrderNear(sequence: readonly string[], a: string, b: string): boolean {
  for (let i = 0; i < sequence.length; i++) {
    if (sequence[i] !== a) continue;
    for (let j = i + 1; j <= i + PROXIMITY_WINDOW && j < sequence.length; j++) if (sequence[j] === b) return true;
  }
  return false;
}
