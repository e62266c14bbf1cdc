import { afterEach, describe, expect, it } from 'vitest';
import { Simulation } from '../../../app/simulation/simulation.ts';
import { NoticeRepo } from '../../../data/repos/notice-repo.ts';
import { deliverNotices, sendNotice, START } from './notice-harness.ts';

let sim: Simulation;
afterEach(async () => {
  await sim?.close();
});

const minutes = (n: number) => new Date(START.getTime() + n * 60_000);

async function deliveredNotice(): Promise<void> {
  sim = await Simulation.create({ start: START });
  await sendNotice(sim, 'S005', '周五下午业务培训，请准时参加。', '长者服务组');
  sim.clock.set(minutes(1));
  await deliverNotices(sim, START, minutes(1));
}

async function ackedBy(): Promise<string[]> {
  const recipients = await new NoticeRepo(sim.app.db).recipients(1);
  return recipients
    .filter((r) => r.ackedAt)
    .map((r) => r.staffId)
    .sort();
}

describe('a bare 「好的」 with a notice open and nothing else waiting', () => {
  it('records 「好的」「嗯」「ok」「👌」 as the ack, and HR’s status then counts them as confirmed', async () => {
    await deliveredNotice();
    for (const [who, said] of [
      ['S011', '好的'],
      ['S012', '嗯'],
      ['S013', 'ok'],
      ['S014', '👌'],
    ] as const) {
      const out = await sim.say(who, said);
      expect(out).toEqual([expect.objectContaining({ to: who, text: expect.stringContaining('已确认收到通知 1') })]);
    }
    expect(await ackedBy()).toEqual(['S011', 'S012', 'S013', 'S014']);
    const [status] = await sim.say('S005', '通知 1 状态');
    expect(status!.text).toMatch(/已确认 4 人/);
  });

  it('asks which was meant when the bot has just answered a question too, and records nothing', async () => {
    await deliveredNotice();
    await sim.say('S011', '年假有几天');
    const [asked] = await sim.say('S011', '好的');
    expect(asked!.text).toContain('是确认通知的话，请回复「收到 1」');
    expect(await ackedBy()).toEqual([]);
    expect((await sim.say('S011', '收到 1'))[0]!.text).toContain('已确认收到通知 1');
    expect(await ackedBy()).toEqual(['S011']);
  });

  it('says nothing waits when no notice is open, as before', async () => {
    sim = await Simulation.create({ start: START });
    const [reply] = await sim.say('S011', '好的');
    expect(reply!.text).toContain('目前没有等您确认的事项');
  });
});
