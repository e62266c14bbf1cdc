import { afterEach, describe, expect, it } from 'vitest';
import { Simulation } from '../../../app/simulation/simulation.ts';
import { ackedBy, START, withDeliveredNotice } from './notice-harness.ts';

let sim: Simulation;
afterEach(async () => {
  await sim?.close();
});

describe('a bare 「好的」 with a notice open and nothing else waiting', () => {
  it('records 「好的」「嗯」「ok」「👌」 as the ack, and HR’s status then counts them as confirmed', async () => {
    sim = await withDeliveredNotice();
    for (const [who, said] of [
      ['S011', '好的'],
      ['S012', '嗯'],
      ['S013', 'ok'],
      ['S014', '👌'],
    ] as const) {
      const out = await sim.say(who, said);
      expect(out).toEqual([expect.objectContaining({ to: who, text: expect.stringContaining('已确认收到通知 1') })]);
    }
    expect(await ackedBy(sim)).toEqual(['S011', 'S012', 'S013', 'S014']);
    const [status] = await sim.say('S005', '通知 1 状态');
    expect(status!.text).toMatch(/已确认 4 人/);
  });

  it('asks which was meant when the bot has just answered a question too, and records nothing', async () => {
    sim = await withDeliveredNotice();
    await sim.say('S011', '年假有几天');
    const [asked] = await sim.say('S011', '好的');
    expect(asked!.text).toContain('是确认通知的话，请回复「收到 1」');
    expect(await ackedBy(sim)).toEqual([]);
    expect((await sim.say('S011', '收到 1'))[0]!.text).toContain('已确认收到通知 1');
    expect(await ackedBy(sim)).toEqual(['S011']);
  });

  it('says nothing waits when no notice is open, as before', async () => {
    sim = await Simulation.create({ start: START });
    const [reply] = await sim.say('S011', '好的');
    expect(reply!.text).toContain('目前没有等您确认的事项');
  });
});
