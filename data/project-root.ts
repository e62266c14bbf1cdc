import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The folder holding package.json. Data files that sit beside the code (the sample
 * organisation, the built-in colloquial rewrites, the web console's stylesheet) are found
 * from here, so the compiled bundle in dist/ finds them just as the TypeScript does.
 */
export const PROJECT_ROOT = findProjectRoot(import.meta.dirname);

/** A path inside the project: `projectPath('data/orgs/sample')`. */
export function projectPath(...parts: string[]): string {
  return join(PROJECT_ROOT, ...parts);
}

function findProjectRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no package.json in ${from} or above it`);
  }
}
