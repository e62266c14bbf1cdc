/** What the app's clock-driven work offers its drivers. */
export interface SchedulerHook {
  /** The next instant after `after` at which something is due, if any. */
  nextDue(after: Date): Promise<Date | undefined>;
  /** Runs everything due at or before `now`, in order. */
  runDue(now: Date): Promise<void>;
}
