import type { Clock } from '../bot/clock.ts';
import type { Logger } from '../bot/logger.ts';

export interface Tickable {
  runDue(now: Date): Promise<void>;
}

/**
 * Runs the scheduler at the start of every minute. Due times are instants computed in
 * Asia/Shanghai, so the server's time zone plays no part. A tick that comes while the last
 * one is still sending (a long paced batch) is skipped: the running one picks up what is due.
 */
export function startMinuteTicker(target: Tickable, clock: Clock, log: Logger): () => Promise<void> {
  let running = false;
  let inFlight: Promise<void> = Promise.resolve();
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const tick = async () => {
    if (running || stopped) return;
    running = true;
    try {
      await target.runDue(clock.now());
    } catch (error) {
      log.error({ err: error }, 'scheduler run failed; will try again next minute');
    } finally {
      running = false;
    }
  };
  const runTick = () => {
    // A skipped tick must not replace the promise of the run still going.
    if (!running && !stopped) inFlight = tick();
  };
  const schedule = () => {
    if (stopped) return;
    const ms = 60_000 - (clock.now().getTime() % 60_000);
    timer = setTimeout(() => {
      runTick();
      schedule();
    }, ms);
  };
  runTick();
  schedule();
  // Stopping waits for a run in progress, so the database is never closed under it.
  return async () => {
    stopped = true;
    clearTimeout(timer);
    await inFlight;
  };
}
