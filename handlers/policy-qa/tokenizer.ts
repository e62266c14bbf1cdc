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
    '个 吧 时候 啥时候 怎么办 咋办 知道 告诉 问问 一般 大概 具体 规定'
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

  /** Tokens for indexing and matching, in order, duplicates kept. */
  tokens(text: string): string[] {
    const out: string[] = [];
    for (const raw of this.jieba.cutForSearch(text.toLowerCase(), true)) {
      const w = raw.trim();
      if (!w || PUNCT.test(w) || STOPWORDS.has(w)) continue;
      out.push(this.canonical.get(w) ?? w);
    }
    return out;
  }
}
