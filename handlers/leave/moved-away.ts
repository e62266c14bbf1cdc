import type { Db } from '../../data/db/open-database.ts';
import type { Org } from '../../data/org/load-org.ts';
import { LeaveRequestsRepo, type LeaveRequest } from '../../data/repos/leave-requests-repo.ts';
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
    const moved = await movedFromTo(db, org, request, approverId, now);
    if (moved) return moved;
  }
  return undefined;
}

/**
 * 「同意 1」 from the approver request 1 waited on before it went up the line: where it is now, rather
 * than 「第1号目前不需要您审批」, which read as if the approver had got the number wrong.
 */
export async function movedAwayById(
  db: Db,
  org: Org,
  approverId: string,
  requestId: number,
  now: Date,
): Promise<(MovedAway & { readonly applicant: string }) | undefined> {
  const request = await new LeaveRequestsRepo(db).get(requestId);
  if (!request || request.status !== 'pending') return undefined;
  const moved = await movedFromTo(db, org, request, approverId, now);
  const applicant = org.directory.get(request.staffId)?.name;
  return moved && applicant ? { ...moved, applicant } : undefined;
}

async function movedFromTo(
  db: Db,
  org: Org,
  request: LeaveRequest,
  approverId: string,
  now: Date,
): Promise<MovedAway | undefined> {
  const held = await waitingHolder(db, org, request, await new LeaveRequestsRepo(db).steps(request.id), now);
  if (!held || held.step.approverId !== approverId || held.holder.person.id === approverId) return undefined;
  return { id: request.id, to: held.holder.person.name, at: held.holder.since ?? now };
}
