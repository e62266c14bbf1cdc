import { addDays, atShanghai, type LocalDate } from '../../../data/time/index.ts';
import { ApproverChangesRepo } from '../../../data/repos/approver-changes-repo.ts';
import { LeaveRequestsRepo } from '../../../data/repos/leave-requests-repo.ts';
import type { Job, PlannedSend } from '../../../scheduler/job.ts';
import { personSummary, statusText } from '../leave-summary.ts';
import { loadAway } from '../load-away.ts';
import { backText } from '../messages.ts';
import { approvalRounds } from './working-day-mornings.ts';

/**
 * On an approver's first working morning back from approved leave: one private list of the
 * requests that went to someone else while they were away (their step was moved away from
 * them, see `approver_changes`), with who handled each and how it stands. Nothing moved: no message.
 */
export function backFromLeaveJob(): Job {
  return {
    name: 'leave.back-from-leave',
    title: '休假回来审批汇总',
    occurrences: approvalRounds,
    async sends(occurrence, env) {
      const org = env.org;
      const today = occurrence.key as LocalDate;
      const previous = env.calendar.workingDayOnOrBefore(addDays(today, -1));
      const repo = new LeaveRequestsRepo(env.db);
      const away = await loadAway(env.db, previous, today);
      const approved = await repo.find({ statuses: ['approved'], from: previous, to: previous });
      const sends: PlannedSend[] = [];
      for (const staffId of new Set(approved.map((r) => r.staffId))) {
        if (!away(staffId, previous) || away(staffId, today) || !org.directory.get(staffId)) continue;
        const absence = approved
          .filter((r) => r.staffId === staffId)
          .map((r) => r.start)
          .sort()[0]!;
        const moved = await new ApproverChangesRepo(env.db).movedFrom(
          staffId,
          atShanghai(absence as LocalDate),
          occurrence.dueAt,
        );
        const ids = [...new Set(moved.filter((m) => m.kind === 'leave').map((m) => m.requestId))];
        const lines: string[] = [];
        for (const id of ids) {
          const request = await repo.get(id);
          if (!request) continue;
          const handler = moved.filter((m) => m.requestId === id).at(-1)!.toId;
          const status = statusText(request, await repo.steps(id), org.directory);
          const who = org.directory.get(handler)?.name ?? handler;
          lines.push(backText.line(id, personSummary(org.leaveRules, org.directory, request), who, status));
        }
        if (lines.length)
          sends.push({
            recipientKey: staffId,
            to: { staffId },
            message: [backText.title(lines.length), ...lines].join('\n'),
          });
      }
      return sends;
    },
  };
}
