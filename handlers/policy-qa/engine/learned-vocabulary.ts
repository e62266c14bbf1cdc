import { existsSync, readFileSync } from 'node:fs';
import { projectPath } from '../../../data/project-root.ts';

/** Where bench/qa-learn-vocabulary.ts writes what it learned. */
export const LEARNED_VOCABULARY_FILE = projectPath('handlers/policy-qa/engine/learned-vocabulary.json');

let loaded: ReadonlyMap<string, readonly string[]> | undefined;

/**
 * The colloquial ↔ document vocabulary learned from question sets (issue 12): a word staff
 * ask with ("打车") → the document words of the sections that answered it ("出租车"). None
 * when the file is missing (the learner's own first run).
 */
export function learnedVocabulary(): ReadonlyMap<string, readonly string[]> {
  if (loaded) return loaded;
  if (!existsSync(LEARNED_VOCABULARY_FILE)) return (loaded = new Map());
  const json = JSON.parse(readFileSync(LEARNED_VOCABULARY_FILE, 'utf8')) as { words?: Record<string, string[]> };
  loaded = new Map(Object.entries(json.words ?? {}));
  return loaded;
}
