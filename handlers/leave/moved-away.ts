import type { Db } from '../../data/db/open-database.ts';
import type { Org } from '../../data/org/load-org.ts';
import { LeaveRequestsRepo } from '../../data/repos/leave-requests-repo.ts';
import { waitingHolder } from './current-holders.ts';

export interface MovedAway {
  readonly id: number;
  /** Who holds it now. */
  readonly to: string;
  /** Since when they hold it. */
  readonly at: Date;
}

/**
 * 「郑雨那个同意」 from a lead whose step went up to the department head (waited too long, or they were
 * away): the applicant's open request whose waiting step was theirs and is held by someone else now, so
 * the reply can say where it went rather than 「目前没有等您审批的申请」, which read as if it had vanished.
 */
export async function movedAwayFrom(
  db: Db,
  org: Org,
  approverId: string,
  applicant: string,
  now: Date,
): Promise<MovedAway | undefined> {
  const staff = org.directory.all.find((s) => s.name === applicant);
  if (!staff) return undefined;
  const repo = new LeaveRequestsRepo(db);
  for (const request of await repo.forStaff(staff.id, ['pending'])) {
    const held = await waitingHolder(db, org, request, await repo.steps(request.id), now);
    if (!held || held.step.approverId !== approverId || held.holder.person.id === approverId) continue;
    return { id: request.id, to: held.holder.person.name, at: held.holder.since ?? now };
  }
  return undefined;
}
