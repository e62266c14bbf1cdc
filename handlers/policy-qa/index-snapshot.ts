import { createHash } from 'node:crypto';
import { BUILD_ID } from '../../data/build-id.ts';
import type { Org } from '../../data/org/load-org.ts';
import { readCached, writeCached } from './disk-cache.ts';
import { dictionaryVersion } from './jieba-files.ts';
import type { IndexData } from './engine/index-data.ts';
import { PolicyIndex } from './engine/policy-index.ts';
import { fingerprint } from './index-cache.ts';
import type { Tokenizer } from './tokenizer.ts';

const PREFIX = 'policy-index-';
/** Files kept: one per set of documents recently indexed (a reload after an edit makes a new one). */
const KEEP = 4;

/**
 * The index as the compiled build last built it from these same documents, kept on disk: start-up
 * reads it in a tenth of the time building takes (cutting and analysing every sentence was
 * most of `tonggong ask`'s second). Undefined when there is none, when the TypeScript runs
 * (no build id: see data/build-id.ts), or when it can't be read; the caller builds then.
 */
export function restoredIndex(org: Org, tokenizer: Tokenizer, build = BUILD_ID): PolicyIndex | undefined {
  const name = snapshotName(org, build);
  const text = name && readCached(name);
  if (!text) return undefined;
  try {
    const kept = JSON.parse(text) as Snapshot;
    // The headings' words the build taught jieba, taught without cutting the headings again.
    if (!Array.isArray(kept.learnt)) return undefined;
    const index = PolicyIndex.restore(org.documents, tokenizer, kept.index);
    if (index) tokenizer.teach(kept.learnt);
    return index;
  } catch {
    return undefined;
  }
}

/** Keeps a freshly built index for the next start (compiled build only; `build` is for tests). */
export function keepIndex(org: Org, index: PolicyIndex, learnt: readonly string[], build = BUILD_ID): void {
  const name = snapshotName(org, build);
  const kept: Snapshot = { learnt, index: index.toSnapshot() };
  if (name) writeCached(name, JSON.stringify(kept), PREFIX, KEEP);
}

interface Snapshot {
  /** The words the tokenizer learnt from the documents' headings (Tokenizer.learnWords). */
  readonly learnt: readonly string[];
  readonly index: IndexData;
}

/**
 * Keyed on the code (build id), the documents, synonyms and rewrites, and jieba's dictionary
 * (a package update changes it without changing our code). The words the tokenizer learns from
 * the headings follow from these, so they are not part of the key.
 */
function snapshotName(org: Org, build: string | undefined): string | undefined {
  if (!build) return undefined;
  const key = createHash('sha256').update(build).update(fingerprint(org)).update(dictionaryVersion());
  return `${PREFIX}${key.digest('hex').slice(0, 24)}.json`;
}
