import { hasRole } from '../data/org/staff.ts';
import type { NewOutboxEntry, OutboxEntry } from '../data/repos/outbox-repo.ts';
import { addDays, atShanghai, shanghaiDate, shanghaiParts } from '../data/time/index.ts';
import type { Job, JobEnv } from './job.ts';
import { schedulerText, type ProblemLine } from './messages.ts';

export const REPORT_JOB = 'scheduler.report';

/**
 * HR's message about sends that failed or were missed, grouped by job, occurrence and reason.
 * It is private to HR, so it may name people. Sent at once during the day; a problem found at
 * night is reported at 09:00.
 */
export function problemReport(
  problems: readonly OutboxEntry[],
  jobs: readonly Job[],
  env: JobEnv,
  now: Date,
): NewOutboxEntry[] {
  const hr = env.org.directory.all.filter((s) => hasRole(s, 'hr'));
  if (!hr.length) {
    env.log.error(
      { problems: problems.length },
      'sends failed or were missed, and there is no HR person in the directory to tell',
    );
    return [];
  }
  const byName = new Map(jobs.map((j) => [j.name, j]));
  const groups = new Map<string, ProblemLine & { names: string[] }>();
  for (const p of problems) {
    const carriedOver = p.status === 'missed' && byName.get(p.job)?.carriesOver === true;
    const why = schedulerText.reason(p.error);
    const reason = carriedOver ? schedulerText.carriedOver(why) : why;
    const key = `${p.job}\u0000${p.occurrence}\u0000${reason}`;
    const job = byName.get(p.job);
    const title = job?.occurrenceTitle?.(p.occurrence) ?? job?.title ?? p.job;
    // Only a missed send can be sent after all; a failed one would fail again.
    const resend = p.status === 'missed' ? job?.resendCommand?.(p.occurrence) : undefined;
    const fresh = { title, dueAt: p.dueAt, names: [] as string[], reason, carriedOver, ...(resend ? { resend } : {}) };
    const group = groups.get(key) ?? fresh;
    group.names.push(nameOf(p, env));
    groups.set(key, group);
  }
  const lines: ProblemLine[] = [...groups.values()];
  const text = schedulerText.problemReport(lines, problems.length);
  const dueAt = daytime(now);
  const key = `${now.toISOString()}#${problems[0]?.id ?? 0}`;
  return hr.map((person) => ({
    job: REPORT_JOB,
    occurrence: key,
    recipient: person.id,
    to: { staffId: person.id },
    message: { text },
    dueAt,
    staleAfter: new Date(dueAt.getTime() + 3 * 86_400_000),
    status: 'pending' as const,
  }));
}

function nameOf(p: OutboxEntry, env: JobEnv): string {
  if ('staffId' in p.to) return env.org.directory.get(p.to.staffId)?.name ?? p.to.staffId;
  if ('room' in p.to) return p.to.room === env.org.info.staffGroup.id ? env.org.info.staffGroup.name : p.to.room;
  return p.recipient;
}

function daytime(now: Date): Date {
  const hour = shanghaiParts(now).hour;
  if (hour >= 8 && hour < 21) return now;
  const day = shanghaiDate(now);
  return atShanghai(hour < 8 ? day : addDays(day, 1), '09:00');
}
