import { addDays, shanghaiDate, type LocalDate } from '../../data/time/index.ts';
import type { WorkCalendar } from '../../data/calendar/work-calendar.ts';
import type { Db } from '../../data/db/open-database.ts';
import { LeaveRequestsRepo } from '../../data/repos/leave-requests-repo.ts';
import { spanOfRequest } from '../leave/leave-facts.ts';
import { halvesOn } from '../leave/rules/leave-span.ts';

/** No leave, however long, makes us look further for someone's day back; beyond it we give up. */
const MAX_AWAY_DAYS = 400;

/**
 * Who is away on approved leave, for the reminders: a person is away on a day their approved
 * leave covers whole. Decision: half a day off is not away (they are at work the other half and
 * read the reminder then); leave ended early by 销假 stops counting from the day after.
 */
export class AwayOnLeave {
  private constructor(private readonly days: ReadonlyMap<string, ReadonlySet<LocalDate>>) {}

  /** The approved leave that touches [from, to]. */
  static async load(db: Db, from: LocalDate, to: LocalDate): Promise<AwayOnLeave> {
    const requests = await new LeaveRequestsRepo(db).find({ statuses: ['approved'], from, to });
    const days = new Map<string, Set<LocalDate>>();
    for (const r of requests) {
      const span = spanOfRequest(r);
      const returned = r.returnedAt === null ? null : shanghaiDate(r.returnedAt);
      for (let d = span.start; d <= span.end; d = addDays(d, 1)) {
        if (returned !== null && d > returned) break;
        if (halvesOn(span, d).length < 2) continue;
        const mine = days.get(r.staffId) ?? new Set<LocalDate>();
        mine.add(d);
        days.set(r.staffId, mine);
      }
    }
    return new AwayOnLeave(days);
  }

  isAway(staffId: string, date: LocalDate): boolean {
    return this.days.get(staffId)?.has(date) ?? false;
  }

  /** The first working day on or after `date` that the person is not away. */
  firstDayBack(staffId: string, date: LocalDate, calendar: WorkCalendar): LocalDate {
    let d = calendar.workingDayOnOrAfter(date);
    for (let i = 0; i < MAX_AWAY_DAYS && this.isAway(staffId, d); i++) d = calendar.nextWorkingDay(d);
    return d;
  }
}
