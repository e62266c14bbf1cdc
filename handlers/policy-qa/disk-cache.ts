import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Where derived data that costs start-up time is kept between runs (the documents' word cuts):
 * `TONGGONG_CACHE_DIR`, else `node_modules/.cache/tonggong` (the convention babel and eslint
 * follow), found through jieba's own install so the source and the compiled build share it.
 * Everything here can be rebuilt: a missing, stale or unwritable cache only costs time.
 */
export function cacheDir(): string {
  const fromEnv = process.env.TONGGONG_CACHE_DIR;
  if (fromEnv) return fromEnv;
  const jiebaPackage = createRequire(import.meta.url).resolve('@node-rs/jieba/package.json');
  return join(dirname(jiebaPackage), '..', '..', '.cache', 'tonggong');
}

/** The cached file's text, or undefined when there is none (or it cannot be read). */
export function readCached(name: string): string | undefined {
  try {
    return readFileSync(join(cacheDir(), name), 'utf8');
  } catch {
    return undefined;
  }
}

/** The cached file's bytes, or undefined when there is none (or it cannot be read). */
export function readCachedBytes(name: string): Buffer | undefined {
  try {
    return readFileSync(join(cacheDir(), name));
  } catch {
    return undefined;
  }
}

/**
 * Writes the file whole or not at all (a temporary file renamed over it), so a process reading
 * it while another writes never sees half; then keeps only the `keep` newest files starting with
 * `prefix` (every edit of the documents makes a new one). A read-only install goes without.
 */
export function writeCached(name: string, data: string | Uint8Array, prefix: string, keep: number): void {
  try {
    const dir = cacheDir();
    mkdirSync(dir, { recursive: true });
    const temporary = join(dir, `.${name}.${process.pid}.tmp`);
    writeFileSync(temporary, data);
    renameSync(temporary, join(dir, name));
    const older = readdirSync(dir)
      .filter((f) => f.startsWith(prefix))
      .map((f) => ({ f, at: statSync(join(dir, f)).mtimeMs }))
      .sort((a, b) => b.at - a.at)
      .slice(keep);
    for (const { f } of older) unlinkSync(join(dir, f));
  } catch {
    // Not writable (a read-only deployment), or another process pruned first: nothing is lost.
  }
}
