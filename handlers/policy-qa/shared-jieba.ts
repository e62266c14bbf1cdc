import { Jieba } from '@node-rs/jieba';
import { readDictionary } from './jieba-files.ts';

let jieba: Jieba | undefined;
/** Words taught before jieba was needed, taught when it loads. */
let untaught: Buffer[] = [];

/**
 * The process's one jieba, loaded on first use. Its dictionary costs about 37 MB and 120 ms to
 * load, and every tokenizer used to load its own: a reload of the documents kept two alive (the
 * index cache holds the one before), and each Q&A a test built paid the load again. A bot whose
 * Q&A index was read back from its snapshot cuts nothing until the first question, so its
 * start-up doesn't wait for the dictionary. Tokenizers teach it their organisation's words
 * (`loadDict` adds, never removes), so a word taught once stays known to the process: harmless,
 * as a taught word only keeps a domain term whole, and a process serves one organisation.
 */
export function sharedJieba(): Jieba {
  if (!jieba) {
    jieba = Jieba.withDict(readDictionary());
    for (const words of untaught) jieba.loadDict(words);
    untaught = [];
  }
  return jieba;
}

/** The last few texts cut, with and without the HMM: keyed by the flag and the text. */
const recentCuts = new Map<string, readonly string[]>();
const RECENT_CUTS = 6;

/**
 * jieba's cut, remembering the last few: one question is cut in turn by the sound-alikes, the
 * coined-word check and the tokenizer, mostly as the same text. Callers must not change the list.
 */
export function jiebaCut(text: string, hmm: boolean): readonly string[] {
  const key = `${hmm ? 1 : 0}${text}`;
  let words = recentCuts.get(key);
  if (!words) {
    words = sharedJieba().cut(text, hmm);
    if (recentCuts.size >= RECENT_CUTS) recentCuts.delete(recentCuts.keys().next().value!);
    recentCuts.set(key, words);
  }
  return words;
}

/** Teaches jieba words ("看护假 50000" lines), now if it is loaded, else when it loads. */
export function teachJieba(lines: readonly string[]): void {
  if (!lines.length) return;
  // A word taught cuts texts differently.
  recentCuts.clear();
  const words = Buffer.from(lines.join('\n'));
  if (jieba) jieba.loadDict(words);
  else untaught.push(words);
}
