import type { Org } from '../../data/org/load-org.ts';
import {
  LeaveRequestsRepo,
  type ApprovalStep,
  type LeaveRequest,
  type LeaveStatus,
} from '../../data/repos/leave-requests-repo.ts';
import { OvertimeRecordsRepo, type OvertimeRecord } from '../../data/repos/overtime-records-repo.ts';
import { findLeave } from '../../handlers/leave/hr/find-leave.ts';
import { monthRange } from '../../handlers/leave/hr/leave-filter.ts';
import { typeName } from '../../handlers/leave/leave-summary.ts';
import { inScope, type ConsoleScope } from '../../handlers/web-login/console-scope.ts';
import type { Db } from '../../data/db/open-database.ts';
import { spanText } from './labels.ts';

export interface RequestFilter {
  readonly month: { year: number; month: number };
  readonly team?: string;
  /** A leave type key, or `overtime`. */
  readonly type?: string;
  readonly status?: LeaveStatus;
  readonly staffId?: string;
}

export interface RequestRow {
  readonly kind: 'leave' | 'overtime';
  readonly id: number;
  readonly staffId: string;
  readonly name: string;
  readonly team: string;
  readonly type: string;
  readonly when: string;
  /** "3天", "2.5小时" */
  readonly amount: string;
  readonly status: LeaveStatus;
  /** Who the request waits on, when pending. */
  readonly waitingOn?: string;
  /** The viewer decides the step now waiting. */
  readonly yourTurn: boolean;
  readonly sortKey: string;
}

/** Leave and overtime of the month inside the viewer's scope, filtered as asked, by date. */
export async function listRequests(
  db: Db,
  org: Org,
  scope: ConsoleScope,
  viewerId: string,
  filter: RequestFilter,
): Promise<RequestRow[]> {
  const { from, to } = monthRange(filter.month.year, filter.month.month);
  const rows: RequestRow[] = [];
  const name = (id: string) => org.directory.get(id)?.name ?? id;
  const personOk = (staffId: string, team: string) =>
    (!filter.staffId || staffId === filter.staffId) && (!filter.team || team === filter.team);
  if (filter.type !== 'overtime') {
    const leave = (
      await findLeave(db, { month: filter.month, ...(filter.status ? { statuses: [filter.status] } : {}) })
    ).filter((r) => inScope(scope, r) && personOk(r.staffId, r.team) && (!filter.type || r.typeKey === filter.type));
    const steps = await new LeaveRequestsRepo(db).stepsFor(leave.map((r) => r.id));
    for (const r of leave) rows.push(leaveRow(org, r, steps.get(r.id) ?? [], viewerId, name));
  }
  if (!filter.type || filter.type === 'overtime') {
    for (const r of await new OvertimeRecordsRepo(db).between(from, to)) {
      const person = org.directory.get(r.staffId);
      const team = person?.team ?? '';
      const where = person ?? { team: '', department: '' };
      if (!inScope(scope, where) || !personOk(r.staffId, team) || (filter.status && r.status !== filter.status))
        continue;
      rows.push(overtimeRow(r, team, viewerId, name));
    }
  }
  return rows.sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0));
}

export function leaveRow(
  org: Org,
  r: LeaveRequest,
  steps: readonly ApprovalStep[],
  viewerId: string,
  name: (id: string) => string,
): RequestRow {
  const waiting = r.status === 'pending' ? steps.find((s) => s.status === 'waiting') : undefined;
  return {
    kind: 'leave',
    id: r.id,
    staffId: r.staffId,
    name: name(r.staffId),
    team: r.team,
    type: typeName(org.leaveRules, r.typeKey),
    when: spanText(r, Number(r.start.slice(0, 4))),
    amount: `${r.days}天`,
    status: r.status,
    ...(waiting ? { waitingOn: name(waiting.approverId) } : {}),
    yourTurn: waiting?.approverId === viewerId && r.staffId !== viewerId,
    sortKey: `${r.start}|L${String(r.id).padStart(8, '0')}`,
  };
}

export function overtimeRow(
  r: OvertimeRecord,
  team: string,
  viewerId: string,
  name: (id: string) => string,
): RequestRow {
  const day = { start: r.date, startHalf: 'full', end: r.date, endHalf: 'full' } as const;
  return {
    kind: 'overtime',
    id: r.id,
    staffId: r.staffId,
    name: name(r.staffId),
    team,
    type: '加班',
    when: `${spanText(day, Number(r.date.slice(0, 4)))} ${r.startTime}–${r.endTime}`,
    amount: `${r.hours}小时`,
    status: r.status,
    ...(r.status === 'pending' && r.approverId ? { waitingOn: name(r.approverId) } : {}),
    yourTurn: r.status === 'pending' && r.approverId === viewerId,
    sortKey: `${r.date}|O${String(r.id).padStart(8, '0')}`,
  };
}
