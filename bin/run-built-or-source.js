// Runs the compiled bundle when there is a current one, else the TypeScript through tsx.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Runs `dist/<built>.js` (made by `npm run build`, which `npm install` runs) when it exists
 * and is newer than every file it was built from; otherwise `source` through tsx: a checkout
 * without a build, or one edited since, runs what is on disk rather than a stale bundle.
 * @param {string} built the bundle's name in dist/ ("main", "cli")
 * @param {string} source its TypeScript entry, relative to the project root
 */
export async function runBuiltOrSource(built, source) {
  // zod compiles a fast parser for each object schema on its first parse; the bot parses each
  // configuration file once (at start-up, on a reload), so compiling cost more than it saved
  // (about 50 ms of every start). zod reads the setting when a schema is made: before any is.
  const { z } = await import('zod');
  z.config({ jitless: true });
  const bundle = `${root}dist/${built}.js`;
  if (isCurrent(bundle)) {
    await import(pathToFileURL(bundle).href);
    return;
  }
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(`${root}${source}`).href);
}

/** @param {string} bundle */
function isCurrent(bundle) {
  const list = `${root}dist/sources.json`;
  if (!existsSync(bundle) || !existsSync(list)) return false;
  const builtAt = statSync(bundle).mtimeMs;
  /** @type {string[]} */
  const sources = JSON.parse(readFileSync(list, 'utf8'));
  // About 300 stats: a millisecond or two.
  return sources.every(
    (file) => (statSync(`${root}${file}`, { throwIfNoEntry: false })?.mtimeMs ?? Infinity) <= builtAt,
  );
}
