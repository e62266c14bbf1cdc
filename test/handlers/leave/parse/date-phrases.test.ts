import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDatePhraseSet, runDatePhraseSet } from '../../../../handlers/leave/parse/phrase-set.ts';

const cases = parseDatePhraseSet(
  JSON.parse(readFileSync(new URL('../../../../bench/fixtures/date-phrases.json', import.meta.url), 'utf8')),
);

describe('the labelled leave phrases', () => {
  it('has at least 90 phrases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(90);
  });

  it('reads every phrase as labelled', () => {
    const result = runDatePhraseSet(cases);
    const report = result.failures.map(
      (f) => `${f.case.today} “${f.case.text}”: expected ${f.expected}, got ${f.actual}`,
    );
    expect(report).toEqual([]);
    expect(result.accuracy).toBe(1);
  });
});
