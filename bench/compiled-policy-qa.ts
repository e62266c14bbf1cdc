import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { PROJECT_ROOT } from '../data/project-root.ts';
import { bundleOptions } from '../tools/build/bundle-options.mjs';

type PolicyQaModule = typeof import('../handlers/policy-qa/policy-qa.ts');

/**
 * The policy Q&A compiled as `npm start` runs it (esbuild, tools/build/bundle-options.mjs), for
 * the speed rows. The bench itself runs under tsx, which keeps every function's name: each
 * closure made is also an `Object.defineProperty`, a cost production does not pay (the same
 * answers took about 0.27 ms under tsx and 0.19 ms compiled on this machine).
 */
export async function compiledPolicyQa(): Promise<PolicyQaModule['PolicyQa']> {
  mkdirSync(join(PROJECT_ROOT, 'var'), { recursive: true });
  // Inside the project, as dist/ is: the code finds its data files and packages from there.
  const dir = mkdtempSync(join(PROJECT_ROOT, 'var', 'bench-compiled-'));
  try {
    const outfile = join(dir, 'policy-qa.mjs');
    await build({ ...bundleOptions(PROJECT_ROOT), entryPoints: ['handlers/policy-qa/policy-qa.ts'], outfile });
    const module = (await import(pathToFileURL(outfile).href)) as PolicyQaModule;
    return module.PolicyQa;
  } finally {
    // Imported whole (no chunks loaded later), so the file is no longer needed.
    rmSync(dir, { recursive: true, force: true });
  }
}
