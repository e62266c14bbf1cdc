// Checks a bench question set against the cleaned policy files: every answerable question
// names exactly one section (a substring of its heading path) of its document, and every
// expected string occurs verbatim in that section's body. Also counts the question mix.
//
//   npx tsx tools/clean/check-qa-handbook.ts [bench/fixtures/qa-handbook.jsonl]

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePolicyDocument } from '../../data/org/policy-document.ts';
import type { PolicyDocument } from '../../data/org/policy-document.ts';

interface Question {
  readonly q: string;
  readonly expect?: readonly string[];
  readonly doc?: string;
  readonly section?: string;
  readonly answerable?: boolean;
}

const root = join(import.meta.dirname, '..', '..');
const fixture = process.argv[2] ?? join(root, 'bench/fixtures/qa-handbook.jsonl');
const docs = new Map<string, PolicyDocument>();
const problems: string[] = [];
const perSection = new Map<string, number>();
const seen = new Set<string>();
let answerable = 0;
let unanswerable = 0;

function loadDoc(slug: string): PolicyDocument {
  const cached = docs.get(slug);
  if (cached) return cached;
  const file = join(root, 'data/orgs/sample/policies', `${slug}.md`);
  const doc = parsePolicyDocument(readFileSync(file, 'utf8'), slug, file);
  docs.set(slug, doc);
  return doc;
}

readFileSync(fixture, 'utf8')
  .split('\n')
  .forEach((line, i) => {
    if (!line.trim()) return;
    const item = JSON.parse(line) as Question;
    const where = `line ${i + 1} (${item.q})`;
    if (seen.has(item.q)) problems.push(`${where}: duplicate question`);
    seen.add(item.q);
    if (item.answerable === false) {
      unanswerable++;
      if (item.expect || item.section) problems.push(`${where}: unanswerable items carry only q`);
      return;
    }
    answerable++;
    if (!item.doc || !item.section || !item.expect?.length || item.expect.length > 3) {
      problems.push(`${where}: needs doc, section and 1–3 expect strings`);
      return;
    }
    const section = item.section;
    const matches = loadDoc(item.doc).sections.filter((s) => s.path.join(' › ').includes(section));
    const match = matches[0];
    if (matches.length !== 1 || !match) {
      problems.push(`${where}: section "${section}" matches ${matches.length} sections`);
      return;
    }
    const path = match.path.join(' › ');
    perSection.set(path, (perSection.get(path) ?? 0) + 1);
    for (const e of item.expect) if (!match.body.includes(e)) problems.push(`${where}: "${e}" not in ${path}`);
  });

console.log(`${answerable} answerable, ${unanswerable} unanswerable, ${perSection.size} sections`);
if (problems.length) {
  console.log(problems.join('\n'));
  process.exitCode = 1;
}
