import type { LocalDate } from '../../data/time/index.ts';
import type { Db } from '../../data/db/open-database.ts';
import { BalanceLedgerRepo } from '../../data/repos/balance-ledger-repo.ts';
import { LeaveRequestsRepo, type LeaveRequest } from '../../data/repos/leave-requests-repo.ts';
import type { ExistingLeave, LeaveFacts } from './rules/check-leave.ts';
import type { LeaveSpan } from './rules/leave-span.ts';

export function spanOfRequest(r: LeaveRequest): LeaveSpan {
  return { start: r.start as LocalDate, startHalf: r.startHalf, end: r.end as LocalDate, endHalf: r.endHalf };
}

/** What the rules need to know about a person's other leave and balances at `now`, read in one go. */
export async function loadLeaveFacts(db: Db, staffId: string, now: Date): Promise<LeaveFacts> {
  const requests = await new LeaveRequestsRepo(db).forStaff(staffId, ['pending', 'approved']);
  const ledger = new BalanceLedgerRepo(db);
  const existing: ExistingLeave[] = requests.map((r) => ({
    id: r.id,
    typeKey: r.typeKey,
    span: spanOfRequest(r),
    days: r.days,
    status: r.status as 'pending' | 'approved',
  }));
  const comp = (await ledger.compCredits(staffId, now)).map((c) => ({
    id: c.id,
    earnedOn: c.earnedOn as LocalDate,
    expiresOn: c.expiresOn as LocalDate,
    hours: c.hours,
    remainingHours: c.remainingHours,
  }));
  const compNotYet = await ledger.creditsNotYetEarned(staffId, now);
  return { existing, comp, annualCorrections: await ledger.annualCorrections(staffId), compNotYet };
}
