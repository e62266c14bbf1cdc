import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { readCached, writeCached } from '../disk-cache.ts';

/**
 * Words typed by sound: a phone's pinyin keyboard offers the right syllables under the wrong
 * characters, so staff write 公资 for 工资, 报消 for 报销, 记效 for 绩效, and a Cantonese speaker
 * 惨假 for 产假. The documents never write such a word, so the Q&A declined the question as being
 * about something they don't cover. A word of the question that neither the documents nor the
 * questions written for them use, and that jieba's dictionary does not know either, is read as
 * the one document word that sounds the same, when the two differ in one character only (and
 * keep the rest in place). A typo that happens to be a dictionary word (出叉 for 出差) is left:
 * telling it from a word of its own (月饼, not 月份) would need more than its sound.
 *
 * "Sounds the same" ignores tones and takes every reading of a character (差 is cha, chai and
 * ci), and folds the pairs southern speakers and their keyboards' fuzzy pinyin confuse: z/zh,
 * c/ch, s/sh, n/l, en/eng, in/ing.
 */
export class SoundAlikes {
  /** A sound key → the document words (2–4 characters) that sound that way. */
  private byKey: Map<string, string[]> | undefined;

  constructor(
    private readonly words: {
      /** The words the documents use (the index's vocabulary, pieces included). */
      readonly vocabulary: () => Iterable<string>;
      /**
       * Whether jieba's dictionary keeps the word whole. A typo is not in it: 几次, 月饼 and 骑车
       * are words of their own, not 其次, 月份 and 汽车 mistyped.
       */
      readonly isWord: (word: string) => boolean;
      /** Whether the documents' words, the questions written for them or the synonyms hold the word. */
      readonly used: (word: string) => boolean;
      /**
       * Whether the documents write the string anywhere, across words too: asked only of a word
       * about to be replaced (it scans the whole text).
       */
      readonly written: (text: string) => boolean;
      /** A particle or pronoun glued on in speech: "要" of 调修要, not "产" of 产检要. */
      readonly glue: (char: string) => boolean;
    },
  ) {}

  /**
   * The text with each word typed by sound replaced by the document word meant. `words` are the
   * text's words as jieba cuts them with its HMM (a typo like 公资 comes out whole, not 公 + 资).
   */
  fix(text: string, words: readonly string[]): string {
    let out = text;
    for (const word of words) {
      if (word.length < 2 || word.length > 4 || !HAN_ONLY.test(word) || this.words.used(word)) continue;
      const meant = this.meant(word);
      if (meant && !this.words.written(word)) out = out.replace(word, meant);
    }
    return out;
  }

  /** The one document word that sounds like the word (or like a run of two or more of it), if any. */
  private meant(word: string): string | undefined {
    // The whole first, then its runs with only glue around them (调修要 → 调休要), longest first.
    const { isWord, used, glue } = this.words;
    for (let n = word.length; n >= 2; n--) {
      for (let i = 0; i + n <= word.length; i++) {
        const run = word.slice(i, i + n);
        const around = word.slice(0, i) + word.slice(i + n);
        if ([...around].some((c) => !glue(c)) || (n < word.length && used(run))) continue;
        // 咋算 is not 折算 mistyped: a question word is never a typo.
        if (isWord(run) || [...run].some(glue)) continue;
        const found = this.alike(run);
        if (found && !this.words.written(run)) return word.slice(0, i) + found + word.slice(i + n);
      }
    }
    return undefined;
  }

  private alike(run: string): string | undefined {
    const keys = keysOf(run);
    if (!keys) return undefined;
    const table = this.table();
    const found = new Set<string>();
    for (const key of keys)
      for (const w of table.get(key) ?? []) if (w.length === run.length && differsInOne(w, run)) found.add(w);
    return found.size === 1 ? [...found][0] : undefined;
  }

  private table(): Map<string, string[]> {
    if (this.byKey) return this.byKey;
    const byKey = new Map<string, string[]>();
    for (const w of this.words.vocabulary()) {
      if (w.length < 2 || w.length > 4 || !HAN_ONLY.test(w) || !this.words.isWord(w)) continue;
      for (const key of keysOf(w) ?? []) {
        const list = byKey.get(key);
        if (!list) byKey.set(key, [w]);
        else if (!list.includes(w)) list.push(w);
      }
    }
    this.byKey = byKey;
    return byKey;
  }
}

const HAN_ONLY = /^\p{Script=Han}+$/u;
/** More readings than this for a word: too ambiguous to say what it sounds like. */
const MAX_KEYS = 16;

function differsInOne(a: string, b: string): boolean {
  let diff = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff++;
  return diff === 1;
}

/** Every way the word can be said (toneless, fuzzy), or undefined when there are too many. */
function keysOf(word: string): string[] | undefined {
  let keys = [''];
  for (const char of word) {
    const readings = readingsOf(char);
    if (!readings.length) return undefined;
    keys = keys.flatMap((k) => readings.map((r) => (k ? `${k} ${r}` : r)));
    if (keys.length > MAX_KEYS) return undefined;
  }
  return keys;
}

const readings = new Map<string, string[]>();
function readingsOf(char: string): string[] {
  let out = readings.get(char);
  if (!out) {
    const all = tableReadings(char) ?? pinyinOf()(char, { toneType: 'none', multiple: true, type: 'array' });
    out = [...new Set(all.filter((r) => /^[a-zü]+$/.test(r)).map(fuzzy))];
    readings.set(char, out);
  }
  return out;
}

/** One spelling for the sounds southern speakers and fuzzy-pinyin keyboards do not tell apart. */
function fuzzy(syllable: string): string {
  return syllable
    .replace(/^([zcs])h/, '$1')
    .replace(/^n(?!g)/, 'l')
    .replace(/([ie])ng$/, '$1n');
}

/**
 * The readings of the common Chinese characters (U+4E00–U+9FFF), a line each, kept in the disk
 * cache: pinyin-pro's dictionaries cost 27 MB of a running bot's memory (and 50 ms) to answer
 * what a character sounds like, so they are loaded once per install to write this 100 KB table,
 * and again only for a rarer character.
 */
const FIRST = 0x4e00;
const LAST = 0x9fff;
let table: readonly string[] | undefined;

function tableReadings(char: string): string[] | undefined {
  const code = char.charCodeAt(0);
  if (char.length !== 1 || code < FIRST || code > LAST) return undefined;
  table ??= readingsTable();
  const line = table[code - FIRST];
  return line ? line.split(',') : [];
}

function readingsTable(): readonly string[] {
  const name = `${TABLE_FILE}${pinyinVersion()}.txt`;
  const kept = readCached(name)?.split('\n');
  if (kept?.length === LAST - FIRST + 1) return kept;
  const lines: string[] = [];
  for (let code = FIRST; code <= LAST; code++)
    lines.push(pinyinOf()(String.fromCharCode(code), { toneType: 'none', multiple: true, type: 'array' }).join(','));
  writeCached(name, lines.join('\n'), TABLE_FILE, 1);
  return lines;
}

const TABLE_FILE = 'pinyin-readings-';

function pinyinVersion(): string {
  const file = createRequire(import.meta.url).resolve('pinyin-pro/package.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

type Pinyin = (text: string, options: { toneType: 'none'; multiple: true; type: 'array' }) => string[];
let pinyin: Pinyin | undefined;
/** pinyin-pro's dictionary (~50 ms, 27 MB) is loaded only when the readings table must be written. */
function pinyinOf(): Pinyin {
  pinyin ??= (createRequire(import.meta.url)('pinyin-pro') as { pinyin: Pinyin }).pinyin;
  return pinyin;
}
