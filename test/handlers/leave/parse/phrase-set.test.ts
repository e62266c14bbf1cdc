import { describe, expect, it } from 'vitest';
import type { DatePhraseCase } from '../../../../handlers/leave/parse/phrase-set.ts';
import { parseDatePhraseSet, runDatePhraseSet } from '../../../../handlers/leave/parse/phrase-set.ts';

const cases: DatePhraseCase[] = [
  { text: '明天', today: '2026-12-09', expect: { kind: 'range', start: '2026-12-10', end: '2026-12-10' } },
  { text: '请三天', today: '2026-12-09', expect: { kind: 'days-only', days: 3 } },
];

describe('the phrase-set runner', () => {
  it('scores a parser that gets one phrase wrong', () => {
    const result = runDatePhraseSet(cases, () => ({ kind: 'days-only', days: 3, matched: '三天' }));
    expect(result).toMatchObject({ total: 2, passed: 1, accuracy: 0.5 });
    expect(result.failures[0]).toMatchObject({
      expected: 'range 2026-12-10(full)..2026-12-10(full)',
      actual: 'days-only 3',
    });
  });

  it('checks the half days and the words of a question', () => {
    const half: DatePhraseCase = {
      text: 'x',
      today: '2026-12-09',
      expect: { kind: 'range', start: '2026-12-10', end: '2026-12-10', startHalf: 'pm', endHalf: 'pm' },
    };
    const full = {
      kind: 'range',
      start: { date: '2026-12-10', half: 'full' },
      end: { date: '2026-12-10', half: 'full' },
      matched: 'x',
    } as const;
    expect(runDatePhraseSet([half], () => full as never).passed).toBe(0);
    const question: DatePhraseCase = {
      text: 'x',
      today: '2026-12-09',
      expect: { kind: 'ambiguous', reasonIncludes: '下午' },
    };
    expect(runDatePhraseSet([question], () => ({ kind: 'ambiguous', reason: '请问是哪一天？' })).passed).toBe(0);
  });

  it('rejects a malformed fixture entry', () => {
    expect(() => parseDatePhraseSet([{ text: '明天', today: '2026-12-32', expect: { kind: 'none' } }])).toThrow();
    expect(() =>
      parseDatePhraseSet([{ text: '明天', today: '2026-12-09', expect: { kind: 'range', start: '2026-12-10' } }]),
    ).toThrow();
  });
});
