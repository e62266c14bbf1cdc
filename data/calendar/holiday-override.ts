import { z } from 'zod';
import type { LocalDate } from '../time/index.ts';
import { parseLocalDate, weekdayOf, yearOf } from '../time/index.ts';
import type { OverrideIssue } from './holiday-override-error.ts';
import { HolidayOverrideError, formatIssuePath } from './holiday-override-error.ts';

/*
 * The organisation's holidays.json: how HR adds a year the package doesn't know yet, or
 * corrects one day.
 *
 *  years[Y].complete = true  → this is the whole schedule of year Y (copied from the State
 *                              Council notice); it replaces the package data for Y, and Y
 *                              counts as scheduled.
 *  years[Y].complete = false → entries are laid on top of the package data; Y counts as
 *                              scheduled only if the package covers it.
 *  corrections               → single days, applied last: 'holiday' (with a name),
 *                              'workday' (make-up working day) or 'normal' (back to the
 *                              Monday–Friday rule).
 *
 * A notice for year Y can reach into the neighbouring months (元旦 2012 made 2011-12-31 a
 * working day), so entries may fall in December of Y−1 or January of Y+1.
 */

const dateField = z
  .string({ error: 'must be a date string YYYY-MM-DD' })
  .refine((s) => parseLocalDate(s) !== null, { error: 'must be a real day written YYYY-MM-DD' })
  .transform((s) => s as LocalDate);

const comment = z.union([z.string(), z.array(z.string())]).optional();

const holidayEntry = z.strictObject({
  date: dateField,
  name: z.string({ error: 'a holiday needs a name, e.g. "国庆节"' }).trim().min(1, { error: 'must not be empty' }),
  comment,
});

const workdayEntry = z.strictObject({
  date: dateField,
  name: z.string().trim().min(1, { error: 'must not be empty' }).optional(),
  comment,
});

const yearEntry = z.strictObject({
  complete: z.boolean({ error: 'must be true (the whole year is listed) or false (a few days only)' }),
  source: z.string().optional(),
  comment,
  holidays: z.array(holidayEntry).default([]),
  workdays: z.array(workdayEntry).default([]),
});

const reason = z.string({ error: 'say why the day is corrected' }).trim().min(1, { error: 'must not be empty' });

const correction = z.discriminatedUnion(
  'type',
  [
    z.strictObject({
      date: dateField,
      type: z.literal('holiday'),
      name: z
        .string({ error: 'a holiday correction needs a name, e.g. "国庆节"' })
        .trim()
        .min(1, { error: 'must not be empty' }),
      reason,
    }),
    z.strictObject({
      date: dateField,
      type: z.literal(['workday', 'normal']),
      name: z.string().trim().min(1, { error: 'must not be empty' }).optional(),
      reason,
    }),
  ],
  { error: 'type must be "holiday", "workday" or "normal"' },
);

const overrideFile = z.strictObject({
  comment,
  source: z.string().optional(),
  years: z.record(z.string().regex(/^\d{4}$/, { error: 'year keys are four digits, e.g. "2027"' }), yearEntry),
  corrections: z.array(correction).default([]),
});

export type HolidayOverride = z.infer<typeof overrideFile>;
export type HolidayOverrideYear = z.infer<typeof yearEntry>;
export type HolidayCorrection = z.infer<typeof correction>;

export const EMPTY_OVERRIDE: HolidayOverride = { years: {}, corrections: [] };

/** Validates parsed JSON; throws HolidayOverrideError naming `file`, the entry and the field. */
export function parseHolidayOverride(json: unknown, file: string): HolidayOverride {
  const result = overrideFile.safeParse(json);
  if (!result.success) {
    throw new HolidayOverrideError(
      file,
      result.error.issues.map((i) => ({ path: formatIssuePath(i.path), message: i.message })),
    );
  }
  const issues = checkConsistency(result.data);
  if (issues.length > 0) throw new HolidayOverrideError(file, issues);
  return result.data;
}

function checkConsistency(override: HolidayOverride): OverrideIssue[] {
  const issues: OverrideIssue[] = [];
  for (const [key, entry] of Object.entries(override.years)) {
    const year = Number(key);
    const seen = new Map<string, string>();
    const check = (kind: 'holidays' | 'workdays', index: number, date: LocalDate) => {
      const path = `years.${key}.${kind}[${index}].date`;
      const dateYear = yearOf(date);
      const month = Number(date.slice(5, 7));
      const inReach =
        dateYear === year || (dateYear === year - 1 && month === 12) || (dateYear === year + 1 && month === 1);
      if (!inReach)
        issues.push({ path, message: `${date} is not in ${key} (nor in the December before or the January after)` });
      const earlier = seen.get(date);
      if (earlier !== undefined) issues.push({ path, message: `${date} is already listed at ${earlier}` });
      else seen.set(date, `years.${key}.${kind}[${index}]`);
    };
    entry.holidays.forEach((h, i) => check('holidays', i, h.date));
    entry.workdays.forEach((w, i) => {
      check('workdays', i, w.date);
      const weekday = weekdayOf(w.date);
      if (weekday !== 0 && weekday !== 6) {
        issues.push({
          path: `years.${key}.workdays[${i}].date`,
          message: `${w.date} is a weekday; a make-up working day (调休上班) is always a Saturday or Sunday`,
        });
      }
    });
  }
  const corrected = new Map<string, number>();
  override.corrections.forEach((c, i) => {
    const earlier = corrected.get(c.date);
    if (earlier !== undefined) {
      issues.push({
        path: `corrections[${i}].date`,
        message: `${c.date} is already corrected at corrections[${earlier}]`,
      });
    } else corrected.set(c.date, i);
  });
  return issues;
}
