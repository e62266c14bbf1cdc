import { NUMERAL_CHARS, parseChineseNumber } from '../../data/text/chinese-number.ts';
import { builtInRewrites } from './engine/colloquial-rewrites.ts';
import type { ColloquialRewrite } from '../understanding/rewrite-table.ts';
import { generalIdf, salienceOf } from './general-idf.ts';
import { jiebaCut, sharedJieba, teachJieba } from './shared-jieba.ts';
import { WordCuts } from './word-cuts.ts';
import { dictionaryVersion } from './jieba-files.ts';

/**
 * Words that carry no meaning for retrieval: particles, pronouns and the question words
 * staff wrap around what they actually want to know ("请问…多少天呢").
 */
const STOPWORDS = new Set(
  (
    '的 了 吗 呢 啊 吧 呀 嘛 么 哦 噢 哈 是 在 有 我 你 您 他 她 它 们 我们 你们 咱 咱们 这 那 这个 那个 这些 那些 ' +
    '什么 怎么 怎样 怎么样 如何 多少 多久 几 几天 几个 哪 哪些 哪里 哪儿 哪个 可以 可不可以 能 能不能 会 ' +
    '要 需要 是否 和 与 及 以及 或 或者 就 都 也 还 又 一个 请问 想 想问 问 问下 下 一下 咋 啥 该 应该 ' +
    '得 被 把 对 给 从 到 为 等 如果 但 但是 因为 所以 之 其 按 由 于 并 而 则 即 不 没 没有 呗 嗯 呃 ' +
    '个 时候 啥时候 什么时候 怎么办 咋办 咋整 怎么弄 知道 告诉 问问 一般 大概 具体 规定 谁 咋样 几次 几号 几份 ' +
    '多少钱 算 才 还要 还有 是不是 有没有 行不行 能否 不能 哪一级 哪家 哪天 多长 多长时间 多大 要不要 我要 来 ' +
    '些 那么 这么 这样 那样 一些 有点 有些 其实 然后 现在 已经 一定 必须 话 时 后 前 里 上 中 好 么样 ' +
    '最晚 最迟 最长 太 很 多 少 几月 哪几 哪几个 一共 总共 到底 究竟 还是 能够 可能 打算 哪年 哪一年'
  ).split(/\s+/),
);

/**
 * Auxiliaries, pronouns and particles that jieba glues to the word next to them: "会扣",
 * "能用", "我爸", "算数" (before), "交到", "写些", "休掉", "写好", "设置成", "内能" (after),
 * "加多少" (inside).
 */
const GLUED_BEFORE = new Set('会能要想我你他她它咱太很几就都也还又没不把被给让叫这那该算');
const GLUED_AFTER = new Set('到了着过些的得吗呢吧啊上去来出完掉住起好成能要');
/** A particle, pronoun or verb glued to a word in speech ("要" of "调休要", "给" of "给督导"). */
export function gluesOn(char: string): boolean {
  return GLUED_BEFORE.has(char) || GLUED_AFTER.has(char) || STOPWORDS.has(char);
}
const INNER_STOPWORDS = /多少|什么|怎么|哪些|哪里|可以|是否|多久/g;
/** A directional complement after a verb ("拍下来", "报上去", "交回去"): the verb is what is meant. */
const DIRECTIONAL = /(下来|上来|下去|上去|出来|出去|起来|过来|过去|进来|进去|回来|回去)$/;

/**
 * An amount ("3天") or a time ("下个月", "早上") is context, rarely what is asked about;
 * long numbers (phone, ID) never are.
 */
const NUMBER_SALIENCE = 0.2;
const TIME_WORD = new RegExp(
  [
    /^(今|明|后|昨|前|每|当)(天|日|年|晚|早)$|^每个?(月|周|星期|季度)$/.source,
    /^(上|下|这|本|次|当)个?(月|周|星期|礼拜|季度|半年)$/.source,
    /^(早上|上午|中午|下午|晚上|傍晚|周末|平时|以后|之后|以前|目前|最近|马上|立刻)$/.source,
  ].join('|'),
);

/**
 * Relatives in the direct line (「爷爷去世 丧假多少天」): the asker's story, like a time, not what is asked
 * about. The documents say 直系亲属 and never 爷爷, and an unknown topic word declines the question; the
 * rule on 直系亲属 is what answers it. In-laws and siblings stay unknown words (「丈母娘去世了能请丧假吗」
 * is declined, for HR to answer): they are not 直系亲属, and quoting that rule would read as a yes.
 */
const KIN_WORD =
  /^(?:我的?)?(?:爷爷|奶奶|外公|外婆|姥姥|姥爷|祖父|祖母|外祖父|外祖母|儿子|女儿|孙子|孙女|外孙|外孙女)$/;

/** How much a coined word's characters must say together (each 0–1) to be a topic: "断缴" 1.4, "办点" 0.1. */
const COINED_SALIENCE = 1;

const PUNCT = /^[\s\p{P}\p{S}]+$/u;
const HAN = /^[\u4e00-\u9fff]+$/;

/** One word of a question or a document, as the index sees it. */
export interface Term {
  /** The word, folded to its synonym group's first word. */
  readonly word: string;
  /** Two-character pieces of a word of three or more characters, folded the same way. */
  readonly pieces: readonly string[];
  /** 0–1: how much the word says about what is asked (see salienceOf). */
  readonly salience: number;
  /** An amount or a time ("3天", "下个月"): context around what is asked. */
  readonly context: boolean;
  /** For a word the documents lack that is glued to a particle ("会扣"), the word it carries ("扣"). */
  readonly core?: string;
}

/**
 * A Chinese tokenizer for retrieval: jieba's dictionary cut (no HMM guessing, which glues
 * "我能", "假能", "内要" into words), stopwords out, synonyms folded, and single characters
 * rejoined when together they are a known word ("年/会" → "年会").
 */
/** Texts whose terms are kept: one question is cut by the FAQ, the query and the nearest questions. */
const RECENT = 4;

export class Tokenizer {
  private readonly canonical = new Map<string, string>();
  private readonly userWords = new Set<string>();
  private known: (word: string) => boolean = () => true;
  /** The documents' cuts, remembered (and kept on disk) until `rememberCuts`. */
  private readonly cuts = this.newCuts();
  /**
   * The documents' terms while they are indexed (a heading is read once per section under it,
   * each sentence twice); none once `rememberCuts` is called, nor in the copy that knows the vocabulary.
   */
  private indexing: Map<string, Term[]> | undefined = new Map();
  /** The last few texts' terms (see terms). */
  private recent = new Map<string, Term[]>();

  /**
   * `synonyms`: groups of words that mean the same; each is searched as its group's first word.
   * `extraWords`: domain words jieba should keep whole (e.g. from the documents' headings).
   * `rewrites`: spoken patterns and what the documents write instead (engine/colloquial-rewrites.json).
   */
  constructor(
    synonyms: readonly (readonly string[])[] = [],
    extraWords: readonly string[] = [],
    private readonly rewrites: readonly ColloquialRewrite[] = builtInRewrites(),
  ) {
    for (const w of extraWords) this.userWords.add(w.toLowerCase());
    for (const group of synonyms) {
      const head = group[0]!.toLowerCase();
      for (const w of group) {
        this.canonical.set(w.toLowerCase(), head);
        this.userWords.add(w.toLowerCase());
      }
    }
    // Teach jieba the domain words so "看护假" stays one token instead of 看护 + 假.
    teachJieba([...this.userWords].filter((w) => w.length > 1 && !/\s/.test(w)).map((w) => `${w} 50000`));
  }

  /**
   * Learns the words jieba's dictionary lacks but its HMM finds in these texts (the
   * documents' headings: "工牌", "查岗", "销假"), so questions and documents keep them whole.
   * Returns the words learnt.
   */
  learnWords(texts: readonly string[]): string[] {
    const learnt = new Set(
      texts.flatMap((t) => this.wordsOnlyHmmFinds(t)).filter((w) => w.length <= 4 && !this.userWords.has(w)),
    );
    this.teach([...learnt]);
    return [...learnt];
  }

  /** Teaches words learnt before (kept with the index's snapshot) without finding them again. */
  teach(words: readonly string[]): void {
    const added = words.filter((w) => !this.userWords.has(w));
    for (const w of added) this.userWords.add(w);
    if (!added.length) return;
    teachJieba(added.map((w) => `${w} 50000`));
    // Cuts remembered so far were made with the dictionary before.
    this.cuts.forget();
    this.recent.clear();
  }

  /**
   * Words a question coins that jieba's dictionary lacks but its HMM finds ("断缴", "竞业"):
   * two or more meaningful characters (not particles or pronouns) that together say this
   * much. Whether the documents ever write them tells whether they cover the topic.
   */
  coinedWords(text: string): string[] {
    return this.wordsOnlyHmmFinds(text.toLowerCase()).filter(
      (w) => [...w].reduce((sum, c) => sum + salienceOf(c), 0) >= COINED_SALIENCE,
    );
  }

  /**
   * Chinese words of two or more characters that jieba's HMM finds and its dictionary cut
   * doesn't, particles and pronouns left out.
   */
  private wordsOnlyHmmFinds(text: string): string[] {
    const plain = new Set(jiebaCut(text, false));
    return jiebaCut(text, true).filter(
      (w) =>
        w.length >= 2 &&
        HAN.test(w) &&
        !plain.has(w) &&
        ![...w].some((c) => STOPWORDS.has(c) || GLUED_BEFORE.has(c) || GLUED_AFTER.has(c)),
    );
  }

  /**
   * Words of a question that name a thing (nouns, times, places, names: "哺乳", "年终奖",
   * "星期") rather than an action or a manner ("写错", "乱说", "帮忙"). A thing the documents
   * never name is something they don't cover; an action they never name may only be how
   * the asker put it. Words jieba's tagger cuts differently count as things.
   */
  thingWords(text: string): (word: string) => boolean {
    const tagged = sharedJieba().tag(this.rewriteColloquial(text.toLowerCase()), false);
    const isAction = (tag: string) => /^(v|vd|vn|a|ad|d|m|r|z)$/.test(tag);
    const actions = new Set(tagged.filter((t) => isAction(t.tag)).map((t) => t.word));
    // Characters this tokenizer rejoins ("帮"+"人", "越"+"说") are an action when the first one is.
    tagged.forEach((t, i) => {
      const next = tagged[i + 1];
      if (next && isAction(t.tag)) actions.add(t.word + next.word);
    });
    return (word) => !actions.has(word);
  }

  /** Whether the organisation's synonyms or the documents' headings taught this word. */
  taught(word: string): boolean {
    return this.userWords.has(word.toLowerCase());
  }

  /** The words of a text, in order, duplicates kept. */
  terms(text: string): Term[] {
    const known = this.indexing?.get(text) ?? this.recent.get(text);
    if (known) return known;
    const out: Term[] = [];
    for (const w of this.cuts.words(text.toLowerCase(), () => this.cutsKey())) {
      if (PUNCT.test(w) || STOPWORDS.has(w)) continue;
      const word = this.fold(w);
      // "怎么处理" is another way to say "咋办": a question word, whatever the synonyms say.
      if (STOPWORDS.has(word)) continue;
      // A word folded to its synonym is searched as that word, pieces and all ("每个月" → "每月").
      const source = word === w ? w : word;
      const pieces: string[] = [];
      if (source.length >= 3 && HAN.test(source)) {
        for (let i = 0; i + 2 <= source.length; i++) {
          const piece = source.slice(i, i + 2);
          if (!STOPWORDS.has(piece)) pieces.push(this.fold(piece));
        }
      }
      const core = this.coreOf(w, word);
      out.push({
        word,
        pieces,
        salience: this.salience(w, word, core),
        context: /^[\d.]/.test(w) || TIME_WORD.test(w) || KIN_WORD.test(w),
        ...(core ? { core } : {}),
      });
    }
    this.indexing?.set(text, out);
    // One question is cut by the FAQ, the query and the nearest written questions in turn.
    if (this.recent.size >= RECENT) this.recent.delete(this.recent.keys().next().value!);
    this.recent.set(text, out);
    return out;
  }

  /**
   * Tokens for indexing and matching: each word followed by its pieces, so "病假条" still
   * meets "病假" and "发高烧" meets "高烧" when the question and the document are cut
   * differently.
   */
  tokens(text: string): string[] {
    return this.terms(text).flatMap((t) => [t.word, ...t.pieces]);
  }

  /**
   * A lone character ("休", "扣") is ambiguous: it says less than a word. A word no document
   * uses that is glued to a particle ("会扣", "我爸", "报上去") says what its other part says.
   */
  private salience(w: string, _word: string, core: string | undefined): number {
    if (/^[\d.]/.test(w)) return w.replace(/\D/g, '').length <= 4 ? NUMBER_SALIENCE : 0;
    if (TIME_WORD.test(w)) return NUMBER_SALIENCE;
    if (w.length === 1) return salienceOf(w) / 2;
    if (core === undefined) return salienceOf(w);
    if (!core) return 0;
    return core.length === 1 ? salienceOf(core) / 2 : salienceOf(core);
  }

  /** What an unknown word glued to particles says ("会扣" → "扣"); undefined when it isn't glued. */
  private coreOf(w: string, word: string): string | undefined {
    if (w.length < 2 || /^[\d.]/.test(w) || this.known(word) || !HAN.test(w)) return undefined;
    // "加多少", "是什么": a question word inside a dictionary entry is not content.
    const unglued = w.replace(INNER_STOPWORDS, '').replace(DIRECTIONAL, '');
    const glued = unglued !== w || GLUED_BEFORE.has(w[0]!) || GLUED_AFTER.has(w[w.length - 1]!);
    if (!glued) return undefined;
    return unglued.slice(
      GLUED_BEFORE.has(unglued[0] ?? '') ? 1 : 0,
      GLUED_AFTER.has(unglued.at(-1) ?? '') ? -1 : undefined,
    );
  }

  /**
   * The same tokenizer (one jieba, one dictionary) told which words the documents use, once
   * they are indexed; this one keeps counting every word as known.
   */
  withVocabulary(known: (word: string) => boolean): Tokenizer {
    // The cuts are shared, and teach() renews them in place: an index read back from its snapshot
    // makes this copy before the heading words are taught, and a copy left with cuts nobody froze read
    // the whole cut cache from disk on the first question and remembered every question after.
    return Object.assign(Object.create(Tokenizer.prototype) as Tokenizer, this, {
      known,
      indexing: undefined,
      recent: new Map(),
    });
  }

  /**
   * Spoken patterns that split a word the documents keep whole: "请半天假" → "请假 0.5天",
   * "谁批" → "审批" (the table), after amounts are written one way.
   */
  private rewriteColloquial(text: string): string {
    let out = normaliseSpokenAmounts(text);
    for (const r of this.rewrites) out = out.replace(r.pattern, r.replace);
    return out;
  }

  private fold(w: string): string {
    return this.canonical.get(w) ?? w;
  }

  /**
   * Writes the cuts made so far to the disk cache and stops remembering new ones: call it once
   * the documents are indexed (what is cut later is questions).
   */
  rememberCuts(): void {
    this.indexing = undefined;
    this.cuts.freeze(this.cutsKey());
  }

  /** A lower-cased text's words: spoken patterns rewritten, then cut. */
  private newCuts(): WordCuts {
    return new WordCuts((text) => this.cut(this.rewriteColloquial(text)));
  }

  /** Everything a cut depends on: jieba's dictionaries, the words taught, the rewrites, the cutting code. */
  private cutsKey(): string {
    return JSON.stringify([
      dictionaryVersion(),
      [...this.userWords].sort(),
      this.rewrites.map((r) => [String(r.pattern), r.replace]),
      this.cut.toString(),
      // The characters cut() will not rejoin: a cache made with other sets holds other cuts.
      [...GLUED_BEFORE].join(''),
      [...GLUED_AFTER].join(''),
      joinAmounts.toString(),
      normaliseSpokenAmounts.toString(),
      normaliseNumbers.toString(),
    ]);
  }

  /** jieba's cut without HMM, then numbers ("0/./5") and known two-character words rejoined. */
  private cut(text: string): string[] {
    const raw = jiebaCut(text, false)
      .map((w) => w.trim())
      .filter(Boolean);
    const out: string[] = [];
    for (let i = 0; i < raw.length; i++) {
      const w = raw[i]!;
      const next = raw[i + 1];
      const last = out[out.length - 1];
      if (w === '.' && last !== undefined && /\d$/.test(last) && next !== undefined && /^\d+$/.test(next)) {
        out[out.length - 1] = `${last}.${next}`;
        i++;
      } else if (
        next !== undefined &&
        w.length === 1 &&
        next.length === 1 &&
        HAN.test(w + next) &&
        this.isWord(w + next) &&
        !GLUED_BEFORE.has(w) &&
        !GLUED_AFTER.has(next)
      ) {
        out.push(w + next);
        i++;
      } else {
        out.push(w);
      }
    }
    return joinAmounts(out);
  }

  private isWord(w: string): boolean {
    return this.userWords.has(w) || generalIdf(w) !== undefined;
  }
}

const UNIT = '天|日|周|星期|礼拜|年|月|小时|钟头|分钟|次|份|倍|元|块|人|号|工作日';
const UNITS = new Set(UNIT.split('|'));

/** "3/天" → "3天", "3/个/月" → "3个月", "0.5/天" → "0.5天": an amount is one token. */
function joinAmounts(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (/^\d+(\.\d+)?$/.test(w)) {
      const next = words[i + 1];
      const after = words[i + 2];
      if (next === '个' && after !== undefined && UNITS.has(after)) {
        out.push(`${w}个${after}`);
        i += 2;
        continue;
      }
      if (next !== undefined && UNITS.has(next)) {
        out.push(`${w}${next}`);
        i += 1;
        continue;
      }
    }
    out.push(w);
  }
  return out;
}

/** A numeral before a unit ("三日", "两个月"); compiled once, as every question and sentence passes here. */
const SPOKEN_AMOUNT = new RegExp(`(^|[^第哪])([${NUMERAL_CHARS}]+)(?=个?(?:${UNIT}))(个?)(日?)`, 'g');

/**
 * Writes amounts the same way whoever wrote them: "三日" and "3天", "两天" and "2天",
 * "半天" and "0.5天", "15号" and "15日" become the same token.
 */
function normaliseNumbers(text: string): string {
  return (
    text
      .replace(/钟头|个钟(?!头)/g, '小时')
      .replace(/半(天|日)/g, '0.5天')
      .replace(/半个(小时|月)/g, '0.5$1')
      .replace(
        /([一二两三四五六七八九十])个半(小时|月)/g,
        (_, n: string, unit: string) => `${parseChineseNumber(n)! + 0.5}${unit === '月' ? '个月' : unit}`,
      )
      // "第一年", "哪一年": an ordinal or a question, not an amount.
      .replace(SPOKEN_AMOUNT, (whole, before: string, numeral: string, ge: string, ri: string) => {
        const n = parseChineseNumber(numeral);
        // "一日" is a length of time, like "一天"; "15日" is a date and stays.
        return n === null ? whole : `${before}${n}${ge}${ri ? '天' : ''}`;
      })
      .replace(/(\d+)号/g, '$1日')
  );
}

/**
 * "一个月要跟几次" asks how often (per month); "两个多月" is about as long as "两个月", "90多分"
 * as "90分", "二十几天" as "二十天"; "连着两天" is "连续两天", not "连着节假日".
 */
function normaliseSpokenAmounts(text: string): string {
  const often = /几次|多少次|几回|多久一次/.test(text)
    ? text
        .replace(/一个?月|1个月/g, '每月')
        .replace(/一个?(周|星期|礼拜)/g, '每周')
        .replace(/一个?季度/g, '每季度')
        .replace(/一年/g, '每年')
    : text;
  return normaliseNumbers(
    often
      .replace(/个多(月|星期|礼拜|小时|钟头)/g, '个$1')
      .replace(/(\d|十)[多几来](?=[^\d少])/g, '$1')
      .replace(/连着(?=[\d零一二两三四五六七八九十几]+个?(天|日|周|星期|礼拜|月|次|年))/g, '连续'),
  );
}
