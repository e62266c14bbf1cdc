import { addDays, formatDate, shanghaiDate, type LocalDate } from '../../../data/time/index.ts';
import { LeaveRequestsRepo } from '../../../data/repos/leave-requests-repo.ts';
import type { Job, PlannedSend } from '../../../scheduler/job.ts';
import { stallContext } from '../follow-directory.ts';
import { urgentHrRecipients } from '../hr-copy-recipients.ts';
import { approverMessage } from '../leave-notifier.ts';
import { personSummary, shortSummary } from '../leave-summary.ts';
import { stallText } from '../messages.ts';
import { stepHolder } from '../rules/current-approver.ts';
import { approvalRounds } from './working-day-mornings.ts';

/**
 * At the nudge time on working days: a step that has waited longer than
 * `stall.escalateAfterWorkingDays` goes one level up (who holds it is derived, see
 * `stepHolder`; this tells the new approver, with a note, and the applicant), and a request
 * whose first day has come undecided is flagged to its approver and HR, and the applicant told.
 * A first day on a day off is flagged on the working day after it.
 */
export function stalledApprovalsJob(): Job {
  return {
    name: 'leave.stalled-approvals',
    title: '审批转交与逾期提醒',
    occurrences: approvalRounds,
    async sends(occurrence, env) {
      const rules = env.org.leaveRules;
      if (!rules) return [];
      const org = env.org;
      const today = occurrence.key as LocalDate;
      const previous = env.calendar.workingDayOnOrBefore(addDays(today, -1));
      const name = (id: string) => org.directory.get(id)?.name ?? id;
      const repo = new LeaveRequestsRepo(env.db);
      const sends: PlannedSend[] = [];
      const send = (key: string, staffId: string, message: PlannedSend['message']) =>
        sends.push({ recipientKey: `${key}:${staffId}`, to: { staffId }, message });
      for (const waiting of await repo.allWaiting()) {
        const request = await repo.get(waiting.requestId);
        if (!request) continue;
        const steps = await repo.steps(request.id);
        const stall = await stallContext(env.db, org, steps, occurrence.dueAt);
        const holder = stepHolder(rules, org.directory, request, waiting, stall);
        if (!holder) continue;
        const summary = shortSummary(rules, request);
        const start = formatDate(request.start as LocalDate);
        const started = request.start > previous && request.start <= today;
        const escalatedNow =
          holder.raised !== undefined &&
          holder.raised !== 'away' &&
          holder.since?.getTime() === occurrence.dueAt.getTime();
        if (escalatedNow) {
          const card = approverMessage(
            org,
            request,
            steps,
            { ...waiting, approverId: holder.person.id },
            holder.person.name,
          );
          const since = waiting.waitingSince ? shanghaiDate(waiting.waitingSince) : today;
          const waited = since < previous ? env.calendar.workingDaysBetween(addDays(since, 1), previous).count : 0;
          const why = holder.raised!;
          const note = stallText.escalatedNote(
            request.id,
            why,
            rules.stall.escalateAfterWorkingDays,
            waited,
            start,
            name(waiting.approverId),
          );
          send(`escalated:${request.id}`, holder.person.id, { ...card, text: `${note}\n${card.text}` });
          // On the first day the applicant hears it once, below, with who has it now.
          if (!started) {
            const told =
              why === 'near-start'
                ? stallText.nearStartApplicant(request.id, summary, holder.person.name)
                : stallText.escalatedApplicant(request.id, summary, holder.person.name);
            send(`escalated:${request.id}`, request.staffId, told);
          }
        }
        if (started) {
          // The holder reads 「仍在等待您审批」, HR the holder's name.
          const flag = (who: string) =>
            stallText.startedUndecided(request.id, personSummary(rules, org.directory, request), who);
          // The new holder's card already says the leave has begun.
          if (!escalatedNow) send(`started:${request.id}`, holder.person.id, flag('您'));
          for (const hr of urgentHrRecipients(org, [request.staffId, holder.person.id]))
            send(`started:${request.id}`, hr, flag(holder.person.name));
          // [decision] stall.beforeStart: each level above may decide too, sent the request once.
          for (const above of holder.also ?? []) {
            const card = approverMessage(org, request, steps, { ...waiting, approverId: above.id });
            const note = stallText.alsoNote(request.id, holder.person.name);
            send(`also:${request.id}`, above.id, { ...card, text: `${note}\n${card.text}` });
          }
          send(
            `started:${request.id}`,
            request.staffId,
            stallText.startedApplicant(request.id, summary, holder.person.name),
          );
        }
      }
      return sends;
    },
  };
}
