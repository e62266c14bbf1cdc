import type { Clock } from '../../clock.ts';

/** What WeCom allows to one member before it silently drops messages (FIELD-NOTES). */
export const WECOM_LIMITS = { perMinute: 30, perHour: 1000 } as const;

export interface PacingLimits {
  /** Messages per rolling minute to one recipient. */
  readonly perMinute: number;
  /** Messages per rolling hour to one recipient. */
  readonly perHour: number;
  /**
   * How many may go back to back. Beyond that, sends are spaced at the per-minute rate, so a
   * hundred reminders trickle out instead of arriving as 25, a minute of silence, 25…
   */
  readonly burst: number;
}

/** A margin below WeCom's limits: a send can be retried, and clocks differ. */
export const DEFAULT_PACING: PacingLimits = { perMinute: 25, perHour: 900, burst: 5 };

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export type Sleep = (ms: number) => Promise<void>;

export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Keeps every recipient within its limits by waiting before a send, never by dropping it.
 * Sends to one recipient are queued in order; different recipients do not wait for each
 * other. Time comes from the injected clock and `sleep`, so tests pace through hours of
 * virtual time instantly.
 */
export class RecipientPacer {
  private readonly sent = new Map<string, number[]>();
  private readonly queues = new Map<string, Promise<void>>();
  private readonly rules: ReadonlyArray<{ readonly count: number; readonly windowMs: number }>;

  constructor(
    readonly limits: PacingLimits,
    private readonly clock: Clock,
    private readonly sleep: Sleep = realSleep,
  ) {
    for (const [name, value] of Object.entries(limits)) {
      if (!Number.isInteger(value) || value < 1)
        throw new Error(`pacing ${name} must be a whole number ≥ 1 (got ${value})`);
    }
    const spacing = MINUTE / limits.perMinute;
    this.rules = [
      { count: Math.min(limits.burst, limits.perMinute), windowMs: Math.min(limits.burst, limits.perMinute) * spacing },
      { count: limits.perMinute, windowMs: MINUTE },
      { count: limits.perHour, windowMs: HOUR },
    ];
  }

  /**
   * Runs `deliver` once one more message to `recipient` fits every limit, counting it as sent
   * at that moment. Deliveries to one recipient run one at a time, in order, each to its end:
   * messages held up (say, by a reconnect) cannot bunch up and go out together. `prepare`
   * runs first in the turn (waiting for the connection), so the time counted is the real one.
   */
  run<T>(recipient: string, deliver: () => Promise<T>, prepare?: () => Promise<void>): Promise<T> {
    const key = recipient.toLowerCase();
    const turn = (this.queues.get(key) ?? Promise.resolve()).then(async () => {
      await prepare?.();
      await this.waitForRoom(key);
      return deliver();
    });
    // The queue must survive a failed delivery, or one error would block the recipient for good.
    const settled = turn.then(
      () => {},
      () => {},
    );
    this.queues.set(key, settled);
    void settled.then(() => {
      if (this.queues.get(key) === settled) this.queues.delete(key);
    });
    return turn;
  }

  /** Milliseconds until a send to `recipient` would fit, 0 if it fits now. */
  delayFor(recipient: string, now: Date = this.clock.now()): number {
    const times = this.sent.get(recipient.toLowerCase()) ?? [];
    const at = now.getTime();
    let wait = 0;
    for (const { count, windowMs } of this.rules) {
      const inWindow = times.filter((t) => t > at - windowMs);
      // The oldest send that still blocks must leave the window first.
      const blocking = inWindow.length >= count ? inWindow[inWindow.length - count] : undefined;
      if (blocking !== undefined) wait = Math.max(wait, blocking + windowMs - at);
    }
    return wait;
  }

  private async waitForRoom(key: string): Promise<void> {
    for (let wait = this.delayFor(key); wait > 0; wait = this.delayFor(key)) await this.sleep(wait);
    const at = this.clock.now().getTime();
    const times = (this.sent.get(key) ?? []).filter((t) => t > at - HOUR);
    times.push(at);
    this.sent.set(key, times);
  }
}
