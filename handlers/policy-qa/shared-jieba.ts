import { Jieba } from '@node-rs/jieba';
import { readDictionary } from './jieba-files.ts';

let jieba: Jieba | undefined;

/**
 * The process's one jieba. Its dictionary costs about 37 MB and 120 ms to load, and every
 * tokenizer used to load its own: a reload of the documents kept two alive (the index cache
 * holds the one before), and each Q&A a test built paid the load again. Tokenizers teach it
 * their organisation's words (`loadDict` adds, never removes), so a word taught once stays
 * known to the process: harmless, as a taught word only keeps a domain term whole, and a
 * process serves one organisation.
 */
export function sharedJieba(): Jieba {
  jieba ??= Jieba.withDict(readDictionary());
  return jieba;
}
