import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * jieba's dictionary and idf files, read here rather than through `@node-rs/jieba/dict.js`: that
 * module keeps both buffers for the life of the process, but the 5 MB dictionary is needed only
 * while jieba loads it; the idf file stays (general-idf.ts looks words up in it).
 */
const folder = dirname(createRequire(import.meta.url).resolve('@node-rs/jieba/package.json'));

/** The dictionary's bytes, read afresh: hand them to jieba and let them go. */
export function readDictionary(): Buffer {
  return readFileSync(join(folder, 'dict.txt'));
}

let idf: Buffer | undefined;

/** The idf file's bytes, read once and kept. */
export function idfFile(): Buffer {
  idf ??= readFileSync(join(folder, 'idf.txt'));
  return idf;
}

/** The two files' sizes: a key that changes when a package update changes the dictionary. */
export function dictionaryVersion(): string {
  return `${statSync(join(folder, 'dict.txt')).size} ${statSync(join(folder, 'idf.txt')).size}`;
}

/** The idf file's size and time of change: what a table derived from its bytes is valid for. */
export function idfFileVersion(): string {
  const stat = statSync(join(folder, 'idf.txt'));
  return `${stat.size}-${Math.trunc(stat.mtimeMs)}`;
}
