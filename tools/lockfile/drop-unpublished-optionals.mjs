#!/usr/bin/env node
// npm ci refuses a lockfile that lacks entries for platform-specific optional packages
// (e.g. @node-rs/jieba-darwin-x64@2.0.3) which the registry reachable here does not serve:
// `npm install` can't resolve them, so it leaves them out of the lock, and then `npm ci`
// reports them as "Missing". This removes such names from the optionalDependencies recorded
// in package-lock.json, so the lock says exactly what can be installed.
// Run after `npm install` whenever the lock changes:  node tools/lockfile/drop-unpublished-optionals.mjs
import { readFileSync, writeFileSync } from 'node:fs';

const path = new URL('../../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(path, 'utf8'));
const present = new Set(Object.keys(lock.packages).map((k) => k.replace(/^.*node_modules\//, '')));
let dropped = 0;
for (const [key, entry] of Object.entries(lock.packages)) {
  if (!entry.optionalDependencies) continue;
  for (const name of Object.keys(entry.optionalDependencies)) {
    if (!present.has(name)) {
      delete entry.optionalDependencies[name];
      dropped++;
      process.stdout.write(`dropped ${name} (optional dependency of ${key || 'the project'}, not installable here)\n`);
    }
  }
  if (!Object.keys(entry.optionalDependencies).length) delete entry.optionalDependencies;
}
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
process.stdout.write(`${dropped} unpublished optional dependencies dropped from package-lock.json\n`);
