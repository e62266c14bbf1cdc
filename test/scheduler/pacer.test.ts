import { describe, expect, it } from 'vitest';
import type { Channel } from '../../bot/channel.ts';
import type { ChannelRoute } from '../../bot/outbound/channel-route.ts';
import { pacedRoute } from '../../scheduler/paced-route.ts';
import { ManualPacerClock as FakePacerClock, Pacer } from '../../scheduler/pacer.ts';

const settings = (perMinute: number, jitterMs = 0) => ({
  perMinute: (c: string) => (c === 'wechaty' ? perMinute : undefined),
  jitterMs,
});

/** The largest number of sends in any 60-second window (half-open). */
function busiestMinute(times: readonly number[]): number {
  let best = 0;
  for (let i = 0, j = 0; i < times.length; i++) {
    while (times[i]! - times[j]! >= 60_000) j++;
    best = Math.max(best, i - j + 1);
  }
  return best;
}

describe('the pacer', () => {
  it('never lets more than the configured number through in any minute', async () => {
    const clock = new FakePacerClock();
    const pacer = new Pacer(settings(12, 1500), clock);
    const times: number[] = [];
    for (let i = 0; i < 300; i++) {
      await pacer.acquire('wechaty');
      times.push(clock.now());
    }
    expect(busiestMinute(times)).toBeLessThanOrEqual(12);
    expect(busiestMinute(times)).toBeGreaterThanOrEqual(10);
  });

  it('adds random jitter on top of the spacing', async () => {
    const clock = new FakePacerClock();
    const pacer = new Pacer(settings(12, 1000), clock, () => 0.5);
    await pacer.acquire('wechaty');
    await pacer.acquire('wechaty');
    expect(clock.now()).toBe(5_000 + 500);
  });

  it('does not hold back a channel without a limit', async () => {
    const clock = new FakePacerClock();
    const pacer = new Pacer(settings(12), clock);
    for (let i = 0; i < 50; i++) await pacer.acquire('console');
    expect(clock.now()).toBe(0);
  });

  it('paces scheduled sends only: a reply in a conversation goes at once', async () => {
    const clock = new FakePacerClock();
    const sent: number[] = [];
    const channel: Channel = {
      name: 'wechaty',
      start: async () => {},
      stop: async () => {},
      send: async () => void sent.push(clock.now()),
    };
    const route: ChannelRoute = {
      channel,
      identify: async () => undefined,
      addressOf: async () => undefined,
      roomAddress: async () => undefined,
    };
    const paced = pacedRoute(route, new Pacer(settings(6), clock)).channel;
    const to = { chatId: 'x', isDirect: true };
    await paced.send(to, { text: '1' }, { scheduled: true });
    await paced.send(to, { text: '2' }, { scheduled: true });
    await paced.send(to, { text: 'reply' });
    await paced.send(to, { text: 'reply' });
    expect(sent).toEqual([0, 10_000, 10_000, 10_000]);
  });

  it('keeps a channel’s streamed replies: a paced WeCom route still answers while it writes', async () => {
    const streamed: string[] = [];
    const channel: Channel = {
      name: 'wecom',
      start: async () => {},
      stop: async () => {},
      send: async () => {},
      async stream(_to, parts) {
        for await (const part of parts) streamed.push(part);
        return true;
      },
    };
    const route: ChannelRoute = {
      channel,
      identify: async () => undefined,
      addressOf: async () => undefined,
      roomAddress: async () => undefined,
    };
    const paced = pacedRoute(route, new Pacer(settings(6), new FakePacerClock())).channel;
    const parts = (async function* () {
      yield '正在';
      yield '正在查询';
    })();
    expect(await paced.stream?.({ chatId: 'x', isDirect: true }, parts, {})).toBe(true);
    expect(streamed).toEqual(['正在', '正在查询']);
  });
});
