// The esbuild options production is bundled with (tools/build/build.mjs), shared with the bench,
// which times the policy Q&A compiled the same way (bench/compiled-policy-qa.ts): what `npm start`
// runs, not the TypeScript as tsx transforms it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const BUNDLED = ['kysely'];

/** @param {string} root the project root @returns {import('esbuild').BuildOptions} */
export function bundleOptions(root) {
  const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  return {
    absWorkingDir: root,
    bundle: true,
    format: 'esm',
    platform: 'node',
    // 20.10: the first Node 20 to take `import … with { type: 'json' }`, which esbuild keeps only from there.
    target: 'node20.10',
    // Packages stay in node_modules, except kysely: its 279 ES modules, each resolved and read on its
    // own, took 150 ms of every start; bundled, it is one file among ours (pure JavaScript, and
    // nothing else in the process loads its own copy).
    external: Object.keys(packageJson.dependencies)
      .filter((name) => !BUNDLED.includes(name))
      .flatMap((name) => [name, `${name}/*`]),
    logLevel: 'warning',
  };
}
