import { atShanghai, type LocalDate } from '../data/time/index.ts';
import type { Occurrence } from './job.ts';

/**
 * The usual shape of a job's schedule: one occurrence at `time` (Asia/Shanghai) on each of
 * `days`, keyed by the date, stale at `staleAt` that same day, keeping those with
 * `from < dueAt <= to`, oldest first.
 */
export function occurrencesOnDays(
  days: Iterable<LocalDate>,
  time: string,
  staleAt: string,
  from: Date,
  to: Date,
): Occurrence[] {
  const out: Occurrence[] = [];
  for (const day of [...new Set(days)].sort()) {
    const dueAt = atShanghai(day, time);
    if (dueAt > from && dueAt <= to) out.push({ key: day, dueAt, staleAfter: atShanghai(day, staleAt) });
  }
  return out;
}
