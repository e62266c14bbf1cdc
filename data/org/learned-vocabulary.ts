import { z } from 'zod';
import { ConfigError } from '../errors.ts';
import { zodProblems } from './zod-problems.ts';

/**
 * The organisation's colloquial ↔ document vocabulary (issue 12): a word its staff ask with
 * ("打车") → the words of its own documents that answered such questions ("出租车"). Learned
 * from that organisation's question sets by bench/qa-learn-vocabulary.ts, so it belongs in its
 * folder beside synonyms.txt: another organisation's documents use other words.
 */
export type LearnedVocabulary = ReadonlyMap<string, readonly string[]>;

export const LEARNED_VOCABULARY_FILE = 'learned-vocabulary.json';

const schema = z.object({
  about: z.string().optional(),
  words: z.record(z.string().min(1), z.array(z.string().min(1)).min(1)),
});

/** Reads and checks the file: a word maps to at least one document word. */
export function parseLearnedVocabulary(text: string, file: string): LearnedVocabulary {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ConfigError(file, [{ message: `not valid JSON: ${(error as Error).message}` }]);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new ConfigError(file, zodProblems(parsed.error));
  return new Map(Object.entries(parsed.data.words));
}
