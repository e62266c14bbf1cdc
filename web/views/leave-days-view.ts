import { eachDay, type LocalDate } from '../../data/time/index.ts';
import type { Org } from '../../data/org/load-org.ts';
import type { LeaveRequest } from '../../data/repos/leave-requests-repo.ts';

export interface DayOut {
  readonly requestId: number;
  readonly typeKey: string;
  /** `am`/`pm` for a half day, `full` otherwise. */
  readonly half: 'full' | 'am' | 'pm';
  readonly pending: boolean;
}

/**
 * Who is out on which day of [from, to]: staff id → date → the request. A working-days
 * type skips weekends and holidays (the person isn't "out" on a Sunday), a calendar-days
 * type (maternity) covers every day, as the rules count them.
 */
export function daysOut(
  org: Org,
  requests: readonly LeaveRequest[],
  from: LocalDate,
  to: LocalDate,
): Map<string, Map<string, DayOut>> {
  const out = new Map<string, Map<string, DayOut>>();
  for (const r of requests) {
    const counting = org.leaveRules?.types.find((t) => t.key === r.typeKey)?.counting ?? 'working-days';
    const start = (r.start < from ? from : r.start) as LocalDate;
    const end = (r.end > to ? to : r.end) as LocalDate;
    if (start > end) continue;
    const person = out.get(r.staffId) ?? new Map<string, DayOut>();
    for (const d of eachDay(start, end)) {
      if (counting === 'working-days' && !org.calendar.isWorkingDay(d)) continue;
      const half =
        d === r.start && r.startHalf !== 'full'
          ? r.startHalf
          : d === r.end && r.endHalf !== 'full'
            ? r.endHalf
            : 'full';
      person.set(d, { requestId: r.id, typeKey: r.typeKey, half, pending: r.status === 'pending' });
    }
    out.set(r.staffId, person);
  }
  return out;
}
