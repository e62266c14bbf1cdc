import { createHash } from 'node:crypto';
import { readCached, writeCached } from './disk-cache.ts';

const PREFIX = 'word-cuts-';
/** Files kept: one per set of documents and synonyms recently indexed (tests build several). */
const KEEP = 8;

/**
 * The word cuts of the texts the index is built from, remembered: the index cuts 3,700
 * distinct texts 10,000 times (headings repeat, sentences are cut again for passages), and jieba's
 * cut was most of the start-up. Kept on disk between runs under a key naming everything a cut
 * depends on (jieba's dictionary as taught, the cutting code), so a start with unchanged
 * documents cuts nothing. Frozen after indexing: questions are cut afresh and not kept, or a
 * long-running bot would remember every message it was sent; forgotten then, to keep the memory.
 */
export class WordCuts {
  private readonly cuts = new Map<string, readonly string[]>();
  private frozen = false;
  private loadedFrom: string | undefined;
  private loadedSize = 0;

  constructor(private readonly cut: (text: string) => string[]) {}

  words(text: string, key: () => string): string[] {
    if (!this.frozen && this.loadedFrom === undefined) this.load(key());
    const known = this.cuts.get(text);
    if (known) return [...known];
    const words = this.cut(text);
    if (!this.frozen) this.cuts.set(text, words);
    return [...words];
  }

  /**
   * Forgets every cut and starts over (unfrozen, the disk cache unread): the dictionary was taught
   * new words, so the cuts made before are stale. In place, so every tokenizer sharing these cuts
   * (the index's copy) follows, and is frozen with them after indexing.
   */
  forget(): void {
    this.cuts.clear();
    this.frozen = false;
    this.loadedFrom = undefined;
    this.loadedSize = 0;
  }

  /** After the documents are indexed: writes what is new to disk and stops remembering. */
  freeze(key: string): void {
    if (this.frozen) return;
    this.frozen = true;
    // Nothing cut (the index came from its snapshot): the file on disk stays as it is.
    if (this.cuts.size && (this.loadedFrom !== key || this.cuts.size !== this.loadedSize)) {
      writeCached(fileName(key), JSON.stringify([...this.cuts]), PREFIX, KEEP);
    }
    // Questions seldom repeat a document's sentence: the memory is worth more than the hits.
    this.cuts.clear();
  }

  private load(key: string): void {
    this.loadedFrom = key;
    const text = readCached(fileName(key));
    if (!text) return;
    try {
      for (const [t, words] of JSON.parse(text) as [string, string[]][]) this.cuts.set(t, words);
      this.loadedSize = this.cuts.size;
    } catch {
      this.cuts.clear();
    }
  }
}

function fileName(key: string): string {
  return `${PREFIX}${createHash('sha256').update(key).digest('hex').slice(0, 24)}.json`;
}
