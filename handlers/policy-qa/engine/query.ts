import { answerKind, asksForSum, type AnswerKind } from '../answer-kind.ts';
import { askedDays } from '../leave-days.ts';
import type { Term, Tokenizer } from '../tokenizer.ts';
import type { LearnedVocabulary } from '../../../data/org/learned-vocabulary.ts';
import { AMOUNT, EXPAND_WEIGHT, FILLER_RANK_WEIGHT, KIND_MODIFIER, KIND_NOUN, ONCE, PIECE_WEIGHT } from './tuning.ts';

export interface QueryToken {
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
  /**
   * The kinds of fact its other clauses ask ("个案结案要谁同意 结案后还要跟进多久": who, and how long):
   * a quote stating the first kind only answers half of it.
   */
  readonly alsoKinds: readonly AnswerKind[];
  /** Asks for a sum of money ("培训费支持多少"): a rule stating one answers it (see asksForSum). */
  readonly sum: boolean;
  /** Asks for several things ("交哪些东西"): a list answers best. */
  readonly listing: boolean;
  /** The amounts the question names ("2年", "3次"): a table row for that amount answers it. */
  readonly amounts: readonly string[];
  /**
   * The units the question says a number in, as patterns of a number in that unit ("17岁" → 18周岁):
   * a threshold stated in the unit asked answers it, when no sentence names the amount itself.
   */
  readonly units: readonly RegExp[];
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

/** What query analysis needs to know about the documents. */
export interface CorpusStats {
  readonly tokenizer: Tokenizer;
  /** The idf of a word, or of a lone character found anywhere in the text. */
  idf(term: string): number;
  charIdf(char: string): number;
  /** The document a word names ("普惠"), if it names one. */
  docNamed(word: string): string | undefined;
  /** The idf of a string written as such in the sections, or 0 when none writes it. */
  phraseIdf(text: string): number;
  writes(text: string): boolean;
}

/**
 * Tokenizes and weighs a question once, for search() and the passage scores. `vocabulary`: the
 * organisation's learned words (none for an organisation without the file).
 */
export function analyseQuery(question: string, stats: CorpusStats, vocabulary: LearnedVocabulary = NONE): Query {
  const terms = withLearned(uniqueTerms(stats.tokenizer.terms(question)), vocabulary);
  const namedDoc = terms.map((t) => stats.docNamed(t.word)).find((d) => d !== undefined);
  // The organisation named ("绿叶…") picks the document; its name in a preamble says nothing about the rule.
  const tokens = queryTokens(namedDoc ? terms.filter((t) => stats.docNamed(t.word) === undefined) : terms, stats);
  const weight = new Map(tokens.map((t) => [t.token, t.weight]));
  const pairs = terms.slice(1).map((t, i) => {
    const before = terms[i]!.word;
    return [before, t.word, Math.min(weight.get(before) ?? 0, weight.get(t.word) ?? 0)] as const;
  });
  const kindModifiers = terms.filter((t, i) => {
    const next = terms[i + 1];
    if (next === undefined || !KIND_NOUN.test(next.word) || t.context || t.salience < KIND_MODIFIER) return false;
    return question.includes(t.word + next.word) && !stats.writes(t.word + next.word);
  });
  const amounts = terms.filter((t) => AMOUNT.test(t.word) && !ONCE.test(t.word)).map((t) => t.word);
  return {
    phrases: phrasesOf(question, terms, stats),
    kindModifiers,
    terms,
    tokens,
    days: /假|休/.test(question) ? askedDays(question) : undefined,
    namedDoc,
    kind: answerKind(question),
    alsoKinds: alsoKindsOf(question),
    sum: asksForSum(question),
    listing: /哪些|哪几/.test(question),
    amounts,
    units: unitsOf(question),
    pairs,
  };
}

/** A number, in figures or in Chinese, as documents write thresholds ("18周岁", "二小时"). */
const NUMBER = '(?:\\d{1,3}(?:\\.\\d+)?|[一二两三四五六七八九十百]+)';
/**
 * A number in each unit, as documents also write the unit (周岁 for 岁, 钟头 for 小时, 块 for 元).
 * A four-digit year ("2017年") is no number of years: numbers of at most three figures. Made once,
 * not for every question.
 */
const UNIT_PATTERNS = [
  '周?岁',
  '个?(?:小时|钟头)',
  '分钟',
  '个?(?:工作)?天',
  '个月',
  '年(?!度)',
  '次',
  '(?:元|块)',
  '篇',
].map((unit) => new RegExp(`(?<![\\d.])${NUMBER}${unit}`));

/** The units the question says a number in ("17岁", "一个小时"), as patterns to find them in a sentence. */
function unitsOf(question: string): RegExp[] {
  return UNIT_PATTERNS.filter((unit) => unit.test(question));
}

/** The kinds asked by a question's clauses besides the first kind it asks (see Query.alsoKinds). */
function alsoKindsOf(question: string): AnswerKind[] {
  const clauses = question.split(/[\s，,。？?！!；;]+/).filter(Boolean);
  if (clauses.length < 2) return [];
  const first = answerKind(question);
  const kinds: AnswerKind[] = [];
  for (const clause of clauses) {
    const kind = answerKind(clause);
    if (kind && kind !== first && !kinds.includes(kind)) kinds.push(kind);
  }
  return kinds;
}

function phrasesOf(question: string, terms: readonly Term[], stats: CorpusStats): Query['phrases'] {
  const out: { text: string; weight: number }[] = [];
  const lower = question.toLowerCase();
  for (let i = 0; i + 1 < terms.length; i++) {
    const text = terms[i]!.word + terms[i + 1]!.word;
    // Two words, not a word and a lone character ("休产假", "工作满"), which only add noise.
    const pair = [terms[i]!, terms[i + 1]!];
    if (pair.some((t) => t.context || t.word.length < 2)) continue;
    if (!lower.includes(text) || out.some((p) => p.text === text)) continue;
    const weight = stats.phraseIdf(text);
    if (weight) out.push({ text, weight });
  }
  return out;
}

function queryTokens(terms: readonly Term[], stats: CorpusStats): QueryToken[] {
  // Filler words ("一年", "今年") rank sections less than the words the question is about.
  const weights = new Map<string, { weight: number; char: boolean }>();
  const add = (token: string, weight: number) => {
    const char = token.length === 1 && /[\u4e00-\u9fff]/.test(token);
    const w = weight * (char ? stats.charIdf(token) : stats.idf(token));
    if (w > (weights.get(token)?.weight ?? 0)) weights.set(token, { weight: w, char });
  };
  for (const t of terms) {
    const w = FILLER_RANK_WEIGHT + (1 - FILLER_RANK_WEIGHT) * t.salience;
    add(t.word, w);
    for (const p of t.pieces) add(p, w * PIECE_WEIGHT);
  }
  return [...weights].map(([token, { weight, char }]) => ({ token, weight, char }));
}

function uniqueTerms(terms: readonly Term[]): Term[] {
  const seen = new Map<string, Term>();
  for (const t of terms) if (!seen.has(t.word)) seen.set(t.word, t);
  return [...seen.values()];
}

/**
 * A word staff ask with is also looked for as the document words learned for it ("打车" →
 * "出租车"), as pieces of it: weaker evidence than the word, and the why of a match stays
 * readable (the organisation's learned-vocabulary.json lists what each word is looked for as).
 */
function withLearned(terms: Term[], vocabulary: LearnedVocabulary): Term[] {
  if (!vocabulary.size) return terms;
  return terms.map((t) => {
    const learned = t.context ? undefined : vocabulary.get(t.word);
    if (!learned) return t;
    const pieces = [...t.pieces, ...learned.filter((w) => w !== t.word && !t.pieces.includes(w))];
    return { ...t, pieces };
  });
}

const NONE: LearnedVocabulary = new Map();

/**
 * The query with the words of another question added, weaker than its own (EXPAND_WEIGHT of
 * their idf): the question staff ask of a section nearest this one often names the fact in the words the
 * section's sentence uses (「未满18岁能来应聘吗」 for 「17岁可以来应聘吗」), which picks that sentence.
 */
export function withWords(query: Query, words: readonly string[], stats: CorpusStats): Query {
  const have = new Set(query.tokens.map((t) => t.token));
  const added = words
    .filter((w) => !have.has(w) && w.length > 1)
    .map((token) => ({ token, weight: EXPAND_WEIGHT * stats.idf(token), char: false }));
  return added.length ? { ...query, tokens: [...query.tokens, ...added] } : query;
}
