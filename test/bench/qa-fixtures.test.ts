import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseQaFile, QA_FIXTURES, sectionMatches, statesExpected, type Answer } from '../../bench/qa-set.ts';
import { loadOrg } from '../../data/org/load-org.ts';

const org = loadOrg();

/**
 * Whether the fact is written in a section of that document whose heading path holds `section`,
 * compared as the bench scores (width, spacing and punctuation aside).
 */
function written(a: Answer): boolean {
  const doc = org.documents.find((d) => d.slug === a.doc);
  return !!doc?.sections.some(
    (s) => sectionMatches(s.path.join(' › '), a.section) && a.expect.every((e) => statesExpected(s.body, e)),
  );
}

describe('the Q&A benchmark question sets', () => {
  const files = readdirSync(QA_FIXTURES).filter((f) => f.endsWith('.jsonl'));

  it.each(files)('%s: every fact expected is written in the section it cites', (file) => {
    const wrong = parseQaFile(file).flatMap((c) =>
      'answerable' in c
        ? []
        : [c, ...(c.also ?? [])]
            .filter((a) => !written(a))
            .map((a) => `${'q' in a ? a.q : c.q} → ${a.doc} ${a.section}`),
    );
    // A held-out set's questions are never printed, even when one is mislabelled: only the count.
    expect(file.includes('holdout') ? wrong.length : wrong).toEqual(file.includes('holdout') ? 0 : []);
  });

  it('has at least 80 answerable and 15 unanswerable questions in the main set', () => {
    const main = files.filter((f) => f.startsWith('qa-')).flatMap((f) => parseQaFile(f));
    expect(main.filter((c) => !('answerable' in c)).length).toBeGreaterThanOrEqual(80);
    expect(main.filter((c) => 'answerable' in c).length).toBeGreaterThanOrEqual(15);
  });
});
