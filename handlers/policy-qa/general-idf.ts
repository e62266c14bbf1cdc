import { idf } from '@node-rs/jieba/dict.js';

/**
 * jieba's inverse document frequencies for general Chinese text. Our own documents say
 * which words they use; this table says which words carry meaning at all: "今年", "东西",
 * "接着" are everywhere (low), "献血", "月饼", "哺乳" are content words (high). Rarer words
 * than RARE are left out to save memory and count as RARE.
 */
export const RARE_IDF = 12;

let table: Map<string, number> | undefined;

function load(): Map<string, number> {
  const map = new Map<string, number>();
  for (const line of Buffer.from(idf).toString('utf8').split('\n')) {
    const space = line.indexOf(' ');
    if (space < 1) continue;
    const value = Number(line.slice(space + 1));
    if (value < RARE_IDF) map.set(line.slice(0, space), value);
  }
  return map;
}

/** The word's general-language idf, or undefined when the word is rare or unknown. */
export function generalIdf(word: string): number | undefined {
  table ??= load();
  return table.get(word);
}

/** Below this a word is filler in a question ("一起", "接着", "今年"). */
const FILLER_IDF = 6;
/** From this on a word is plainly a content word ("食堂", "哺乳"). */
const CONTENT_IDF = 9;

/**
 * How much a word says about what is asked, 0–1, from its general-language idf. Words
 * jieba's table doesn't know (domain words like "看护假", "工牌") count fully.
 */
export function salienceOf(word: string): number {
  const g = generalIdf(word) ?? RARE_IDF;
  return Math.min(1, Math.max(0, (g - FILLER_IDF) / (CONTENT_IDF - FILLER_IDF)));
}
