import { readFile } from 'node:fs/promises';
import { applyOverride } from './apply-override.ts';
import { chineseDaysSchedule } from './chinese-days-schedule.ts';
import { HolidayOverrideError } from './holiday-override-error.ts';
import type { HolidayOverride } from './holiday-override.ts';
import { parseHolidayOverride } from './holiday-override.ts';
import { WorkCalendar } from './work-calendar.ts';

/** The package schedule (chinese-days, 2004–2026) with an optional, already validated override. */
export function createWorkCalendar(override?: HolidayOverride): WorkCalendar {
  const base = chineseDaysSchedule();
  return new WorkCalendar(override === undefined ? base : applyOverride(base, override));
}

/**
 * Reads the organisation's holidays.json (when given) and builds the calendar. A missing or
 * malformed file fails start-up with a HolidayOverrideError naming the file and the entry.
 */
export async function loadWorkCalendar(overridePath?: string): Promise<WorkCalendar> {
  if (overridePath === undefined) return createWorkCalendar();
  let text: string;
  try {
    text = await readFile(overridePath, 'utf8');
  } catch (e) {
    throw new HolidayOverrideError(overridePath, [
      { path: '', message: `cannot read the file (${(e as Error).message})` },
    ]);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new HolidayOverrideError(overridePath, [{ path: '', message: `not valid JSON (${(e as Error).message})` }]);
  }
  return createWorkCalendar(parseHolidayOverride(json, overridePath));
}
