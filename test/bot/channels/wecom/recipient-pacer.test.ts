import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../../../bot/clock.ts';
import { RecipientPacer, type PacingLimits } from '../../../../bot/channels/wecom/recipient-pacer.ts';

const START = new Date('2026-12-01T01:00:00Z');

/** A pacer on a manual clock whose waits move the clock: hours pass instantly. */
function pacer(limits: PacingLimits) {
  const clock = new ManualClock(START);
  const waits: number[] = [];
  const pacer = new RecipientPacer(limits, clock, async (ms) => {
    waits.push(ms);
    clock.advance(ms);
  });
  return { pacer, clock, waits };
}

/** The most sends found in any window of `windowMs` (windows start at a send). */
function mostInWindow(times: readonly number[], windowMs: number): number {
  return Math.max(0, ...times.map((start) => times.filter((t) => t >= start && t < start + windowMs).length));
}

async function sendAll(p: RecipientPacer, clock: ManualClock, recipient: string, count: number): Promise<number[]> {
  const times: number[] = [];
  await Promise.all(
    Array.from({ length: count }, () =>
      p.run(recipient, async () => {
        times.push(clock.now().getTime());
      }),
    ),
  );
  return times;
}

describe('recipient pacer', () => {
  it('lets a short burst through at once', async () => {
    const { pacer: p, clock, waits } = pacer({ perMinute: 25, perHour: 900, burst: 5 });
    const times = await sendAll(p, clock, 'LinXiao', 5);
    expect(waits).toEqual([]);
    expect(new Set(times).size).toBe(1);
  });

  it('spreads 100 sends to one member within 25 a minute, never more than 5 back to back', async () => {
    const { pacer: p, clock } = pacer({ perMinute: 25, perHour: 900, burst: 5 });
    const times = await sendAll(p, clock, 'LinXiao', 100);
    expect(times).toHaveLength(100);
    expect(mostInWindow(times, 60_000)).toBeLessThanOrEqual(25);
    expect(mostInWindow(times, 12_000)).toBeLessThanOrEqual(5);
    // Spread, not 25 at once and then a minute of silence.
    expect(times.filter((t) => t < START.getTime() + 30_000).length).toBeLessThan(25);
  });

  it('keeps to the hourly limit over a long run', async () => {
    const { pacer: p, clock } = pacer({ perMinute: 30, perHour: 1000, burst: 30 });
    const times = await sendAll(p, clock, 'LinXiao', 1100);
    expect(mostInWindow(times, 60_000)).toBeLessThanOrEqual(30);
    expect(mostInWindow(times, 3_600_000)).toBeLessThanOrEqual(1000);
    expect(Math.max(...times) - START.getTime()).toBeGreaterThanOrEqual(3_600_000);
  });

  it('counts a message when it really goes, after whatever held it up', async () => {
    const { pacer: p, clock } = pacer({ perMinute: 2, perHour: 100, burst: 2 });
    const times: number[] = [];
    const record = async () => void times.push(clock.now().getTime());
    // The first two are held up for five minutes (a reconnect), the next two are not.
    const held = async () => clock.advance(5 * 60_000);
    await Promise.all([
      p.run('LinXiao', record, held),
      p.run('LinXiao', record, held),
      p.run('LinXiao', record),
      p.run('LinXiao', record),
    ]);
    expect(mostInWindow(times, 60_000)).toBeLessThanOrEqual(2);
  });

  it('keeps going for a recipient after a failed delivery', async () => {
    const { pacer: p } = pacer({ perMinute: 25, perHour: 900, burst: 5 });
    await expect(p.run('LinXiao', async () => Promise.reject(new Error('refused')))).rejects.toThrow('refused');
    await expect(p.run('LinXiao', async () => 'sent')).resolves.toBe('sent');
  });

  it('paces each member separately, whatever the case of the userid', async () => {
    const { pacer: p, clock } = pacer({ perMinute: 2, perHour: 100, burst: 2 });
    await sendAll(p, clock, 'LinXiao', 2);
    expect(p.delayFor('linxiao')).toBeGreaterThan(0);
    expect(p.delayFor('WuLi')).toBe(0);
  });

  it('refuses limits that are not whole numbers of at least one', () => {
    expect(() => new RecipientPacer({ perMinute: 0, perHour: 10, burst: 1 }, new ManualClock(START))).toThrow(
      /perMinute/,
    );
  });
});
