import type { PolicyDocument, PolicySection } from '../../data/org/policy-document.ts';
import { ANSWER_KINDS, answerKind, headingKinds, statesKind, type AnswerKind } from './answer-kind.ts';
import { salienceOf } from './general-idf.ts';
import { askedDays, dayRanges, type DayRange } from './leave-days.ts';
import { splitPassages } from './sentences.ts';
import type { Term, Tokenizer } from './tokenizer.ts';

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

/** A sentence or list item, analysed once when the index is built. */
interface Passage {
  readonly words: ReadonlySet<string>;
  /** The words in order (pieces left out), for the proximity bonus. */
  readonly sequence: readonly string[];
  readonly chars: ReadonlySet<string>;
  /** The sentence lower-cased, to find the question's phrases ("交通补贴") in it. */
  readonly text: string;
  readonly ranges: readonly DayRange[];
  readonly kinds: ReadonlySet<AnswerKind>;
  readonly list: boolean;
}

/** What a section's headings add to each of its sentences. */
export interface SectionContext {
  /** The tokens of the headings that locate the section. */
  readonly heading: ReadonlySet<string>;
  /** What the section's own heading answers ("（二）行政部": who). */
  readonly kinds: ReadonlySet<AnswerKind>;
}

const NO_CONTEXT: SectionContext = { heading: new Set(), kinds: new Set() };

interface IndexedSection {
  readonly section: PolicySection;
  readonly tf: Map<string, number>;
  readonly length: number;
  /** Each sentence (or list item) and its tokens, for the best-passage score. */
  readonly passages: readonly Passage[];
  readonly context: SectionContext;
  /** The section's locating headings and text, lower-cased, to find phrases in. */
  readonly text: string;
  /** The characters of the section's text and headings, to find a lone one ("借", "扣") inside words. */
  readonly chars: Map<string, number>;
}

const K1 = 1.2;
const B = 0.5;
/** Headings say what a section is about: their words count this many times. */
const HEADING_WEIGHT = 3;
const PARENT_HEADING_WEIGHT = 1;
/** How many of the lowest headings locate a section ("四、项目部绩效考核 › 第一节 社综 › （三）考核频率"); the top ones are shared by too many. */
const LOCATING_HEADINGS = 3;
/** A two-character piece of a longer word is weaker evidence than the word itself. */
const PIECE_WEIGHT = 0.5;
/** How much a word of no salience still counts when ranking, against 1 for a content word. */
const FILLER_RANK_WEIGHT = 0.3;
/** Weight of the best single sentence (with the headings) against the whole-section score. */
const PASSAGE_WEIGHT = 1;
/** In a passage, a word found only in the headings counts this much of a word in the sentence. */
const PASSAGE_HEADING = 0.5;
/** A sentence whose day range holds the asked length ("1-2.5天" for two days) gains this. */
const DAYS_BONUS = 3;
/** Two neighbouring words of the question that are neighbours in a sentence add this share of their weight. */
const PROXIMITY = 0.5;
const PROXIMITY_WINDOW = 3;
/** A sentence naming the amount the question names ("满2年：110元/月" for "满两年") gains this. */
const AMOUNT_BONUS = 2;
/** "2年", "3次", "0.5天": a count with its unit; a year ("2018年") is not an amount. */
const AMOUNT = /^\d{1,3}(\.\d+)?个?[^\d.]/;
/** "多久考核一次": "一次" is how often, not an amount to look up in a table. */
const ONCE = /^1次$/;
/** A sentence that states the kind of fact asked for (a date for "几号") gains this. */
const KIND_BONUS = 2;
/** How much the share of the question a section holds weighs in its rank (0: not at all). */
const COVERAGE_RANK = 0.5;
/** How many of the best sections by their words are re-ranked by their best sentence. */
const RERANKED = 40;
/** A question naming one organisation ("普惠的…") ranks that organisation's document higher. */
const NAMED_DOC_BOOST = 1.3;
/** A plan's or report's section ranks at this share of its score unless the question names its organisation. */
const REPORT_RANK = 0.97;
/** A phrase of the question found in a sentence (or a section) adds this share of its idf. */
const PHRASE_WEIGHT = 0.5;
/** A lone character ("薪", "休") found inside other words ("薪酬") is weak evidence. */
const CHAR_COVERAGE = 0.5;
/** A word found only through one of its pieces counts this much towards coverage. */
const PIECE_COVERAGE = 0.75;
/** A word the documents use elsewhere but this section lacks counts this much against it. */
const MISSED_KNOWN = 0.65;
/** A piece of a longer word ("下来" of "拍下来") shows the documents know the word only if it says this much. */
const SALIENT_PIECE = 0.3;
/** Nouns naming a kind of something: "生育津贴" is a 津贴, "在职证明" a 证明. */
const KIND_NOUN = /^(津贴|补贴|补助|费|费用|假|证明|协议|合同|奖|奖金|保险|福利|证)$/;
/** A word before one of them this telling sets the kind apart ("生育"), rather than describing it. */
const KIND_MODIFIER = 0.5;
/** Even filler words count a little, so a question made only of them isn't empty. */
const MIN_SALIENCE = 0.05;

interface QueryToken {
  readonly token: string;
  readonly weight: number;
  /** A lone character, matched anywhere in the text rather than as a word. */
  readonly char: boolean;
}

/** A question as the index searches for it. */
export interface Query {
  readonly terms: readonly Term[];
  readonly tokens: readonly QueryToken[];
  /** The length of leave asked about, if any ("请两天假" → 2). */
  readonly days: number | undefined;
  /** The document the question names ("普惠的…"), if any. */
  readonly namedDoc: string | undefined;
  /** The kind of fact asked for ("几号" → a date), if any. */
  readonly kind: AnswerKind | undefined;
  /** Asks for several things ("交哪些东西"): a list answers best. */
  readonly listing: boolean;
  /** The amounts the question names ("2年", "3次"): a table row for that amount answers it. */
  readonly amounts: readonly string[];
  /** Neighbouring words of the question and the smaller of their weights. */
  readonly pairs: readonly (readonly [string, string, number])[];
  /**
   * Neighbouring words of the question that the documents also write together ("交通补贴"),
   * weighted by how few sections do: a phrase says more than its words apart.
   */
  readonly phrases: readonly { readonly text: string; readonly weight: number }[];
  /** What sets apart each kind of thing the question names that the documents never write ("生育" of "生育津贴"). */
  readonly kindModifiers: readonly Term[];
}

/** BM25 over the sections of the organisation's documents, with a best-passage score. */
export class PolicyIndex {
  private readonly sections: IndexedSection[] = [];
  private readonly df = new Map<string, number>();
  private readonly charDf = new Map<string, number>();
  /** Word → the sections holding it and how often; the same for lone characters. */
  private readonly postings = new Map<string, [IndexedSection, number][]>();
  private readonly charPostings = new Map<string, [IndexedSection, number][]>();
  private avgLength = 0;
  /** Words that name one document ("普惠", "众爱"), with that document's slug. */
  private readonly docNames = new Map<string, string>();
  /** Plans and reports: between two equally good answers, a rule is quoted rather than a report of work. */
  private reports: ReadonlySet<string> = new Set();
  /** All the documents' text, headings included, to tell whether they ever write a string. */
  private corpus = '';

  /** Builds the index at once (tests, the CLI, start-up). */
  constructor(
    documents: readonly PolicyDocument[],
    readonly tokenizer: Tokenizer,
    building?: (steps: Iterable<void>) => void,
  ) {
    const steps = this.build(documents);
    if (building) building(steps);
    else for (const _ of steps);
  }

  /**
   * Builds the index a section at a time, pausing between sections so a reload while the
   * bot runs doesn't hold up every message for the seconds the whole build takes.
   */
  static async buildPaused(documents: readonly PolicyDocument[], tokenizer: Tokenizer, pause: () => Promise<void>): Promise<PolicyIndex> {
    let steps: Iterable<void> = [];
    const index = new PolicyIndex(documents, tokenizer, (s) => (steps = s));
    for (const _ of steps) await pause();
    return index;
  }

  private *build(documents: readonly PolicyDocument[]): Generator<void> {
    const tokenizer = this.tokenizer;
    let total = 0;
    for (const doc of documents) {
      for (const section of doc.sections) {
        const tokens = tokenizer.tokens(section.body);
        // The section's own heading says most about it; its parent's is shared with its siblings.
        const [own = '', ...parents] = [...section.path].reverse();
        for (let i = 0; i < HEADING_WEIGHT; i++) tokens.push(...tokenizer.tokens(own));
        for (let i = 0; i < PARENT_HEADING_WEIGHT; i++) for (const h of parents.slice(0, LOCATING_HEADINGS - 1)) tokens.push(...tokenizer.tokens(h));
        const tf = new Map<string, number>();
        for (const t of tokens) tf.set(t, (tf.get(t) ?? 0) + 1);
        for (const t of tf.keys()) this.df.set(t, (this.df.get(t) ?? 0) + 1);
        const text = `${section.path.slice(-LOCATING_HEADINGS).join(' ')}\n${section.body}`.toLowerCase();
        const chars = new Map<string, number>();
        for (const c of text) chars.set(c, (chars.get(c) ?? 0) + 1);
        for (const c of chars.keys()) this.charDf.set(c, (this.charDf.get(c) ?? 0) + 1);
        const passages = splitPassages(section.body).map((p) => this.passage(p.text, p.list));
        const indexed: IndexedSection = { section, tf, length: tokens.length, passages, context: this.contextOf(section), chars, text };
        this.sections.push(indexed);
        for (const [t, f] of tf) getOrAdd(this.postings, t).push([indexed, f]);
        for (const [c, f] of chars) getOrAdd(this.charPostings, c).push([indexed, f]);
        total += tokens.length;
        yield;
      }
    }
    this.reports = new Set(documents.filter((d) => d.kind !== 'rules').map((d) => d.slug));
    this.corpus = documents.flatMap((d) => d.sections.map((s) => `${s.path.join('\n')}\n${s.body}`)).join('\n').toLowerCase();
    this.avgLength = total / Math.max(1, this.sections.length);
    this.findDocNames(documents);
    tokenizer.useVocabulary((w) => this.df.has(w));
  }

  get size(): number {
    return this.sections.length;
  }

  idf(term: string): number {
    return this.idfOf(this.df.get(term) ?? 0);
  }

  /** Whether any document has this string anywhere, inside words or across them. */
  writes(text: string): boolean {
    return this.corpus.includes(text.toLowerCase());
  }

  /** Whether any document uses the word. */
  knows(term: string): boolean {
    return this.df.has(term) || this.docNames.has(term);
  }

  /** Tokenizes and weighs a question once, for search() and scorePassage(). */
  query(question: string): Query {
    const terms = uniqueTerms(this.tokenizer.terms(question));
    const namedDoc = terms.map((t) => this.docNames.get(t.word)).find((d) => d !== undefined);
    // The organisation named ("绿叶…") picks the document; its name in a preamble says nothing about the rule.
    const tokens = this.queryTokens(namedDoc ? terms.filter((t) => !this.docNames.has(t.word)) : terms);
    const weight = new Map(tokens.map((t) => [t.token, t.weight]));
    const pairs = terms.slice(1).map((t, i) => [terms[i]!.word, t.word, Math.min(weight.get(terms[i]!.word) ?? 0, weight.get(t.word) ?? 0)] as const);
    const kindModifiers = terms.filter((t, i) => {
      const next = terms[i + 1];
      return next !== undefined && KIND_NOUN.test(next.word) && !t.context && t.salience >= KIND_MODIFIER && question.includes(t.word + next.word) && !this.writes(t.word + next.word);
    });
    const phrases = this.phrasesOf(question, terms);
    return { phrases, kindModifiers, terms, tokens, days: /假|休/.test(question) ? askedDays(question) : undefined, namedDoc, kind: answerKind(question), listing: /哪些|哪几/.test(question), amounts: terms.filter((t) => AMOUNT.test(t.word) && !ONCE.test(t.word)).map((t) => t.word), pairs };
  }

  private phrasesOf(question: string, terms: readonly Term[]): Query['phrases'] {
    const out: { text: string; weight: number }[] = [];
    const lower = question.toLowerCase();
    for (let i = 0; i + 1 < terms.length; i++) {
      const text = terms[i]!.word + terms[i + 1]!.word;
      // Two words, not a word and a lone character ("休产假", "工作满"), which only add noise.
      const pair = [terms[i]!, terms[i + 1]!];
      if (pair.some((t) => t.context || t.word.length < 2) || !lower.includes(text) || out.some((p) => p.text === text)) continue;
      const df = this.sections.filter((s) => s.text.includes(text)).length;
      if (df) out.push({ text, weight: this.idfOf(df) });
    }
    return out;
  }

  search(question: string | Query, limit = 3): SectionHit[] {
    const q = typeof question === 'string' ? this.query(question) : question;
    if (!q.terms.length) return [];
    const bm25 = new Map<IndexedSection, number>();
    for (const t of q.tokens) {
      for (const [s, f] of (t.char ? this.charPostings : this.postings).get(t.token) ?? []) {
        const norm = f + K1 * (1 - B + (B * s.length) / this.avgLength);
        bm25.set(s, (bm25.get(s) ?? 0) + t.weight * ((f * (K1 + 1)) / norm));
      }
    }
    // The sentence-level score only reorders the sections the words already found.
    const candidates = [...bm25].sort((a, b) => b[1] - a[1]).slice(0, RERANKED);
    const hits = candidates.map(([s, score]) => {
      let total = score + PASSAGE_WEIGHT * this.bestPassage(s, q);
      for (const ph of q.phrases) if (s.text.includes(ph.text)) total += ph.weight * PHRASE_WEIGHT;
      // "满三年的工龄工资": the section with the row for that amount, not the one describing the rule.
      if (q.amounts.some((a) => s.tf.has(a))) total += AMOUNT_BONUS;
      if (q.namedDoc === s.section.doc) total *= NAMED_DOC_BOOST;
      else if (this.reports.has(s.section.doc)) total *= REPORT_RANK;
      return { s, score: total };
    });
    // A section holding more of what is asked ranks above one matching a few words strongly.
    return hits
      .map(({ s, score }) => {
        const coverage = this.coverage(q, s);
        const namesKind = q.kindModifiers.every((t) => this.matchOf(t, s) > 0);
        return { section: s.section, score: score * (1 - COVERAGE_RANK + COVERAGE_RANK * coverage), coverage, namesKind };
      })
      .sort((a, b) => b.score - a.score)
      .slice(0, limit);
  }

  /**
   * How well one sentence answers the question: the weight of the question's words in it
   * (words only in the section's headings count half), neighbouring words kept together,
   * and bonuses when its day range holds the asked length of leave and when it states the
   * kind of fact asked for.
   */
  scorePassage(q: Query, sentence: string, context: SectionContext = NO_CONTEXT, list = false): number {
    return this.passageScore(q, this.passage(sentence, list), context);
  }

  /** The headings' part in scoring a section's sentences. */
  contextOf(section: PolicySection): SectionContext {
    return {
      heading: new Set(section.path.slice(-LOCATING_HEADINGS).flatMap((h) => this.tokenizer.tokens(h))),
      kinds: headingKinds(section.path.at(-1) ?? ''),
    };
  }

  private passage(sentence: string, list = false): Passage {
    return {
      list,
      words: new Set(this.tokenizer.tokens(sentence)),
      sequence: this.tokenizer.terms(sentence).map((t) => t.word),
      chars: new Set(sentence.toLowerCase()),
      text: sentence.toLowerCase(),
      ranges: dayRanges(sentence),
      kinds: new Set(ANSWER_KINDS.filter((k) => statesKind(sentence, k))),
    };
  }

  private passageScore(q: Query, p: Passage, { heading, kinds }: SectionContext): number {
    let sum = 0;
    for (const t of q.tokens) {
      if (p.words.has(t.token) || (t.char && p.chars.has(t.token))) sum += t.weight;
      else if (heading.has(t.token)) sum += t.weight * PASSAGE_HEADING;
    }
    if (sum <= 0) return 0;
    for (const [a, b, w] of q.pairs) if (w > 0 && inOrderNear(p.sequence, a, b)) sum += w * PROXIMITY;
    const days = q.days;
    if (days !== undefined && p.ranges.some((r) => days >= r.from && days <= r.to)) sum += DAYS_BONUS;
    if (q.kind && (p.kinds.has(q.kind) || kinds.has(q.kind))) sum += KIND_BONUS;
    if (q.amounts.some((a) => p.words.has(a))) sum += AMOUNT_BONUS;
    if (q.listing && p.list) sum += KIND_BONUS;
    for (const ph of q.phrases) if (p.text.includes(ph.text)) sum += ph.weight * PHRASE_WEIGHT;
    return sum;
  }

  private queryTokens(terms: readonly Term[]): QueryToken[] {
    // Filler words ("一年", "今年") rank sections less than the words the question is about.
    const weights = new Map<string, { weight: number; char: boolean }>();
    const add = (token: string, weight: number) => {
      const char = token.length === 1 && /[\u4e00-\u9fff]/.test(token);
      const idf = char ? this.idfOf(this.charDf.get(token) ?? 0) : this.idf(token);
      const w = weight * idf;
      if (w > (weights.get(token)?.weight ?? 0)) weights.set(token, { weight: w, char });
    };
    for (const t of terms) {
      const w = FILLER_RANK_WEIGHT + (1 - FILLER_RANK_WEIGHT) * t.salience;
      add(t.word, w);
      for (const p of t.pieces) add(p, w * PIECE_WEIGHT);
    }
    return [...weights].map(([token, { weight, char }]) => ({ token, weight, char }));
  }

  /** The best sentence of a section for the question. */
  private bestPassage(s: IndexedSection, q: Query): number {
    let best = 0;
    for (const p of s.passages) best = Math.max(best, this.passageScore(q, p, s.context));
    return best;
  }

  private coverage(q: Query, s: IndexedSection): number {
    let covered = 0;
    let total = 0;
    for (const t of q.terms) {
      const weight = Math.max(MIN_SALIENCE, t.salience);
      const found = this.docNames.get(t.word) === s.section.doc ? 1 : this.matchOf(t, s);
      covered += weight * found;
      total += found || !this.isKnown(t) ? weight : weight * MISSED_KNOWN;
    }
    return total ? covered / total : 0;
  }

  /**
   * Whether the documents use the word, a telling piece of it ("车祸" of "出车祸") or, for
   * a lone character, the character: a content word they never use ("怀孕", "在家")
   * means the question is about something they don't cover.
   */
  mentions(t: Term): boolean {
    if (t.core) return t.core.length === 1 ? this.charDf.has(t.core) : this.knows(t.core);
    if (t.word.length === 1) return this.charDf.has(t.word);
    // Only the last piece, the head of a Chinese compound, says what the word is a kind of:
    // "出车祸" is a 车祸, but "母亲节" is not a 母亲 and "年终奖" is not a 年终.
    const head = t.pieces.at(-1);
    return this.knows(t.word) || (head !== undefined && this.df.has(head) && salienceOf(head) >= SALIENT_PIECE);
  }

  private isKnown(t: Term): boolean {
    if (t.word.length === 1) return this.charDf.has(t.word);
    return this.knows(t.word) || t.pieces.some((p) => this.df.has(p));
  }

  private matchOf(t: Term, s: IndexedSection): number {
    if (s.tf.has(t.word)) return 1;
    if (t.word.length === 1 && s.chars.has(t.word)) return CHAR_COVERAGE;
    return t.pieces.some((p) => s.tf.has(p)) ? PIECE_COVERAGE : 0;
  }

  private idfOf(df: number): number {
    const n = this.sections.length;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /**
   * Words of a document's title that no other title uses and no other document's text
   * uses either: the organisation's name, which staff put in front of a question.
   */
  private findDocNames(documents: readonly PolicyDocument[]): void {
    const titleWords = documents.map((d) => new Set(this.tokenizer.terms(`${d.title} ${d.short}`).map((t) => t.word)));
    documents.forEach((doc, i) => {
      for (const w of titleWords[i]!) {
        if (titleWords.some((other, j) => j !== i && other.has(w))) continue;
        const usedElsewhere = documents.some((other, j) => j !== i && other.sections.some((s) => s.body.includes(w)));
        if (!usedElsewhere && w.length >= 2) this.docNames.set(w, doc.slug);
      }
    });
  }
}

/** Whether `b` follows `a` within a few words, as in the question ("组长…请假" in "组长/中心主任请假"). */
function inOrderNear(sequence: readonly string[], a: string, b: string): boolean {
  for (let i = 0; i < sequence.length; i++) {
    if (sequence[i] !== a) continue;
    for (let j = i + 1; j <= i + PROXIMITY_WINDOW && j < sequence.length; j++) if (sequence[j] === b) return true;
  }
  return false;
}

function getOrAdd<K, V>(map: Map<K, V[]>, key: K): V[] {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  return list;
}

function uniqueTerms(terms: readonly Term[]): Term[] {
  const seen = new Map<string, Term>();
  for (const t of terms) if (!seen.has(t.word)) seen.set(t.word, t);
  return [...seen.values()];
}
