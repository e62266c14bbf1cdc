import { z } from 'zod';
import type { LocalDate } from '../../../data/time/index.ts';
import { parseLocalDate } from '../../../data/time/index.ts';
import { parseLeaveDates } from './parse-leave-dates.ts';
import type { DateParse } from './types.ts';

/*
 * The labelled leave phrases (bench/fixtures/date-phrases.json) and how a parse is scored
 * against them. Shared by the unit test, which wants every phrase right, and by the bench,
 * which reports accuracy.
 */

const date = z.string().refine((s) => parseLocalDate(s) !== null, { error: 'must be YYYY-MM-DD' });
const half = z.enum(['full', 'am', 'pm']);

const expectation = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('range'),
    start: date,
    end: date,
    startHalf: half.optional(),
    endHalf: half.optional(),
  }),
  z.strictObject({
    kind: z.literal('start-with-days'),
    start: date,
    startHalf: half.optional(),
    days: z.number().positive(),
  }),
  z.strictObject({ kind: z.literal('days-only'), days: z.number().positive() }),
  /** `reasonIncludes`: a word the question must contain, e.g. the date it offers. */
  z.strictObject({ kind: z.literal('ambiguous'), reasonIncludes: z.string().optional() }),
  z.strictObject({ kind: z.literal('none') }),
]);

export const datePhraseCaseSchema = z.strictObject({
  text: z.string().min(1),
  /** the day the phrase is said, Asia/Shanghai */
  today: date,
  expect: expectation,
  note: z.string().optional(),
});

export type DatePhraseCase = z.infer<typeof datePhraseCaseSchema>;
export type DatePhraseExpectation = z.infer<typeof expectation>;

export function parseDatePhraseSet(json: unknown): DatePhraseCase[] {
  return z.array(datePhraseCaseSchema).parse(json);
}

/** One line per parse, so that a failure reads as "expected X, got Y". */
export function describeParse(p: DateParse): string {
  switch (p.kind) {
    case 'range':
      return `range ${p.start.date}(${p.start.half})..${p.end.date}(${p.end.half})`;
    case 'start-with-days':
      return `start-with-days ${p.start.date}(${p.start.half}) ${p.days}`;
    case 'days-only':
      return `days-only ${p.days}`;
    case 'ambiguous':
      return `ambiguous: ${p.reason}`;
    case 'none':
      return 'none';
  }
}

export function describeExpectation(e: DatePhraseExpectation): string {
  switch (e.kind) {
    case 'range':
      return `range ${e.start}(${e.startHalf ?? 'full'})..${e.end}(${e.endHalf ?? 'full'})`;
    case 'start-with-days':
      return `start-with-days ${e.start}(${e.startHalf ?? 'full'}) ${e.days}`;
    case 'days-only':
      return `days-only ${e.days}`;
    case 'ambiguous':
      return e.reasonIncludes === undefined ? 'ambiguous' : `ambiguous mentioning “${e.reasonIncludes}”`;
    case 'none':
      return 'none';
  }
}

export function matchesExpectation(actual: DateParse, e: DatePhraseExpectation): boolean {
  switch (e.kind) {
    case 'range':
      return (
        actual.kind === 'range' &&
        actual.start.date === e.start &&
        actual.end.date === e.end &&
        actual.start.half === (e.startHalf ?? 'full') &&
        actual.end.half === (e.endHalf ?? 'full')
      );
    case 'start-with-days':
      return (
        actual.kind === 'start-with-days' &&
        actual.start.date === e.start &&
        actual.start.half === (e.startHalf ?? 'full') &&
        actual.days === e.days
      );
    case 'days-only':
      return actual.kind === 'days-only' && actual.days === e.days;
    case 'ambiguous':
      return (
        actual.kind === 'ambiguous' && (e.reasonIncludes === undefined || actual.reason.includes(e.reasonIncludes))
      );
    case 'none':
      return actual.kind === 'none';
  }
}

export interface PhraseFailure {
  case: DatePhraseCase;
  expected: string;
  actual: string;
}

export interface PhraseSetResult {
  total: number;
  passed: number;
  /** passed / total, 0 for an empty set */
  accuracy: number;
  failures: PhraseFailure[];
}

export type LeaveDateParser = (text: string, today: LocalDate) => DateParse;

/** Runs every phrase through `parse` (the real parser unless a bench swaps one in) and scores it. */
export function runDatePhraseSet(
  cases: readonly DatePhraseCase[],
  parse: LeaveDateParser = parseLeaveDates,
): PhraseSetResult {
  const failures: PhraseFailure[] = [];
  for (const c of cases) {
    const actual = parse(c.text, c.today as LocalDate);
    if (!matchesExpectation(actual, c.expect)) {
      failures.push({ case: c, expected: describeExpectation(c.expect), actual: describeParse(actual) });
    }
  }
  const passed = cases.length - failures.length;
  return { total: cases.length, passed, accuracy: cases.length === 0 ? 0 : passed / cases.length, failures };
}
