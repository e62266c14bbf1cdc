import type { OutboxEntry, OutboxRepo } from '../../data/repos/outbox-repo.ts';
import type { Job } from '../../scheduler/job.ts';
import type { SchedulerSwitch } from '../../scheduler/scheduler-switch.ts';
import { scheduledSendsText, type HeldLine } from './messages.ts';

/**
 * 「恢复定时发送」, from the chat or the web console: what fell due during the pause is held
 * (notices wait for 「补发通知」, reminders and greetings are skipped), sends resume, and the
 * reply tells HR, once, what the pause held back.
 */
export async function resumeScheduledSends(
  deps: { readonly switch: SchedulerSwitch; readonly outbox: OutboxRepo; readonly jobs: () => readonly Job[] },
  byStaffId: string,
  now: Date,
): Promise<{ readonly text: string; readonly resumed: boolean }> {
  if (!(await deps.switch.isPaused())) return { text: scheduledSendsText.notPaused, resumed: false };
  // Whatever fell due up to this instant was due during the pause: held like the rest.
  await deps.outbox.holdDue(now, 'paused');
  if (!(await deps.switch.resume(byStaffId, now))) {
    return { text: scheduledSendsText.resumeBlockedByEnv, resumed: false };
  }
  // Told here, once (the scheduler's report then leaves it out).
  const held = await deps.outbox.takeUnreported('paused', `resume/${now.toISOString()}/${byStaffId}`, now);
  return { text: scheduledSendsText.resumed(heldSummary(held, deps.jobs())), resumed: true };
}

/** What the pause held, one line per occurrence: notices wait for 「补发」, the rest was skipped. */
function heldSummary(held: readonly OutboxEntry[], jobs: readonly Job[]): HeldLine[] {
  const byName = new Map(jobs.map((j) => [j.name, j]));
  const lines = new Map<string, HeldLine & { people: number; rooms: number }>();
  for (const row of held) {
    const key = `${row.job}\u0000${row.occurrence}`;
    const job = byName.get(row.job);
    const line = lines.get(key) ?? {
      title: job?.occurrenceTitle?.(row.occurrence) ?? job?.title ?? row.job,
      dueAt: row.dueAt,
      resend: job?.resendCommand?.(row.occurrence),
      people: 0,
      rooms: 0,
    };
    if ('staffId' in row.to) line.people++;
    else line.rooms++;
    lines.set(key, line);
  }
  return [...lines.values()];
}
