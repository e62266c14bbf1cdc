import type { Db } from '../../data/db/open-database.ts';
import type { ApproverRole } from '../../data/leave/leave-rules-schema.ts';
import type { Org } from '../../data/org/load-org.ts';
import { ROLE_NAMES } from '../../data/org/staff.ts';
import { LeaveRequestsRepo } from '../../data/repos/leave-requests-repo.ts';
import { OvertimeRecordsRepo } from '../../data/repos/overtime-records-repo.ts';
import { overtimeSummary, type OvertimeNotifier } from './overtime/overtime-notifier.ts';
import { followDirectory, followDirectoryOvertime } from './follow-directory.ts';
import { approverMessage, type LeaveNotifier } from './leave-notifier.ts';
import { personSummary } from './leave-summary.ts';
import { stepHolder } from './rules/current-approver.ts';
import { rerouteText } from './messages.ts';

export interface RerouteDeps {
  readonly db: Db;
  readonly org: () => Org;
  readonly leaveNotifier: LeaveNotifier;
  readonly overtimeNotifier: OvertimeNotifier;
}

/**
 * After the directory is reloaded: every open approval goes to whoever holds the role now.
 * The new approver is sent the request (the one asked before gets nothing more; the audit in
 * `approver_changes` keeps them), and HR is told of each open request nobody can approve.
 */
export async function rerouteOpenApprovals(deps: RerouteDeps, now: Date): Promise<void> {
  const org = deps.org();
  const name = (id: string) => org.directory.get(id)?.name ?? id;
  const leave = new LeaveRequestsRepo(deps.db);
  for (const request of await leave.find({ statuses: ['pending'] })) {
    const followed = await followDirectory(deps.db, org, request, await leave.steps(request.id), now);
    const waiting = followed.steps.find((s) => s.status === 'waiting');
    const before = waiting && followed.moved.find((s) => s.seq === waiting.seq);
    // Moved only because it went up (waited too long, approver on leave) while the stored approver
    // still holds the role: the new holder was told when it went up, so a reload tells nobody again.
    const roleChanged =
      before !== undefined &&
      org.leaveRules !== undefined &&
      stepHolder(org.leaveRules, org.directory, request, before)?.person.id !== before.approverId;
    if (waiting && roleChanged) {
      await deps.leaveNotifier.toPerson(waiting.approverId, approverMessage(org, request, followed.steps, waiting));
    }
    const orphan = followed.orphans[0];
    if (orphan) {
      const role = ROLE_NAMES[(orphan.escalatedFrom ?? orphan.role) as ApproverRole] ?? orphan.role;
      const summary = personSummary(org.leaveRules, org.directory, request);
      const text = rerouteText.noApprover(`第${request.id}号请假`, summary, role, name(orphan.approverId));
      await deps.leaveNotifier.toAllHr(text);
    }
  }
  for (const stored of await new OvertimeRecordsRepo(deps.db).allWaiting()) {
    const { record, moved, orphan } = await followDirectoryOvertime(deps.db, org, stored, now);
    if (moved) await deps.overtimeNotifier.submitted(record);
    if (orphan) {
      const summary = `${name(record.staffId)} ${overtimeSummary(record)}`;
      const text = rerouteText.noApprover(`加班${record.id}`, summary, '直属负责人', name(record.approverId ?? ''));
      await deps.leaveNotifier.toAllHr(text);
    }
  }
}
