import type { SchedulerHook } from '../bot/app.ts';

/**
 * Moves a settable clock from `from` to `to` through every instant something falls due, running
 * each in turn, so each send goes out at the time it was due (the terminal's `/time`, like the
 * simulate harness) instead of being treated as missed during a jump.
 */
export async function stepThrough(scheduler: SchedulerHook, clock: { set(to: Date): void }, from: Date, to: Date): Promise<void> {
  for (let cursor = from; ; ) {
    const next = await scheduler.nextDue(cursor);
    if (!next || next > to) break;
    clock.set(next);
    await scheduler.runDue(next);
    cursor = next;
  }
  clock.set(to);
  await scheduler.runDue(to);
}
