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

/** Whether jieba keeps the text whole: a word in its dictionary (or taught). */
const wholeWords = new Map<string, boolean>();
/** A bound on the memo: questions bring arbitrary text, and a process runs for months. */
const WHOLE_WORDS = 20_000;

/**
 * Whether jieba (without its HMM) cuts the text as one word. The sound-alikes ask it of every
 * run of two to four characters of an unknown word in each question, mostly the same few
 * (多久, 几天, 怎么): remembered, jieba is called 2.1 times a question instead of 3.5.
 */
export function isDictionaryWord(text: string): boolean {
  let whole = wholeWords.get(text);
  if (whole === undefined) {
    whole = sharedJieba().cut(text, false).length === 1;
    if (wholeWords.size >= WHOLE_WORDS) wholeWords.clear();
    wholeWords.set(text, whole);
  }
  return whole;
}

/** Teaches jieba words ("看护假 50000" lines), now if it is loaded, else when it loads. */
export function teachJieba(lines: readonly string[]): void {
  if (!lines.length) return;
  // A word taught cuts texts differently.
  recentCuts.clear();
  wholeWords.clear();
  const words = Buffer.from(lines.join('\n'));
  if (jieba) jieba.loadDict(words);
  else untaught.push(words);
}
