import { addDays, formatDate, shanghaiDate, type LocalDate } from '../../bot/time/index.ts';
import type { WorkCalendar } from '../../data/calendar/index.ts';
import { hasRole } from '../../data/org/staff.ts';
import { LeaveRequestsRepo, type LeaveRequest } from '../../data/repos/leave-requests-repo.ts';
import { OvertimeRecordsRepo, type OvertimeRecord } from '../../data/repos/overtime-records-repo.ts';
import type { Job, PlannedSend } from '../../scheduler/job.ts';
import { occurrencesOnDays } from '../../scheduler/occurrences-on-days.ts';
import { atShanghai } from '../../bot/time/index.ts';
import { personSummary } from '../leave/leave-summary.ts';
import { overtimeSummary } from '../overtime/overtime-notifier.ts';
import { hrLeaveText } from './messages.ts';

const STATUS: Record<string, string> = { pending: '审批中', approved: '已批准', rejected: '已驳回', withdrawn: '申请人已撤回' };

/**
 * HR's daily digest (org.json `hrCopies.mode: "digest"`, the default): at the configured time
 * on each working day, each HR officer gets one private list of the leave and overtime
 * requests made and decided since the previous working day's digest (so a weekend's are in
 * Monday's). Nothing that happened: no message.
 */
export function hrDigestJob(): Job {
  return {
    name: 'leave.hr-digest',
    title: '请假加班备案汇总',
    async occurrences(from, to, env) {
      const copies = env.org.info.hrCopies;
      if (copies.mode !== 'digest') return [];
      const days: LocalDate[] = [];
      for (let d = shanghaiDate(from); atShanghai(d) <= to; d = addDays(d, 1)) if (env.calendar.isWorkingDay(d)) days.push(d);
      // Late is still useful the same day; a day-old digest is superseded by the next one.
      return occurrencesOnDays(days, copies.time, '23:59', from, to);
    },
    async sends(occurrence, env) {
      const copies = env.org.info.hrCopies;
      if (copies.mode !== 'digest') return [];
      const day = occurrence.key as LocalDate;
      const since = atShanghai(previousWorkingDay(env.calendar, day), copies.time);
      const leave = await new LeaveRequestsRepo(env.db).touchedBetween(since, occurrence.dueAt);
      const overtime = await new OvertimeRecordsRepo(env.db).touchedBetween(since, occurrence.dueAt);
      const inWindow = (t: Date | null) => t !== null && t > since && t <= occurrence.dueAt;
      const name = (id: string) => env.org.directory.get(id)?.name ?? id;
      const leaveLine = (r: LeaveRequest) => `第${r.id}号 ${personSummary(env.org.leaveRules, env.org.directory, r)}${r.reason ? `；事由：${r.reason}` : ''} · ${STATUS[r.status] ?? r.status}`;
      const overtimeLine = (r: OvertimeRecord) => `加班${r.id} ${name(r.staffId)} ${overtimeSummary(r)} · ${STATUS[r.status] ?? r.status}`;
      const requests = [...leave.filter((r) => inWindow(r.createdAt)).map(leaveLine), ...overtime.filter((r) => inWindow(r.createdAt)).map(overtimeLine)];
      // A request made and decided since the last digest is listed once, with its outcome.
      const decidedOnly = (r: { createdAt: Date; decidedAt: Date | null; status: string }) => r.status !== 'pending' && inWindow(r.decidedAt) && !inWindow(r.createdAt);
      const decisions = [...leave.filter(decidedOnly).map(leaveLine), ...overtime.filter(decidedOnly).map(overtimeLine)];
      if (!requests.length && !decisions.length) return [];
      const text = [
        hrLeaveText.digestTitle(formatDate(day)),
        ...(requests.length ? [hrLeaveText.digestRequests(requests.length), ...requests] : []),
        ...(decisions.length ? [hrLeaveText.digestDecisions(decisions.length), ...decisions] : []),
        hrLeaveText.digestHint,
      ].join('\n');
      const sends: PlannedSend[] = env.org.directory.all.filter((s) => hasRole(s, 'hr')).map((hr) => ({ recipientKey: hr.id, to: { staffId: hr.id }, message: text }));
      return sends;
    },
  };
}

function previousWorkingDay(calendar: WorkCalendar, day: LocalDate): LocalDate {
  let d = addDays(day, -1);
  for (let i = 0; i < 60 && !calendar.isWorkingDay(d); i++) d = addDays(d, -1);
  return d;
}
