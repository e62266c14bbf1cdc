import type { Db } from '../../data/db/open-database.ts';
import type { Org } from '../../data/org/load-org.ts';
import { hasRole, type Staff } from '../../data/org/staff.ts';
import { LeaveRequestsRepo, type LeaveRequest } from '../../data/repos/leave-requests-repo.ts';
import { addDays, daysInMonth, makeLocalDate, mondayOf, type LocalDate } from '../../data/time/index.ts';
import type { OverviewPeriod } from '../understanding/types.ts';

export type OutScope = 'team' | 'department' | 'all';

const WIDTH: Record<OutScope, number> = { team: 1, department: 2, all: 3 };

/**
 * Whose leave a person may see ([decision] with issue 11/13): HR and the director everyone, a
 * department head their department, a team or project lead their team; anyone else nobody but themselves.
 */
export function outScopeOf(person: Staff): OutScope | null {
  if (hasRole(person, 'hr') || hasRole(person, 'director')) return 'all';
  if (hasRole(person, 'dept_head')) return 'department';
  if (hasRole(person, 'team_lead') || hasRole(person, 'project_lead')) return 'team';
  return null;
}

/** The narrower of what was asked and what the person may see (HR asking 「我们组」 gets their team). */
export function effectiveScope(allowed: OutScope, asked: OutScope | undefined): OutScope {
  return asked && WIDTH[asked] < WIDTH[allowed] ? asked : allowed;
}

export function inScope(viewer: Staff, scope: OutScope, other: Staff): boolean {
  if (scope === 'all') return true;
  if (scope === 'department') return other.department === viewer.department;
  return other.team === viewer.team;
}

/** The dates a period covers: weeks run Monday to Sunday. */
export function periodDates(period: OverviewPeriod, today: LocalDate): { start: LocalDate; end: LocalDate } {
  if (typeof period === 'object') return period;
  switch (period) {
    case 'today':
      return { start: today, end: today };
    case 'tomorrow':
      return { start: addDays(today, 1), end: addDays(today, 1) };
    case 'this_week':
      return { start: mondayOf(today), end: addDays(mondayOf(today), 6) };
    case 'next_week':
      return { start: addDays(mondayOf(today), 7), end: addDays(mondayOf(today), 13) };
    case 'this_month':
      return monthOf(Number(today.slice(0, 4)), Number(today.slice(5, 7)));
    case 'next_month': {
      const [y, m] = [Number(today.slice(0, 4)), Number(today.slice(5, 7))];
      return m === 12 ? monthOf(y + 1, 1) : monthOf(y, m + 1);
    }
  }
}

function monthOf(y: number, m: number): { start: LocalDate; end: LocalDate } {
  return { start: makeLocalDate(y, m, 1)!, end: makeLocalDate(y, m, daysInMonth(y, m))! };
}

/** Approved leave touching [start, end] of the people `visible` lets through, by start date. */
export async function approvedLeaveOf(
  db: Db,
  org: Org,
  dates: { start: LocalDate; end: LocalDate },
  visible: (s: Staff) => boolean,
): Promise<{ request: LeaveRequest; person: Staff }[]> {
  const approved = await new LeaveRequestsRepo(db).find({ statuses: ['approved'], from: dates.start, to: dates.end });
  return approved.flatMap((request) => {
    const person = org.directory.get(request.staffId);
    return person && visible(person) ? [{ request, person }] : [];
  });
}

/** The leave type as a colleague may read it: sick leave is 「请假」, never the category. */
export function typeForColleagues(org: Org, typeKey: string): string {
  const sick = org.leaveRules?.annualLeave.forfeiture.sickTypeKey ?? 'sick';
  if (typeKey === sick) return '请假';
  return org.leaveRules?.types.find((t) => t.key === typeKey)?.name ?? typeKey;
}
