import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

/**
 * Words that carry no meaning for retrieval: particles, pronouns and the question words
 * staff wrap around what they actually want to know ("请问…多少天呢").
 */
const STOPWORDS = new Set(
  (
    '的 了 吗 呢 啊 吧 呀 嘛 么 哦 噢 哈 是 在 有 我 你 您 他 她 它 们 我们 你们 这 那 这个 那个 这些 那些 ' +
    '什么 怎么 怎样 怎么样 如何 多少 多久 几 几天 几个 哪 哪些 哪里 哪个 可以 可不可以 能 能不能 会 ' +
    '要 需要 是否 和 与 及 以及 或 或者 就 都 也 还 又 一个 请问 想 想问 问 问下 下 一下 咋 啥 该 应该 ' +
    '得 被 把 对 给 从 到 为 等 如果 但 但是 因为 所以 之 其 该 按 由 于 并 而 则 即 不 没 没有 呗 嗯 呃 ' +
    '个 吧 时候 啥时候 怎么办 咋办 知道 告诉 问问 一般 大概 具体 规定 谁 啥 咋 咋样 几次 几号 几份 ' +
    '多少钱 会 算 才 还要 还有 是不是 有没有 行不行 能否 不能 得 呢 哪一级 哪家 哪天 多长时间 要不要 给 我要 来'
  ).split(/\s+/),
);

const PUNCT = /^[\s\p{P}\p{S}]+$/u;

/** A Chinese tokenizer for retrieval: jieba's search mode, stopwords out, synonyms folded. */
export class Tokenizer {
  private readonly jieba: Jieba;
  private readonly canonical = new Map<string, string>();

  /** `synonyms`: groups of words that mean the same; each is searched as its group's first word. */
  constructor(synonyms: readonly (readonly string[])[] = [], extraWords: readonly string[] = []) {
    this.jieba = Jieba.withDict(dict);
    const words = new Set(extraWords);
    for (const group of synonyms) {
      const head = group[0]!;
      for (const w of group) {
        this.canonical.set(w.toLowerCase(), head.toLowerCase());
        words.add(w);
      }
    }
    // Teach jieba the domain words so "看护假" stays one token instead of 看护 + 假.
    const lines = [...words].filter((w) => w.length > 1).map((w) => `${w} 50000`);
    if (lines.length) this.jieba.loadDict(Buffer.from(lines.join('\n')));
  }

  /**
   * Tokens for indexing and matching, in order, duplicates kept. Words of three or more
   * characters also yield their two-character pieces, so "病假条" still meets "病假" and
   * "发高烧" meets "高烧" when jieba cuts the question and the handbook differently.
   */
  tokens(text: string): string[] {
    const out: string[] = [];
    for (const raw of this.jieba.cutForSearch(rewriteColloquial(text.toLowerCase()), true)) {
      const w = raw.trim();
      if (!w || PUNCT.test(w) || STOPWORDS.has(w)) continue;
      out.push(this.canonical.get(w) ?? w);
      if (w.length >= 3 && /^[\u4e00-\u9fff]+$/.test(w)) {
        for (let i = 0; i + 2 <= w.length; i++) {
          const piece = w.slice(i, i + 2);
          if (!STOPWORDS.has(piece)) out.push(this.canonical.get(piece) ?? piece);
        }
      }
    }
    return out;
  }
}

/**
 * Spoken patterns that split a word the documents keep whole: "请半天假" → "请假 半天",
 * "谁批" → "审批".
 */
function rewriteColloquial(text: string): string {
  return text
    .replace(/请([^，。？?！!\s]{1,6}?)假/g, '请假 $1 ')
    .replace(/(谁|找谁|哪个)(来)?(批|签字|审批)/g, ' 审批 ')
    .replace(/休([^，。？?！!\s]{1,4}?)假/g, '休假 $1 ');
}
