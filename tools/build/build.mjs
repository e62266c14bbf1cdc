#!/usr/bin/env node
// `npm run build`, run by `npm install` / `npm ci` through the `prepare` script: bundles the
// bot (app/main.ts → dist/main.js) and the CLI (app/cli/main.ts → dist/cli.js) into plain
// JavaScript, so production starts without transpiling TypeScript at run time. Packages stay
// in node_modules (not bundled); each CLI command and each channel, loaded with `import()`,
// becomes its own chunk, loaded only when used. dist/sources.json lists the files the build
// read, so bin/run-built-or-source.js can tell when an edit has made the bundle stale.
// Usage: node tools/build/build.mjs [OUT_DIR]   (default dist/, relative to the project root)
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { bundleOptions } from './bundle-options.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const outdir = resolve(root, process.argv[2] ?? 'dist');
// Chunk names carry a hash: clear out the previous build's instead of piling them up.
rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });
// The build id: a hash of every source file the code could be built from (data/orgs/ left out:
// an organisation's documents are hashed apart, where they are used). data/build-id.ts says why.
const CODE_DIRS = ['app', 'bot', 'data', 'handlers', 'scheduler', 'web'];
const hash = createHash('sha256');
for (const dir of CODE_DIRS) {
  const files = readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ts|json)$/.test(e.name))
    .map((e) => join(e.parentPath ?? e.path, e.name))
    .filter((f) => !f.includes(`${join(root, 'data', 'orgs')}/`))
    .sort();
  for (const f of files) hash.update(f.slice(root.length)).update(readFileSync(f));
}
const buildId = hash.digest('hex').slice(0, 24);
const result = await build({
  ...bundleOptions(root),
  entryPoints: { main: 'app/main.ts', cli: 'app/cli/main.ts' },
  outdir,
  chunkNames: 'chunks/[name]-[hash]',
  splitting: true,
  metafile: true,
  define: { __TONGGONG_BUILD_ID__: JSON.stringify(buildId) },
});
const sources = Object.keys(result.metafile.inputs).filter((file) => !file.startsWith('node_modules/'));
writeFileSync(join(outdir, 'sources.json'), `${JSON.stringify(sources, null, 1)}\n`);
