import type { SchedulerHook } from './scheduler-hook.ts';

/**
 * Moves a settable clock from `from` to `to` through every instant something falls due, running
 * each in turn, so each send goes out at the time it was due (the terminal's `/time`, like the
 * simulate harness) instead of being treated as missed during a jump. It first runs at `from`
 * itself: what was queued at that instant (a notice HR just confirmed for "now") goes out then,
 * as the running bot's next minute would send it, not hours later at the next step.
 */
export async function stepThrough(
  scheduler: SchedulerHook,
  clock: { set(to: Date): void },
  from: Date,
  to: Date,
): Promise<void> {
  clock.set(from);
  await scheduler.runDue(from);
  for (let cursor = from; ; ) {
    const next = await scheduler.nextDue(cursor);
    if (!next || next > to) break;
    clock.set(next);
    await scheduler.runDue(next);
    cursor = next;
    // A year of steps on synchronous SQLite never lets the event loop turn: give it one.
    await new Promise((resolve) => setImmediate(resolve));
  }
  clock.set(to);
  await scheduler.runDue(to);
}
