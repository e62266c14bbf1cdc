import { shanghaiDate, type LocalDate } from '../../data/time/index.ts';
import type { Db } from '../../data/db/open-database.ts';
import { LeaveRequestsRepo } from '../../data/repos/leave-requests-repo.ts';
import type { Away } from './rules/current-approver.ts';

/**
 * Who is on approved leave on the days in [from, to]. [decision] A half day counts as away (a
 * request reaching a lead off that afternoon should not wait for them); reporting back early
 * (销假) ends the absence from that day.
 */
export async function loadAway(db: Db, from: LocalDate, to: LocalDate): Promise<Away> {
  const approved = await new LeaveRequestsRepo(db).find({ statuses: ['approved'], from, to });
  return (staffId, day) =>
    approved.some(
      (r) =>
        r.staffId === staffId &&
        r.start <= day &&
        r.end >= day &&
        (r.returnedAt === null || shanghaiDate(r.returnedAt) > day),
    );
}
