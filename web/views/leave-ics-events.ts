import type { Org } from '../../data/org/load-org.ts';
import type { LeaveRequest } from '../../data/repos/leave-requests-repo.ts';
import { addDays, type LocalDate } from '../../data/time/index.ts';
import { typeName } from '../../handlers/leave/leave-summary.ts';
import { typeForColleagues } from '../../handlers/leave/who-is-out.ts';
import type { IcsEvent } from './ics.ts';

const HALF = { full: '', am: '上午', pm: '下午' } as const;

/** The window a feed covers: three months back to a year ahead. */
export function icsWindow(today: LocalDate): { from: LocalDate; to: LocalDate } {
  return { from: addDays(today, -92), to: addDays(today, 366) };
}

/**
 * One all-day event per approved request, named by person and type only: never the reason. A
 * calendar the team shares (`forColleagues`) shows sick leave as 「请假」, as the 08:30 note does.
 */
export function leaveIcsEvents(
  org: Org,
  requests: readonly LeaveRequest[],
  options: { forColleagues?: boolean } = {},
): IcsEvent[] {
  return requests.map((r) => {
    const halves =
      r.start === r.end
        ? HALF[r.startHalf]
        : [
            r.startHalf !== 'full' ? `首日${HALF[r.startHalf]}` : '',
            r.endHalf !== 'full' ? `末日${HALF[r.endHalf]}` : '',
          ]
            .filter(Boolean)
            .join('，');
    const type = options.forColleagues ? typeForColleagues(org, r.typeKey) : typeName(org.leaveRules, r.typeKey);
    return {
      uid: `leave-${r.id}@tonggong`,
      start: r.start,
      end: r.end,
      summary: `${org.directory.get(r.staffId)?.name ?? r.staffId} ${type}${halves ? `（${halves}）` : ''}`,
    };
  });
}
