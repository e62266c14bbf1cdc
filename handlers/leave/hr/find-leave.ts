import type { Db } from '../../../data/db/open-database.ts';
import { LeaveRequestsRepo, type LeaveRequest } from '../../../data/repos/leave-requests-repo.ts';
import { monthRange, type LeaveFilter } from './leave-filter.ts';

/** Requests matching HR's filter: touching the month, of the people, the team or department, the status. */
export async function findLeave(db: Db, filter: Omit<LeaveFilter, 'label'>): Promise<LeaveRequest[]> {
  const range = filter.month ? monthRange(filter.month.year, filter.month.month) : undefined;
  const found = await new LeaveRequestsRepo(db).find({
    ...(filter.staffIds ? { staffIds: filter.staffIds } : {}),
    ...(filter.statuses ? { statuses: filter.statuses } : {}),
    ...(range ? { from: range.from, to: range.to } : {}),
  });
  return filter.team ? found.filter((r) => r.team === filter.team || r.department === filter.team) : found;
}
