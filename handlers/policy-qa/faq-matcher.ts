import type { FaqEntry } from '../../data/org/faq.ts';
import { answerKind, REQUIRED_KINDS, statesCount, statesKind, type AnswerKind } from './answer-kind.ts';
import type { Term, Tokenizer } from './tokenizer.ts';

/** How close a question must be to one of HR's FAQ questions for the FAQ answer to win. */
const FAQ_THRESHOLD = 0.75;
/** Recall counts this many times as much as precision. */
const BETA = 2;
/** β², worked out once: `BETA ** 2` was a call to Math.pow for each of the hundreds of questions compared. */
const BETA_SQUARED = BETA * BETA;
/** An amount or a time a person adds ("下个月", "3天") weighs this much. */
const CONTEXT_WEIGHT = 0.2;

export type Weights = ReadonlyMap<string, number>;

/**
 * Between two questions about leave, "请", "休", "请假" and "休假" all say "take leave":
 * "结婚可以休几天" asks what HR's "结婚能请几天假" asks.
 */
const TAKE_LEAVE = /^(请|休|请假|休假)$/;
/**
 * …and between two questions about a contribution or a form, 买, 交 and 缴 all say "pay in" or
 * "hand in": 「公积金啥时候开始交」 asks what HR's 「公积金什么时候开始买」 asks (the nouns still
 * decide which row: 月报 is not 公积金).
 */
const PAY_IN = /^(买|购买|交|上交|缴|缴纳|缴交)$/;

/** Matches a question against HR's curated FAQ by the weighted overlap of their words. */
export class FaqMatcher {
  private weighed:
    | { entry: FaqEntry; questions: { words: WordList; total: number; kind: AnswerKind | undefined }[] }[]
    | undefined;

  constructor(
    private readonly faq: readonly FaqEntry[],
    private readonly tokenizer: Tokenizer,
    private readonly idf: (t: string) => number,
    private readonly knows: (t: string) => boolean,
  ) {}

  /** HR's questions, cut and weighed on the first question asked (not at start-up: see shared-jieba.ts). */
  private get entries() {
    this.weighed ??= this.faq.map((entry) => ({
      entry,
      questions: entry.questions.map((q) => {
        const weights = this.weigh(q);
        return {
          words: { words: [...weights.keys()], weights: [...weights.values()] },
          total: totalOf(weights),
          kind: answerKind(q),
        };
      }),
    }));
    return this.weighed;
  }

  match(question: string, threshold = FAQ_THRESHOLD): { entry: FaqEntry; similarity: number } | undefined {
    const asked = this.weigh(question);
    if (!asked.size) return undefined;
    const kind = answerKind(question);
    const askedTotal = totalOf(asked);
    let best: { entry: FaqEntry; similarity: number } | undefined;
    for (const { entry, questions } of this.entries) {
      // HR's answer to "忘记打卡怎么办" doesn't say how many times one may make up for it: the
      // same check as for a rule from the documents.
      // Not when HR wrote the question as that kind ("公积金什么时候开始买"): HR's answer answers it.
      // Worked out only for a row near enough to win (its patterns run over HR's whole answer),
      // and inline rather than as a closure per row: this loop runs over every row for every question.
      let statesAsked: boolean | undefined;
      for (const q of questions) {
        // "社工请假要提前几天" is not "社工请假谁审批", however many words they share.
        if (kind && q.kind && !compatible(kind, q.kind)) continue;
        const similarity = similarityOf(asked, askedTotal, q.words, q.total);
        if (similarity < threshold || (best && similarity <= best.similarity)) continue;
        if (q.kind !== kind) {
          statesAsked ??=
            !kind ||
            !REQUIRED_KINDS.has(kind) ||
            (statesKind(entry.answer, kind) && statesCount(question, entry.answer));
          if (!statesAsked) continue;
        }
        best = { entry, similarity };
      }
    }
    return best;
  }

  private weigh(text: string): Weights {
    return withoutEchoes(weighQuestion(this.tokenizer.terms(text), this.idf, this.knows));
  }
}

/**
 * A lone character that a longer word of the same question already says: 「中心的停车位可以免费停吗」
 * says 停 twice, and as a word of its own 停 weighed as much as 停车位, so 「停车位免费吗」, which
 * asks the same, fell short of HR's question. Dropped on both sides, it counts once, in the
 * longer word. Only within one question: a lone character the other question lacks still counts.
 */
export function withoutEchoes(weights: Weights): Weights {
  let echoes: string[] | undefined;
  for (const word of weights.keys()) {
    if (word.length !== 1 || !HAN.test(word)) continue;
    for (const other of weights.keys()) {
      if (other.length > 1 && other.includes(word)) {
        (echoes ??= []).push(word);
        break;
      }
    }
  }
  if (!echoes) return weights;
  const kept = new Map(weights);
  for (const word of echoes) kept.delete(word);
  return kept;
}

const HAN = /\p{Script=Han}/u;

/**
 * Each word's weight, 0–1: how much it says in general Chinese (its salience) or, for
 * words like "工资" or "证明" that are common in general but tell rules apart, how rare it
 * is in the documents. An added time or amount ("下个月", "早上") weighs little.
 */
export function weighQuestion(
  terms: readonly Term[],
  idf: (t: string) => number,
  knows: (t: string) => boolean,
): Map<string, number> {
  const weights = new Map<string, number>();
  const maxIdf = idf('');
  for (const t of terms) {
    const w = t.context ? CONTEXT_WEIGHT : Math.max(t.salience, knows(t.word) ? idf(t.word) / maxIdf : 0);
    const word = TAKE_LEAVE.test(t.word) ? '请假' : PAY_IN.test(t.word) ? '缴纳' : t.word;
    weights.set(word, Math.max(weights.get(word) ?? 0, w));
  }
  return weights;
}

/** "多久才开始" and "什么时候开始" ask the same thing. */
export function compatible(a: AnswerKind, b: AnswerKind): boolean {
  return a === b || (isTime(a) && isTime(b));
}

function isTime(k: AnswerKind): boolean {
  return k === 'when' || k === 'amount';
}

/**
 * How well the asked question matches an FAQ question: every word of the FAQ question
 * should be asked (recall), and the asker's extra words ("下个月结婚，…") count less
 * (precision), as an F-measure weighted towards recall.
 */
function similarityOf(asked: Weights, askedTotal: number, faq: WordList, faqTotal: number): number {
  let shared = 0;
  const { words, weights } = faq;
  for (let i = 0; i < words.length; i++) shared += Math.min(weights[i]!, asked.get(words[i]!) ?? 0);
  return similarityFrom(shared, askedTotal, faqTotal);
}

/**
 * An FAQ question's words and their weights as two lists: walking a Map's entries made an
 * array per word for every FAQ question, for every question asked.
 */
interface WordList {
  readonly words: readonly string[];
  readonly weights: readonly number[];
}

function totalOf(weights: Weights): number {
  let total = 0;
  for (const w of weights.values()) total += w;
  return total;
}

/** The F-measure of similarityOf from its sums (the weight both share, each one's total). */
export function similarityFrom(shared: number, askedTotal: number, faqTotal: number): number {
  if (!shared) return 0;
  const recall = shared / faqTotal;
  const precision = shared / askedTotal;
  return ((1 + BETA_SQUARED) * precision * recall) / (BETA_SQUARED * precision + recall);
}
