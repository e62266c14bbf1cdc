import type { ActionRequest } from '../../../data/message.ts';
import { formatDateTime, type LocalDate } from '../../../data/time/index.ts';
import { loadAway } from '../load-away.ts';
import { LeaveRequestsRepo } from '../../../data/repos/leave-requests-repo.ts';
import { OvertimeRecordsRepo } from '../../../data/repos/overtime-records-repo.ts';
import type { Job, PlannedSend } from '../../../scheduler/job.ts';
import { overtimeActionId, overtimeWhen } from '../overtime/overtime-notifier.ts';
import { overtimeText } from '../overtime/messages.ts';
import { leaveActionId } from '../leave-notifier.ts';
import { personSummary } from '../leave-summary.ts';
import { approvalText } from '../messages.ts';
import { stallContext } from '../follow-directory.ts';
import { stepHolder } from '../rules/current-approver.ts';
import { waitedLongerThan } from './waiting-overdue.ts';
import { approvalRounds } from './working-day-mornings.ts';

interface Item {
  readonly line: string;
  readonly action: ActionRequest;
}

/**
 * At 09:00 on working days, each approver with a request (leave or overtime) waiting more than
 * one working day gets one message listing them, with the buttons to decide.
 */
export function approvalNudgeJob(): Job {
  return {
    name: 'leave.approval-nudge',
    title: '审批提醒',
    occurrences: approvalRounds,
    async sends(occurrence, env) {
      const rules = env.org.leaveRules;
      if (!rules) return [];
      const days = rules.nudge.afterWorkingDays;
      const overdue = (since: Date | null) =>
        since !== null && waitedLongerThan(env.calendar, since, days, occurrence.dueAt);
      const byApprover = new Map<string, Item[]>();
      const add = (approverId: string, item: Item) =>
        byApprover.set(approverId, [...(byApprover.get(approverId) ?? []), item]);
      const leave = new LeaveRequestsRepo(env.db);
      const today = occurrence.key as LocalDate;
      const away = await loadAway(env.db, today, today);
      for (const step of await leave.allWaiting()) {
        if (!overdue(step.waitingSince)) continue;
        const r = await leave.get(step.requestId);
        if (!r) continue;
        // The step's holder today (it may have gone up); a step that went up this morning is
        // announced by the stalled-approvals job, not nudged as well. The holder's own waiting
        // counts (one who got it yesterday is not nudged yet), and nobody is nudged on leave.
        const stall = await stallContext(env.db, env.org, [step], occurrence.dueAt);
        const holder = stepHolder(rules, env.org.directory, r, step, stall);
        if (!holder || holder.since?.getTime() === occurrence.dueAt.getTime()) continue;
        if (!overdue(holder.since ?? step.waitingSince) || away(holder.person.id, today)) continue;
        const since = nudgeSince(step.waitingSince!, holder.since);
        add(holder.person.id, {
          line: `第${r.id}号 ${personSummary(rules, env.org.directory, r)}${since}`,
          action: {
            id: leaveActionId(r.id, step.seq),
            title: approvalText.actionTitle(r.id),
            options: [
              { label: '同意', value: 'approve', command: `同意 ${r.id}` },
              { label: '驳回', value: 'reject', command: `驳回 ${r.id}` },
            ],
          },
        });
      }
      for (const r of await new OvertimeRecordsRepo(env.db).allWaiting()) {
        if (!r.approverId || !overdue(r.waitingSince)) continue;
        const name = env.org.directory.get(r.staffId)?.name ?? r.staffId;
        const team = env.org.directory.get(r.staffId)?.team ?? '';
        const waiting = approvalText.waitingSince(formatDateTime(r.waitingSince!));
        add(r.approverId, {
          line: `加班${r.id} ${overtimeText.approverLine(name, team, overtimeWhen(r), r.hours)}${waiting}`,
          action: {
            id: overtimeActionId(r.id),
            title: overtimeText.actionTitle(r.id),
            options: [
              { label: '同意', value: 'approve', command: `同意 加班${r.id}` },
              { label: '驳回', value: 'reject', command: `驳回 加班${r.id}` },
            ],
          },
        });
      }
      const sends: PlannedSend[] = [];
      for (const [approverId, items] of byApprover) {
        if (!env.org.directory.get(approverId)) continue;
        sends.push({
          recipientKey: approverId,
          to: { staffId: approverId },
          message: {
            text: [approvalText.nudgeTitle(days), ...items.map((i) => i.line)].join('\n'),
            actions: items.map((i) => i.action),
          },
        });
      }
      return sends;
    },
  };
}

/**
 * 「（11月5日（周四）09:00起等待）」; for a step that went up or was passed on, since when its holder
 * has had it, with the original date: 「（11月5日（周四）09:00转来，申请自11月2日（周一）15:00起等待）」.
 */
export function nudgeSince(stepSince: Date, holderSince: Date | null): string {
  if (!holderSince || holderSince.getTime() === stepSince.getTime())
    return approvalText.waitingSince(formatDateTime(stepSince));
  return `（${formatDateTime(holderSince)}转来，申请自${formatDateTime(stepSince)}起等待）`;
}
