import type { LocalDate } from '../time/index.ts';
import { yearOf } from '../time/index.ts';
import type { CalendarSchedule } from './calendar-schedule.ts';
import type { HolidayOverride } from './holiday-override.ts';

/** The package schedule with the organisation's file laid over it (see holiday-override.ts). */
export function applyOverride(base: CalendarSchedule, override: HolidayOverride): CalendarSchedule {
  const years = new Set(base.years);
  const holidays = new Map(base.holidays);
  const makeupWorkdays = new Map(base.makeupWorkdays);
  const normalDays = new Set(base.normalDays ?? []);

  for (const [key, entry] of Object.entries(override.years)) {
    const year = Number(key);
    if (entry.complete) {
      // The file's list is the whole year: drop the package's days of that year first, so a
      // day the notice doesn't list can't survive from stale package data.
      for (const map of [holidays, makeupWorkdays] as Map<LocalDate, string>[]) {
        for (const date of [...map.keys()]) if (yearOf(date) === year) map.delete(date);
      }
      years.add(year);
    }
    for (const h of entry.holidays) {
      makeupWorkdays.delete(h.date);
      holidays.set(h.date, h.name);
    }
    for (const w of entry.workdays) {
      holidays.delete(w.date);
      makeupWorkdays.set(w.date, w.name ?? '调休上班');
    }
  }

  for (const c of override.corrections) {
    holidays.delete(c.date);
    makeupWorkdays.delete(c.date);
    if (c.type === 'holiday') holidays.set(c.date, c.name);
    if (c.type === 'workday') makeupWorkdays.set(c.date, c.name ?? '调休上班');
    if (c.type === 'normal') normalDays.add(c.date);
  }

  return { years, holidays, makeupWorkdays, normalDays };
}
