import { readCachedBytes, writeCached } from './disk-cache.ts';
import { idfFile, idfFileVersion } from './jieba-files.ts';

/**
 * jieba's inverse document frequencies for general Chinese text. Our own documents say
 * which words they use; this table says which words carry meaning at all: "今年", "东西",
 * "接着" are everywhere (low), "献血", "月饼", "哺乳" are content words (high). Rarer words
 * than RARE are left out to save memory and count as RARE.
 */
export const RARE_IDF = 12;

/**
 * The table is jieba's idf file itself (6 MB, read once: jieba-files.ts),
 * looked up through an open-addressing hash of line offsets. A Map of its 139,000 common words
 * cost 300 ms and 20 MB at every start; hashing the bytes costs about 20 ms and 2 MB.
 */
interface IdfTable {
  readonly text: Buffer;
  /** Start offset of a line whose word hashes here, or -1. Twice the words, so probes stay short. */
  readonly slots: Int32Array;
}

const SPACE = 0x20;
const NEWLINE = 0x0a;
const DOT = 0x2e;
const SLOTS = 1 << 19;

let table: IdfTable | undefined;
/**
 * Words looked up, and what was found (null: rare or unknown): a few thousand words are asked
 * about again and again (every term's salience), and hashing their bytes each time showed.
 * Bounded, since questions bring new words for as long as the bot runs.
 */
const seen = new Map<string, number | null>();
const SEEN_MAX = 50_000;

/**
 * The slots are kept on disk between runs (2 MB, read in a millisecond): hashing the 6 MB of
 * words was 30 ms of every start's first question. Named by the idf file's size and time of
 * change and by what shapes the table, so an updated jieba or a change here makes a new one.
 */
const SLOTS_FILE = `general-idf-slots-${SLOTS}-${RARE_IDF}-`;

function load(): IdfTable {
  const text = idfFile();
  const name = `${SLOTS_FILE}${idfFileVersion()}.bin`;
  const kept = readCachedBytes(name);
  if (kept?.byteLength === SLOTS * 4) {
    // The file's own bytes when they are aligned (a file this size is read into a buffer of its own).
    if (kept.byteOffset % 4 === 0) return { text, slots: new Int32Array(kept.buffer, kept.byteOffset, SLOTS) };
    const slots = new Int32Array(SLOTS);
    new Uint8Array(slots.buffer).set(kept);
    return { text, slots };
  }
  const slots = hashed(text);
  writeCached(name, new Uint8Array(slots.buffer), SLOTS_FILE, 1);
  return { text, slots };
}

function hashed(text: Buffer): Int32Array {
  const slots = new Int32Array(SLOTS).fill(-1);
  let i = 0;
  while (i < text.length) {
    const start = i;
    let hash = FNV_OFFSET;
    while (i < text.length && text[i] !== SPACE && text[i] !== NEWLINE) hash = Math.imul(hash ^ text[i++]!, FNV_PRIME);
    const space = i;
    let whole = 0;
    for (i = space + 1; i < text.length && text[i] !== DOT && text[i] !== NEWLINE; i++)
      whole = whole * 10 + text[i]! - 48;
    while (i < text.length && text[i] !== NEWLINE) i++;
    i++;
    if (text[space] !== SPACE || space === start || whole >= RARE_IDF) continue;
    let slot = hash & (SLOTS - 1);
    while (slots[slot] !== -1) slot = (slot + 1) & (SLOTS - 1);
    slots[slot] = start;
  }
  return slots;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** The word's general-language idf, or undefined when the word is rare or unknown. */
export function generalIdf(word: string): number | undefined {
  const known = seen.get(word);
  if (known !== undefined) return known ?? undefined;
  const found = lookUp(word);
  if (seen.size >= SEEN_MAX) seen.clear();
  seen.set(word, found ?? null);
  return found;
}

function lookUp(word: string): number | undefined {
  table ??= load();
  const { text, slots } = table;
  const key = Buffer.from(word, 'utf8');
  let hash = FNV_OFFSET;
  for (const byte of key) hash = Math.imul(hash ^ byte, FNV_PRIME);
  for (let slot = hash & (SLOTS - 1); slots[slot] !== -1; slot = (slot + 1) & (SLOTS - 1)) {
    const start = slots[slot]!;
    const end = start + key.length;
    if (text[end] !== SPACE || text.compare(key, 0, key.length, start, end) !== 0) continue;
    const lineEnd = text.indexOf(NEWLINE, end);
    return Number(text.toString('latin1', end + 1, lineEnd < 0 ? text.length : lineEnd));
  }
  return undefined;
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
