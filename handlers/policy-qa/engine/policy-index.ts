import type { LearnedVocabulary } from '../../../data/org/learned-vocabulary.ts';
import type { PolicyDocument, PolicySection } from '../../../data/org/policy-document.ts';
import type { SectionQuestion } from '../../../data/org/section-questions.ts';
import { answerKind, headingKinds } from '../answer-kind.ts';
import { weighQuestion } from '../faq-matcher.ts';
import { salienceOf } from '../general-idf.ts';
import { splitPassages } from '../sentences.ts';
import type { Term, Tokenizer } from '../tokenizer.ts';
import type { IndexData } from './index-data.ts';
import {
  analysePassage,
  NO_CONTEXT,
  passageScore,
  StoredPassage,
  type AnalysedPassage,
  type PassageQuery,
  type SectionContext,
} from './passage.ts';
import { askedQuestion, NearestQuestions, type AskedQuestion, type NearestBySection } from './nearest-questions.ts';
import { analyseQuery, type CorpusStats, type Query } from './query.ts';
import {
  ASKED_COMMON,
  ASKED_COVERAGE,
  ASKED_WEIGHT,
  B,
  CHAR_COVERAGE,
  COVERAGE_RANK,
  HEADING_WEIGHT,
  K1,
  LOCATING_HEADINGS,
  MIN_SALIENCE,
  MISSED_KNOWN,
  NAMED_DOC_BOOST,
  PARENT_HEADING_WEIGHT,
  PASSAGE_WEIGHT,
  PHRASE_WEIGHT,
  PIECE_COVERAGE,
  AMOUNT_BONUS,
  REPORT_RANK,
  RERANKED,
  SALIENT_PIECE,
} from './tuning.ts';
import { bestPassageScore, PassagesByWord } from './best-passage.ts';

export type { Query } from './query.ts';
export type { SectionContext } from './passage.ts';

export interface SectionHit {
  readonly section: PolicySection;
  readonly score: number;
  /**
   * How much of what the question is about (its words weighted by salience) this section
   * holds, 0–1. A content word no document uses counts fully against it; a word other
   * sections use but this one lacks counts less (it may only be context).
   */
  readonly coverage: number;
  /**
   * False when the question names a kind of allowance, leave, fee or paper ("生育津贴")
   * that the documents never write and this section lacks what sets it apart ("生育"):
   * a rule on "组长津贴" does not answer it.
   */
  readonly namesKind: boolean;
}

interface IndexedSection {
  /** Its place among the index's sections. */
  readonly ord: number;
  readonly section: PolicySection;
  readonly tf: Map<string, number>;
  readonly length: number;
  /** Each sentence (or list item) and its tokens, for the best-passage score. */
  readonly passages: readonly AnalysedPassage[];
  readonly context: SectionContext;
  /** The section's locating headings and text, lower-cased, to find phrases in. */
  readonly text: string;
  /** The words of the questions staff ask it with (section-questions.jsonl), and how often. */
  readonly asked: Map<string, number>;
  readonly askedLength: number;
}

/** How the index is built: the questions written for the sections, and a pause between sections. */
export interface IndexOptions {
  readonly questions?: readonly SectionQuestion[];
  /** Given the build's steps, runs them (PolicyIndex.buildPaused); absent, they run at once. */
  readonly building?: (steps: Iterable<void>) => void;
}

interface AskedTables {
  readonly df: Map<string, number>;
  readonly postings: Map<string, [IndexedSection, number][]>;
  readonly avgLength: number;
}

interface WeighedPostings {
  readonly ords: Int32Array;
  readonly parts: Float64Array;
}

const NO_POSTINGS: WeighedPostings = { ords: new Int32Array(0), parts: new Float64Array(0) };

interface CharTables {
  readonly df: Map<string, number>;
  /** Character → the sections holding it and how often. */
  readonly postings: Map<string, [IndexedSection, number][]>;
}

/** BM25 over the sections of the organisation's documents, with a best-passage score. */
export class PolicyIndex implements CorpusStats {
  private readonly sections: IndexedSection[] = [];
  private readonly bySection = new Map<PolicySection, IndexedSection>();
  private readonly df = new Map<string, number>();
  /** Word → the sections holding it and how often; the same for lone characters. */
  private readonly postings = new Map<string, [IndexedSection, number][]>();
  /** The same for the words of the questions written for the sections (a field of its own). */
  /** Counted on first use (see askedTables). */
  private asked: AskedTables | undefined;
  /** The questions written for the sections, weighed; searched through `near`, made on first use. */
  private questions: readonly AskedQuestion[] = [];
  private nearCache: NearestQuestions | undefined;
  /** Counted on first use (see charTables). */
  private chars: CharTables | undefined;
  private avgLength = 0;
  /** Scratch for search(): each section's BM25 sum and whether it is summed, cleared before search() returns. */
  private sums: Float64Array | undefined;
  private seen: Uint8Array | undefined;
  private holds: Uint32Array | undefined;
  private touched: Int32Array | undefined;
  /** Each section's passages by the words they hold, made on the section's first search (see bestPassageScore). */
  private readonly passageWords = new WeakMap<IndexedSection, PassagesByWord>();
  /** A token's postings in each field as search() walks them, made on first use (see weighed). */
  private readonly weighedCache = { word: new Map(), char: new Map(), asked: new Map() } as Record<
    'word' | 'char' | 'asked',
    Map<string, WeighedPostings>
  >;
  /** Words that name one document ("普惠", "众爱"), with that document's slug. */
  private readonly docNames = new Map<string, string>();
  /** Plans and reports: between two equally good answers, a rule is quoted rather than a report of work. */
  private reports: ReadonlySet<string> = new Set();
  /** All the documents' text, headings included, to tell whether they ever write a string. */
  private corpus = '';
  /**
   * The tokenizer given, told which words the documents use (a word they lack that is glued
   * to a particle, "会扣", is read as its core); the one given is left as it was.
   */
  tokenizer: Tokenizer;

  /** Builds the index at once (tests, the CLI, start-up). */
  constructor(
    documents: readonly PolicyDocument[],
    private readonly given: Tokenizer,
    { questions = [], building }: IndexOptions = {},
  ) {
    this.tokenizer = given;
    const tokenizer = given;
    const steps = this.build(documents, tokenizer, questions);
    if (building) building(steps);
    else for (const _ of steps);
  }

  /**
   * Builds the index a section at a time, pausing between sections so a reload while the
   * bot runs doesn't hold up every message for the seconds the whole build takes.
   */
  static async buildPaused(
    documents: readonly PolicyDocument[],
    tokenizer: Tokenizer,
    pause: () => Promise<void>,
    questions: readonly SectionQuestion[] = [],
  ): Promise<PolicyIndex> {
    let steps: Iterable<void> = [];
    const index = new PolicyIndex(documents, tokenizer, { questions, building: (s) => (steps = s) });
    for (const _ of steps) await pause();
    return index;
  }

  private *build(
    documents: readonly PolicyDocument[],
    tokenizer: Tokenizer,
    questions: readonly SectionQuestion[],
  ): Generator<void> {
    const askedWith = new Map<string, string[]>();
    for (const q of questions) getOrAdd(askedWith, `${q.doc}\n${q.section}`).push(q.q);
    for (const doc of documents) {
      for (const section of doc.sections) {
        const tokens = tokenizer.tokens(section.body);
        // The section's own heading says most about it; its parent's is shared with its siblings.
        const [own = '', ...parents] = [...section.path].reverse();
        for (let i = 0; i < HEADING_WEIGHT; i++) tokens.push(...tokenizer.tokens(own));
        for (let i = 0; i < PARENT_HEADING_WEIGHT; i++)
          for (const h of parents.slice(0, LOCATING_HEADINGS - 1)) tokens.push(...tokenizer.tokens(h));
        const tf = new Map<string, number>();
        for (const t of tokens) tf.set(t, (tf.get(t) ?? 0) + 1);
        const passages = splitPassages(section.body).map((p) => analysePassage(tokenizer, p.text, p.list, p.line));
        const askedTokens = (askedWith.get(`${doc.slug}\n${section.path.join(' › ')}`) ?? []).flatMap((q) =>
          tokenizer.tokens(q),
        );
        const asked = new Map<string, number>();
        for (const t of askedTokens) asked.set(t, (asked.get(t) ?? 0) + 1);
        this.add(section, tf, tokens.length, passages, contextOf(tokenizer, section), asked);
        yield;
      }
    }
    this.findDocNames(documents, tokenizer);
    this.finish(documents);
    this.weighQuestions(questions);
    // A build has the time (a reload, tests, a first start): no question waits for the count later.
    this.charTables();
  }

  /** One section, with what was worked out from its words (built now, or read from a snapshot). */
  private add(
    section: PolicySection,
    tf: Map<string, number>,
    length: number,
    passages: readonly AnalysedPassage[],
    context: SectionContext,
    asked: Map<string, number>,
  ): void {
    for (const t of tf.keys()) this.df.set(t, (this.df.get(t) ?? 0) + 1);
    const text = `${section.path.slice(-LOCATING_HEADINGS).join(' ')}\n${section.body}`.toLowerCase();
    let askedLength = 0;
    for (const f of asked.values()) askedLength += f;
    const indexed: IndexedSection = {
      ord: this.sections.length,
      section,
      tf,
      length,
      passages,
      context,
      text,
      asked,
      askedLength,
    };
    // Counted again when next needed, with this section in.
    this.chars = undefined;
    this.sums = undefined;
    this.seen = undefined;
    this.holds = undefined;
    for (const cache of Object.values(this.weighedCache)) cache.clear();
    this.asked = undefined;
    this.sections.push(indexed);
    this.bySection.set(section, indexed);
    for (const [t, f] of tf) getOrAdd(this.postings, t).push([indexed, f]);
  }

  private finish(documents: readonly PolicyDocument[]): void {
    this.reports = new Set(documents.filter((d) => d.kind !== 'rules').map((d) => d.slug));
    this.corpus = documents
      .flatMap((d) => d.sections.map((s) => `${s.path.join('\n')}\n${s.body}`))
      .join('\n')
      .toLowerCase();
    const total = this.sections.reduce((sum, s) => sum + s.length, 0);
    this.avgLength = total / Math.max(1, this.sections.length);
    // The documents' words only: a word staff's written questions use ("拍下来") but no document
    // does is still read by its core ("拍", of 拍照), as the documents would say it.
    this.tokenizer = this.given.withVocabulary((w) => this.df.has(w));
  }

  /** The questions written for the sections, weighed once the documents' words are counted. */
  private weighQuestions(questions: readonly SectionQuestion[]): void {
    const place = new Map(this.sections.map((s, i) => [`${s.section.doc}\n${s.section.path.join(' › ')}`, i]));
    const weighed: AskedQuestion[] = [];
    for (const q of questions) {
      const section = place.get(`${q.doc}\n${q.section}`);
      if (section === undefined) continue;
      const weights = weighQuestion(
        this.tokenizer.terms(q.q),
        (t) => this.idf(t),
        (t) => this.knows(t),
      );
      weighed.push(askedQuestion(section, answerKind(q.q), weights));
    }
    this.questions = weighed;
    this.nearCache = undefined;
  }

  /**
   * What the build worked out from the documents' words, as plain data: the compiled bot keeps
   * it on disk (index-snapshot.ts) and starts from it instead of cutting and analysing every
   * sentence again. Sections are in the documents' order.
   */
  toSnapshot(): IndexData {
    return {
      sections: this.sections.map((s) => ({
        tf: [...s.tf],
        length: s.length,
        passages: s.passages.map((p) => ({
          quote: p.quote,
          line: p.line,
          list: p.list,
          words: [...p.words],
          sequence: [...p.sequence],
          ranges: p.ranges.map((r) => [r.from, r.to === Infinity ? null : r.to]),
          kinds: [...p.kinds],
        })),
        heading: [...s.context.heading],
        kinds: [...s.context.kinds],
        asked: [...s.asked],
      })),
      docNames: [...this.docNames],
      questions: this.questions,
    };
  }

  /**
   * The index as it was built from these documents, from `toSnapshot`'s data: undefined when
   * the data doesn't fit them (a section more or fewer), and the caller builds instead.
   */
  static restore(documents: readonly PolicyDocument[], tokenizer: Tokenizer, data: IndexData): PolicyIndex | undefined {
    const sections = documents.flatMap((d) => d.sections);
    if (sections.length !== data.sections.length) return undefined;
    const index = new PolicyIndex([], tokenizer);
    sections.forEach((section, i) => {
      const s = data.sections[i]!;
      const passages = s.passages.map((p) => new StoredPassage(p));
      const context = { heading: new Set(s.heading), kinds: new Set(s.kinds) };
      index.add(section, new Map(s.tf), s.length, passages, context, new Map(s.asked));
    });
    for (const [word, slug] of data.docNames) index.docNames.set(word, slug);
    index.finish(documents);
    index.questions = data.questions;
    return index;
  }

  get size(): number {
    return this.sections.length;
  }

  idf(term: string): number {
    return this.idfOf(this.df.get(term) ?? 0);
  }

  charIdf(char: string): number {
    return this.idfOf(this.charTables().df.get(char) ?? 0);
  }

  docNamed(word: string): string | undefined {
    return this.docNames.get(word);
  }

  phraseIdf(text: string): number {
    // Only the sections holding its two rarest characters can hold the phrase (their places,
    // ascending, walked together): looked for there, not in every section's text.
    let [fewest, next] = [...text].map((c) => this.weighed('char', c).ords).sort((a, b) => a.length - b.length);
    if (!fewest) return 0;
    next ??= fewest;
    let df = 0;
    for (let i = 0, j = 0; i < fewest.length; i++) {
      const ord = fewest[i]!;
      while (j < next.length && next[j]! < ord) j++;
      if (j < next.length && next[j] === ord && this.sections[ord]!.text.includes(text)) df++;
    }
    return df ? this.idfOf(df) : 0;
  }

  /** Every word and word piece of the documents. */
  vocabulary(): Iterable<string> {
    return this.df.keys();
  }

  /** Whether any document has this string anywhere, inside words or across them. */
  writes(text: string): boolean {
    return this.corpus.includes(text.toLowerCase());
  }

  /** Whether any document uses the word, or staff ask about a section with it (打车 for 出租车). */
  knows(term: string): boolean {
    return this.df.has(term) || this.docNames.has(term) || this.askedTables().df.has(term);
  }

  /**
   * Tokenizes and weighs a question once, for search() and scorePassage(); also looked for as
   * the organisation's learned words (kept out of the index: the vocabulary can change alone).
   */
  query(question: string, vocabulary?: LearnedVocabulary): Query {
    return analyseQuery(question, this, vocabulary);
  }

  /** Whether questions were written for the sections (section-questions.jsonl). */
  get hasQuestions(): boolean {
    return this.questions.length > 0;
  }

  /** Whether questions were written for this section. */
  isAsked(section: PolicySection): boolean {
    return (this.bySection.get(section)?.askedLength ?? 0) > 0;
  }

  /**
   * How near the question is to the questions staff ask of each section (0–1, the nearest of
   * them), for the sections asked anything like it.
   */
  nearest(question: string): NearestBySection<PolicySection> {
    const asked = weighQuestion(
      this.tokenizer.terms(question),
      (t) => this.idf(t),
      (t) => this.knows(t),
    );
    this.nearCache ??= new NearestQuestions(this.questions);
    const near = this.nearCache.near(asked, answerKind(question));
    const ordOf = (section: PolicySection) => this.bySection.get(section)?.ord ?? -1;
    return {
      similarity: (section) => near.similarity(ordOf(section)),
      words: (section) => near.words(ordOf(section)),
      best: near.best,
      bestSection: near.bestSection === undefined ? undefined : this.sections[near.bestSection]!.section,
    };
  }

  search(question: string | Query, limit = 3): SectionHit[] {
    const q = typeof question === 'string' ? this.query(question) : question;
    if (!q.terms.length) return [];
    // Sums by the section's place, in a typed array: the postings of common words and
    // characters run to hundreds of sections, and a Map per question cost a sixth of an answer.
    const bm25 = (this.sums ??= new Float64Array(this.sections.length));
    const seen = (this.seen ??= new Uint8Array(this.sections.length));
    // Which of the question's (first 32) tokens each section holds, as its own postings say:
    // the sentences are then scored on those only, without looking for them in the section again.
    const holds = (this.holds ??= new Uint32Array(this.sections.length));
    // The sections touched, in order first met: hundreds for a common word, kept in scratch too.
    const touched = (this.touched ??= new Int32Array(this.sections.length));
    let count = 0;
    const add = (postings: WeighedPostings, weight: number, bit = 0) => {
      const { ords, parts } = postings;
      for (let k = 0; k < ords.length; k++) {
        const ord = ords[k]!;
        if (!seen[ord]) {
          seen[ord] = 1;
          touched[count++] = ord;
        }
        bm25[ord]! += weight * parts[k]!;
        holds[ord]! |= bit;
      }
    };
    for (const [i, t] of q.tokens.entries()) {
      add(this.weighed(t.char ? 'char' : 'word', t.token), t.weight, i < 32 ? 1 << i : 0);
      // The questions staff ask a section with: weaker evidence than its own words, but what
      // finds 出租车 for 打车. Its own idf: the words every question uses (几天, 可以) say little.
      if (t.char) continue;
      const df = this.askedTables().df.get(t.token);
      // A word a quarter of the sections are asked with (吗, 可以, 几天) says nothing of which:
      // skipping it keeps the field's cost to the words that tell sections apart.
      if (!df || df > this.sections.length * ASKED_COMMON) continue;
      const idf = this.idfOf(df) / Math.max(1e-9, this.idf(t.token));
      add(this.weighed('asked', t.token), ASKED_WEIGHT * idf * t.weight);
    }
    // The best by their words, without a pair made for each of the hundreds of sections touched.
    const best = highestOrds(touched, count, bm25, RERANKED);
    const candidates = best.map((ord) => [this.sections[ord]!, bm25[ord]!] as const);
    for (let k = 0; k < count; k++) {
      const ord = touched[k]!;
      bm25[ord] = 0;
      seen[ord] = 0;
    }
    // The bits are cleared however the search ends: a stale one would score a later question's sentences.
    try {
      const heldTokens = (s: IndexedSection) =>
        q.tokens.filter((t, i) =>
          i < 32 ? (holds[s.ord]! >>> i) & 1 : t.char ? s.text.includes(t.token) : s.tf.has(t.token),
        );
      // The sentence-level score only reorders the sections the words already found (candidates).
      // Each word pair's two bits (-1 past the 32 bits): whether a section holds both is then one test.
      const wordBit = new Map<string, number>();
      q.tokens.forEach((t, i) => {
        if (i < 32 && !t.char && !wordBit.has(t.token)) wordBit.set(t.token, i);
      });
      const pairBits = q.pairs.map(([a, b]) => {
        const [i, j] = [wordBit.get(a), wordBit.get(b)];
        return i === undefined || j === undefined ? -1 : ((1 << i) | (1 << j)) >>> 0;
      });
      const hits = candidates.map(([s, score]) => {
        // Looked for in the section's whole text once, for its sentences and for itself.
        const phrases = q.phrases.length ? q.phrases.filter((ph) => s.text.includes(ph.text)) : q.phrases;
        const pairs: Query['pairs'][number][] = [];
        const held = holds[s.ord]!;
        for (let k = 0; k < q.pairs.length; k++) {
          const bits = pairBits[k]!;
          const pair = q.pairs[k]!;
          if (bits >= 0 ? (held & bits) >>> 0 === bits : s.tf.has(pair[0]) && s.tf.has(pair[1])) pairs.push(pair);
        }
        let total = score + PASSAGE_WEIGHT * this.bestPassage(s, q, heldTokens(s), phrases, pairs);
        for (const ph of phrases) total += ph.weight * PHRASE_WEIGHT;
        // "满三年的工龄工资": the section with the row for that amount, not the one describing the rule.
        if (q.amounts.some((a) => s.tf.has(a))) total += AMOUNT_BONUS;
        if (q.namedDoc === s.section.doc) total *= NAMED_DOC_BOOST;
        else if (this.reports.has(s.section.doc)) total *= REPORT_RANK;
        return { s, score: total };
      });
      // A section holding more of what is asked ranks above one matching a few words strongly.
      const known = q.terms.map((t) => this.isKnown(t));
      const match = this.matcher(q, holds);
      const ranked = hits
        .map(({ s, score }) => {
          const coverage = this.coverage(q, s, known, match);
          const namesKind = q.kindModifiers.every((t) => match(t, s) > 0);
          return {
            section: s.section,
            score: score * (1 - COVERAGE_RANK + COVERAGE_RANK * coverage),
            coverage,
            namesKind,
          };
        })
        .sort((a, b) => b.score - a.score)
        .slice(0, limit);
      return ranked;
    } finally {
      for (let k = 0; k < count; k++) holds[touched[k]!] = 0;
    }
  }

  /**
   * matchOf for the sections a search touched, reading whether a section holds a term's word or
   * pieces from the tokens its postings gave it (`holds`), not from its word counts again.
   */
  private matcher(q: Query, holds: Uint32Array): (t: Term, s: IndexedSection) => number {
    const bit = new Map(q.tokens.slice(0, 32).map((t, i) => [t.token, i] as const));
    // Each term's bits, worked out once per question (-1: not among the bits, looked up instead).
    const masks = new Map<Term, { word: number; pieces: number }>();
    const maskOf = (t: Term) => {
      let m = masks.get(t);
      if (m) return m;
      const word = t.word.length > 1 ? (bit.get(t.word) ?? -1) : -1;
      let pieces = 0;
      for (const p of t.pieces) {
        const b = bit.get(p);
        if (b === undefined) {
          pieces = -1;
          break;
        }
        pieces |= 1 << b;
      }
      m = { word, pieces };
      masks.set(t, m);
      return m;
    };
    return (t, s) => {
      const { word, pieces } = maskOf(t);
      const held = holds[s.ord]!;
      if (word >= 0 ? (held >>> word) & 1 : s.tf.has(t.word)) return 1;
      if (t.word.length === 1 && s.text.includes(t.word)) return CHAR_COVERAGE;
      if (pieces !== -1 ? (held & pieces) !== 0 : t.pieces.some((p) => s.tf.has(p))) return PIECE_COVERAGE;
      return s.asked.has(t.word) ? ASKED_COVERAGE : 0;
    };
  }

  /** How well one sentence answers the question (see passageScore). */
  scorePassage(q: Query, sentence: string, context: SectionContext = NO_CONTEXT, list = false): number {
    return passageScore(q, analysePassage(this.tokenizer, sentence, list), context);
  }

  /** The headings' part in scoring a section's sentences (kept in the index for its own sections). */
  contextOf(section: PolicySection): SectionContext {
    return this.bySection.get(section)?.context ?? contextOf(this.tokenizer, section);
  }

  /**
   * A section's passages as analysed when it was indexed: answering quotes them without
   * cutting them with jieba again (that was 44% of an answer's time).
   */
  passagesOf(section: PolicySection): readonly AnalysedPassage[] {
    return (
      this.bySection.get(section)?.passages ??
      splitPassages(section.body).map((p) => analysePassage(this.tokenizer, p.text, p.list, p.line))
    );
  }

  /**
   * A token's postings in a field, as the sections' places and BM25's saturated term frequency
   * (the part of a section's score that doesn't depend on the question), worked out on the
   * token's first search: walking tuples and weighing each again was most of a search's time.
   */
  private weighed(field: 'word' | 'char' | 'asked', token: string): WeighedPostings {
    const cache = this.weighedCache[field];
    const cached = cache.get(token);
    if (cached) return cached;
    const asked = field === 'asked' ? this.askedTables() : undefined;
    const list = (asked ?? (field === 'char' ? this.charTables() : { postings: this.postings })).postings.get(token);
    // A token no section holds is not kept: a running bot is sent words without end.
    if (!list) return NO_POSTINGS;
    const ords = new Int32Array(list.length);
    const parts = new Float64Array(list.length);
    list.forEach(([s, f], k) => {
      const norm = asked
        ? f + K1 * (1 - B + (B * s.askedLength) / asked.avgLength)
        : f + K1 * (1 - B + (B * s.length) / this.avgLength);
      ords[k] = s.ord;
      parts[k] = (f * (K1 + 1)) / norm;
    });
    const weighed = { ords, parts };
    cache.set(token, weighed);
    return weighed;
  }

  /** The best sentence of a section for the question. */
  private bestPassage(
    s: IndexedSection,
    q: Query,
    tokens: Query['tokens'],
    phrases: Query['phrases'],
    pairs: Query['pairs'],
  ): number {
    // Only what the section holds can be in one of its sentences: the rest is not looked for
    // sentence by sentence (the same score, a fraction of the work).
    const held: PassageQuery = {
      tokens,
      inHeading: tokens.map((t) => s.context.heading.has(t.token)),
      pairs,
      phrases,
      days: q.days,
      kind: q.kind,
      amounts: q.amounts,
      units: q.units,
      listing: q.listing,
    };
    const byWord = this.passageWords.get(s) ?? new PassagesByWord(s.passages);
    this.passageWords.set(s, byWord);
    return bestPassageScore(held, s.passages, s.context, (w, char) => byWord.holding(w, char));
  }

  /** `known[i]`: whether the documents know the question's i-th term (see isKnown), worked out once per question. */
  private coverage(
    q: Query,
    s: IndexedSection,
    known: readonly boolean[],
    match: (t: Term, s: IndexedSection) => number,
  ): number {
    let covered = 0;
    let total = 0;
    const { terms } = q;
    for (let i = 0; i < terms.length; i++) {
      const t = terms[i]!;
      const weight = Math.max(MIN_SALIENCE, t.salience);
      const found = this.docNames.get(t.word) === s.section.doc ? 1 : match(t, s);
      covered += weight * found;
      total += found || !known[i] ? weight : weight * MISSED_KNOWN;
    }
    return total ? covered / total : 0;
  }

  /**
   * Whether the documents use the word, a telling piece of it ("车祸" of "出车祸") or, for
   * a lone character, the character: a content word they never use ("怀孕", "在家")
   * means the question is about something they don't cover.
   */
  mentions(t: Term): boolean {
    if (t.core) return t.core.length === 1 ? this.writesChar(t.core) : this.knows(t.core);
    if (t.word.length === 1) return this.writesChar(t.word);
    // Only the last piece, the head of a Chinese compound, says what the word is a kind of:
    // "出车祸" is a 车祸, but "母亲节" is not a 母亲 and "年终奖" is not a 年终.
    const head = t.pieces.at(-1);
    return this.knows(t.word) || (head !== undefined && this.df.has(head) && salienceOf(head) >= SALIENT_PIECE);
  }

  private isKnown(t: Term): boolean {
    if (t.word.length === 1) return this.writesChar(t.word);
    return this.knows(t.word) || t.pieces.some((p) => this.df.has(p));
  }

  /** Whether a section's text or locating headings hold the character. */
  private writesChar(char: string): boolean {
    return this.charTables().df.has(char);
  }

  /**
   * How often each character occurs in each section, for lone characters in questions ("借",
   * "扣"). Counted at the end of a build; an index read back from its snapshot counts them on
   * the first question that needs them, not at start-up (counting every character of the
   * documents was most of reading it back).
   */
  /**
   * The questions field's document frequencies and postings, counted on the first question (the
   * compiled start reads the index back and answers nothing yet: this was a tenth of its time).
   */
  private askedTables(): AskedTables {
    if (this.asked) return this.asked;
    const tables: AskedTables = { df: new Map(), postings: new Map(), avgLength: 0 };
    let total = 0;
    let count = 0;
    for (const s of this.sections) {
      if (!s.askedLength) continue;
      total += s.askedLength;
      count++;
      for (const [t, f] of s.asked) {
        tables.df.set(t, (tables.df.get(t) ?? 0) + 1);
        getOrAdd(tables.postings, t).push([s, f]);
      }
    }
    this.asked = { ...tables, avgLength: total / Math.max(1, count) };
    return this.asked;
  }

  private charTables(): CharTables {
    if (this.chars) return this.chars;
    const tables: CharTables = { df: new Map(), postings: new Map() };
    for (const s of this.sections) {
      const counts = new Map<string, number>();
      for (const c of s.text) counts.set(c, (counts.get(c) ?? 0) + 1);
      for (const [c, f] of counts) {
        tables.df.set(c, (tables.df.get(c) ?? 0) + 1);
        getOrAdd(tables.postings, c).push([s, f]);
      }
    }
    this.chars = tables;
    return tables;
  }

  private idfOf(df: number): number {
    const n = this.sections.length;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /**
   * Words of a document's title that no other title uses and no other document's text
   * uses either: the organisation's name, which staff put in front of a question.
   */
  private findDocNames(documents: readonly PolicyDocument[], tokenizer: Tokenizer): void {
    const titleWords = documents.map((d) => new Set(tokenizer.terms(`${d.title} ${d.short}`).map((t) => t.word)));
    documents.forEach((doc, i) => {
      for (const w of titleWords[i]!) {
        if (titleWords.some((other, j) => j !== i && other.has(w))) continue;
        const usedElsewhere = documents.some((other, j) => j !== i && other.sections.some((s) => s.body.includes(w)));
        if (!usedElsewhere && w.length >= 2) this.docNames.set(w, doc.slug);
      }
    });
  }
}

function contextOf(tokenizer: Tokenizer, section: PolicySection): SectionContext {
  return {
    heading: new Set(section.path.slice(-LOCATING_HEADINGS).flatMap((h) => tokenizer.tokens(h))),
    kinds: headingKinds(section.path.at(-1) ?? ''),
  };
}

function getOrAdd<K, V>(map: Map<K, V[]>, key: K): V[] {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  return list;
}

/**
 * The `k` places with the highest scores, highest first, ties in their given order: what a stable
 * sort and a slice would give, without sorting the hundreds of sections a word touches.
 */
function highestOrds(ords: Int32Array, count: number, scores: Float64Array, k: number): number[] {
  const top: number[] = [];
  for (let i = 0; i < count; i++) {
    const ord = ords[i]!;
    const score = scores[ord]!;
    if (top.length === k && score <= scores[top[k - 1]!]!) continue;
    let at = top.length;
    while (at > 0 && scores[top[at - 1]!]! < score) at--;
    top.splice(at, 0, ord);
    if (top.length > k) top.pop();
  }
  return top;
}
