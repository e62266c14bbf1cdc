import type { LocalDate } from '../time/index.ts';

/**
 * The official schedule as data: which years are known, which days are statutory holidays
 * (every day off in a holiday block, weekends inside it included) and which weekend days are
 * make-up working days (调休上班日). A day in neither map follows the Monday–Friday rule.
 */
export interface CalendarSchedule {
  /** Years whose whole State Council schedule is known. */
  readonly years: ReadonlySet<number>;
  /** date → holiday name, e.g. '国庆节' */
  readonly holidays: ReadonlyMap<LocalDate, string>;
  /** date → what the make-up day is for, e.g. '春节调休上班' */
  readonly makeupWorkdays: ReadonlyMap<LocalDate, string>;
  /** Days corrected back to the Monday–Friday rule ('normal'): the statutory fallback does not apply to them. */
  readonly normalDays?: ReadonlySet<LocalDate>;
}
