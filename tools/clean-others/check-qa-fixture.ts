// Checks bench/fixtures/qa-others.jsonl against the cleaned policy files: every answerable
// question names exactly one section (by a substring of its heading path) of its document,
// and every expected string occurs verbatim in that section's text.
// Usage: npx tsx tools/clean-others/check-qa-fixture.ts

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePolicyDocument } from '../../data/org/policy-document.ts';

const root = join(import.meta.dirname, '../..');
const fixture = join(root, 'bench/fixtures/qa-others.jsonl');
const problems: string[] = [];
let answerable = 0;
let unanswerable = 0;

readFileSync(fixture, 'utf8')
  .split('\n')
  .forEach((line, i) => {
    if (!line.trim()) return;
    const item = JSON.parse(line) as {
      q: string;
      expect?: string[];
      doc?: string;
      section?: string;
      answerable?: boolean;
    };
    const where = `line ${i + 1} (${item.q})`;
    if (item.answerable === false) {
      unanswerable++;
      return;
    }
    answerable++;
    if (!item.doc || !item.section || !item.expect?.length || item.expect.length > 3) {
      problems.push(`${where}: needs doc, section and 1–3 expect strings`);
      return;
    }
    const file = join(root, 'data/orgs/sample/policies', `${item.doc}.md`);
    const doc = parsePolicyDocument(readFileSync(file, 'utf8'), item.doc, file);
    const matches = doc.sections.filter((s) => s.path.join(' › ').includes(item.section!));
    if (matches.length !== 1) {
      problems.push(`${where}: section "${item.section}" matches ${matches.length} sections`);
      return;
    }
    const text = matches[0]!.body;
    for (const e of item.expect)
      if (!text.includes(e)) problems.push(`${where}: "${e}" not in ${matches[0]!.path.join(' › ')}`);
  });

console.log(`${answerable} answerable, ${unanswerable} unanswerable`);
if (problems.length) {
  console.log(problems.join('\n'));
  process.exitCode = 1;
}
