/** The injected clock. Domain code asks this, never `Date.now()`, so tests and `simulate` can move time. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock that only moves when told to: tests, `simulate`, and the terminal's `/time`. */
export class ManualClock implements Clock {
  private current: Date;
  constructor(start: Date) {
    this.current = new Date(start.getTime());
  }
  now(): Date {
    return new Date(this.current.getTime());
  }
  set(to: Date): void {
    this.current = new Date(to.getTime());
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

/**
 * A clock that runs in real time from a chosen starting point (the terminal's `/time`):
 * the simulated time keeps ticking like a wall clock.
 */
export class OffsetClock implements Clock {
  private offsetMs = 0;
  constructor(private readonly base: Clock = systemClock) {}
  now(): Date {
    return new Date(this.base.now().getTime() + this.offsetMs);
  }
  set(to: Date): void {
    this.offsetMs = to.getTime() - this.base.now().getTime();
  }
}
