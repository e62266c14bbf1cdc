import { createHash } from 'node:crypto';
import type { Org } from '../../data/org/load-org.ts';
import { loadRewrites } from './engine/colloquial-rewrites.ts';
import type { PolicyIndex } from './engine/policy-index.ts';

/** The indexes kept: the one in use and the one before (a reload, two organisations in tests). */
const KEPT = 2;
const cache = new Map<string, PolicyIndex>();

/**
 * The index depends only on the documents, the synonyms, the colloquial rewrites and the questions
 * written for the sections. A reload after an edit of
 * staff.csv or the FAQ (the usual one) reuses it instead of spending seconds rebuilding the
 * same thing; so does every bot built on the same folder in one process (the test suite).
 * The index is read-only once built, so sharing it is safe.
 */
export async function cachedIndex(org: Org, build: () => PolicyIndex | Promise<PolicyIndex>): Promise<PolicyIndex> {
  const key = fingerprint(org);
  const hit = cache.get(key);
  if (hit) return hit;
  const index = await build();
  remember(key, index);
  return index;
}

/** The same, for a build that must not wait (start-up, the CLI). */
export function cachedIndexSync(org: Org, build: () => PolicyIndex): PolicyIndex {
  const key = fingerprint(org);
  const hit = cache.get(key);
  if (hit) return hit;
  const index = build();
  remember(key, index);
  return index;
}

function remember(key: string, index: PolicyIndex): void {
  cache.delete(key);
  cache.set(key, index);
  while (cache.size > KEPT) cache.delete(cache.keys().next().value!);
}

/** A hash of everything of the organisation's the index is built from. */
export function fingerprint(org: Org): string {
  const hash = createHash('sha256').update(
    JSON.stringify([org.synonyms, loadRewrites(org.dir), org.sectionQuestions ?? []]),
  );
  for (const d of org.documents) {
    hash.update(JSON.stringify([d.slug, d.title, d.kind]));
    for (const s of d.sections) hash.update(JSON.stringify([s.path, s.body]));
  }
  return hash.digest('hex');
}
