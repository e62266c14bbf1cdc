import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectPath } from '../../../data/project-root.ts';
import { parseRewrites, type ColloquialRewrite } from '../../understanding/rewrite-table.ts';

/** The organisation's own rewrites, in its folder, run after the built-in ones. */
export const ORG_REWRITES_FILE = 'colloquial-rewrites.json';
const BUILT_IN_FILE = projectPath('handlers/policy-qa/engine/colloquial-rewrites.json');

let builtIn: ColloquialRewrite[] | undefined;

/** The built-in rewrites. */
export function builtInRewrites(): readonly ColloquialRewrite[] {
  builtIn ??= parseRewrites(readFileSync(BUILT_IN_FILE, 'utf8'), BUILT_IN_FILE);
  return builtIn;
}

/** The built-in rewrites, then the organisation's own from its folder if it has the file. */
export function loadRewrites(orgDir: string | undefined): readonly ColloquialRewrite[] {
  const file = orgDir ? join(orgDir, ORG_REWRITES_FILE) : undefined;
  if (!file || !existsSync(file)) return builtInRewrites();
  return [...builtInRewrites(), ...parseRewrites(readFileSync(file, 'utf8'), file)];
}
