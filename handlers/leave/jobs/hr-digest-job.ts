import { addDays, formatDate, formatDateTime, shanghaiDate, type LocalDate } from '../../../data/time/index.ts';
import type { WorkCalendar } from '../../../data/calendar/index.ts';
import { hasRole } from '../../../data/org/staff.ts';
import { OutboxRepo } from '../../../data/repos/outbox-repo.ts';
import { LeaveRequestsRepo, type LeaveRequest } from '../../../data/repos/leave-requests-repo.ts';
import { OvertimeRecordsRepo, type OvertimeRecord } from '../../../data/repos/overtime-records-repo.ts';
import type { Job, JobEnv, PlannedSend } from '../../../scheduler/job.ts';
import { occurrencesOnDays } from '../../../scheduler/occurrences-on-days.ts';
import { atShanghai } from '../../../data/time/index.ts';
import { personSummary } from '../leave-summary.ts';
import { overtimeSummary } from '../overtime/overtime-notifier.ts';
import { hrLeaveText } from '../hr/messages.ts';

const STATUS: Record<string, string> = {
  pending: '审批中',
  approved: '已批准',
  rejected: '已驳回',
  withdrawn: '申请人已撤回',
};

/**
 * HR's daily digest (org.json `hrCopies.mode: "digest"`, the default): at the configured time
 * on each working day, each HR officer gets one private list of the leave and overtime
 * requests made and decided since the last digest delivered to her (so a weekend's are in
 * Monday's). Nothing that happened: no message.
 *
 * Where a digest starts is derived from the outbox, per officer: the due time of the last
 * digest row marked `sent` to her. A digest missed while the bot was down (or one that failed)
 * is never `sent`, so the next delivered one covers its day too and says so. The outbox is the
 * record of what was delivered, so this survives restarts and needs no extra state. An officer
 * who never had one delivered starts where her colleagues' last one ended (she is new); when no
 * digest was ever delivered at all, the first one lists everything on record: the bot may have
 * been down at every digest time since it started, and approvers were told HR would be copied.
 */
export function hrDigestJob(): Job {
  return {
    name: JOB,
    title: '请假加班备案汇总',
    // A missed digest is not lost: the next delivered one includes it (HR's report says so).
    carriesOver: true,
    async occurrences(from, to, env) {
      const copies = env.org.info.hrCopies;
      if (copies.mode !== 'digest') return [];
      const days: LocalDate[] = [];
      for (let d = shanghaiDate(from); atShanghai(d) <= to; d = addDays(d, 1))
        if (env.calendar.isWorkingDay(d)) days.push(d);
      // Late is still useful the same day; a day-old digest is superseded by the next one.
      return occurrencesOnDays(days, copies.time, '23:59', from, to);
    },
    async sends(occurrence, env) {
      const copies = env.org.info.hrCopies;
      if (copies.mode !== 'digest') return [];
      const day = occurrence.key as LocalDate;
      const usual = atShanghai(previousWorkingDay(env.calendar, day), copies.time);
      const outbox = new OutboxRepo(env.db);
      const anyone = await outbox.lastSentDueAt(JOB, occurrence.dueAt);
      const texts = new Map<number, string | undefined>();
      const sends: PlannedSend[] = [];
      for (const hr of env.org.directory.all.filter((s) => hasRole(s, 'hr'))) {
        const since = (await outbox.lastSentDueAt(JOB, occurrence.dueAt, hr.id)) ?? anyone ?? BEGINNING;
        const key = since.getTime();
        const title = digestTitle(day, since, usual);
        if (!texts.has(key)) texts.set(key, await digestText(env, title, since, occurrence.dueAt));
        const text = texts.get(key);
        if (text) sends.push({ recipientKey: hr.id, to: { staffId: hr.id }, message: text });
      }
      return sends;
    },
  };
}

const JOB = 'leave.hr-digest';
/** Before any digest was delivered: everything on record. */
const BEGINNING = new Date(0);

/** A digest that starts earlier than usual says so (a missed one is in it). */
function digestTitle(day: LocalDate, since: Date, usual: Date): string {
  if (since.getTime() === BEGINNING.getTime()) return hrLeaveText.digestTitleFirst(formatDate(day));
  if (since < usual) return hrLeaveText.digestTitleSince(formatDate(day), formatDateTime(since));
  return hrLeaveText.digestTitle(formatDate(day));
}

/** The requests made and decided in (since, until]; undefined when there were none. */
async function digestText(env: JobEnv, title: string, since: Date, until: Date): Promise<string | undefined> {
  const leave = await new LeaveRequestsRepo(env.db).touchedBetween(since, until);
  const overtime = await new OvertimeRecordsRepo(env.db).touchedBetween(since, until);
  const inWindow = (t: Date | null) => t !== null && t > since && t <= until;
  const name = (id: string) => env.org.directory.get(id)?.name ?? id;
  const status = (s: string) => STATUS[s] ?? s;
  const reason = (r: LeaveRequest) => (r.reason ? `；事由：${r.reason}` : '');
  const leaveLine = (r: LeaveRequest) =>
    `第${r.id}号 ${personSummary(env.org.leaveRules, env.org.directory, r)}${reason(r)} · ${status(r.status)}`;
  const overtimeLine = (r: OvertimeRecord) =>
    `加班${r.id} ${name(r.staffId)} ${overtimeSummary(r)} · ${status(r.status)}`;
  const made = (r: { createdAt: Date }) => inWindow(r.createdAt);
  const requests = [...leave.filter(made).map(leaveLine), ...overtime.filter(made).map(overtimeLine)];
  // A request made and decided since the last digest is listed once, with its outcome.
  const decidedOnly = (r: { createdAt: Date; decidedAt: Date | null; status: string }) =>
    r.status !== 'pending' && inWindow(r.decidedAt) && !inWindow(r.createdAt);
  const decisions = [...leave.filter(decidedOnly).map(leaveLine), ...overtime.filter(decidedOnly).map(overtimeLine)];
  if (!requests.length && !decisions.length) return undefined;
  return [
    title,
    ...(requests.length ? [hrLeaveText.digestRequests(requests.length), ...requests] : []),
    ...(decisions.length ? [hrLeaveText.digestDecisions(decisions.length), ...decisions] : []),
    hrLeaveText.digestHint,
  ].join('\n');
}

function previousWorkingDay(calendar: WorkCalendar, day: LocalDate): LocalDate {
  let d = addDays(day, -1);
  for (let i = 0; i < 60 && !calendar.isWorkingDay(d); i++) d = addDays(d, -1);
  return d;
}
