/** Time as the pacer needs it: milliseconds, and a way to wait. A fake one makes the bench instant. */
export interface PacerClock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export interface PaceSettings {
  /** Sends per minute for a channel name; undefined means unpaced (the terminal, tests). */
  readonly perMinute: (channel: string) => number | undefined;
  /** Up to this many extra milliseconds between two sends, at random. */
  readonly jitterMs: number;
}

/**
 * Spaces scheduled sends on each channel at least 60 000 / perMinute ms apart, plus random
 * jitter: so no minute (any 60 s, not just clock minutes) holds more than the configured number,
 * and a batch doesn't look machine-made to WeChat ("发送消息过于频繁").
 */
export class Pacer {
  private readonly last = new Map<string, number>();
  private readonly queues = new Map<string, Promise<void>>();

  constructor(
    private readonly settings: PaceSettings,
    private readonly clock: PacerClock,
    private readonly random: () => number = Math.random,
  ) {}

  /** Resolves when the next send on `channel` may go; sends wait their turn in order. */
  acquire(channel: string): Promise<void> {
    const perMinute = this.settings.perMinute(channel);
    if (perMinute === undefined) return Promise.resolve();
    const turn = (this.queues.get(channel) ?? Promise.resolve()).then(() => this.wait(channel, perMinute));
    this.queues.set(
      channel,
      turn.catch(() => {}),
    );
    return turn;
  }

  private async wait(channel: string, perMinute: number): Promise<void> {
    const last = this.last.get(channel);
    if (last !== undefined) {
      const gap = 60_000 / perMinute + this.random() * this.settings.jitterMs;
      const wait = last + gap - this.clock.now();
      if (wait > 0) await this.clock.sleep(wait);
    }
    this.last.set(channel, this.clock.now());
  }
}

/** Real time, for the running bot. */
export const realPacerClock: PacerClock = {
  now: () => performance.timeOrigin + performance.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** Time that passes only when someone waits: tests and the bench pace hundreds of sends instantly. */
export class ManualPacerClock implements PacerClock {
  private t = 0;
  now(): number {
    return this.t;
  }
  async sleep(ms: number): Promise<void> {
    this.t += ms;
  }
}
