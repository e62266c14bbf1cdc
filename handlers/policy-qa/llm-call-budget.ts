const HOUR_MS = 3600_000;

/**
 * A per-person allowance of model calls in any sliding hour. One person (or a script on
 * their account) can't run up the organisation's bill or push everyone's questions through
 * an outside service; over the allowance they get the answer from the documents, as if no
 * model were configured. Kept in memory: a restart gives everyone a fresh hour, which is
 * harmless for a cost limit.
 */
export class LlmCallBudget {
  private readonly calls = new Map<string, number[]>();

  constructor(private readonly perHour: number) {}

  /** Takes one call from the person's allowance; false when it is used up. */
  take(staffId: string, now: Date): boolean {
    const since = now.getTime() - HOUR_MS;
    const recent = (this.calls.get(staffId) ?? []).filter((t) => t > since);
    if (recent.length >= this.perHour) {
      this.calls.set(staffId, recent);
      return false;
    }
    recent.push(now.getTime());
    this.calls.set(staffId, recent);
    return true;
  }
}
