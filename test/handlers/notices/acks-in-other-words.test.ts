import { afterEach, describe, expect, it } from 'vitest';
import type { Simulation } from '../../../app/simulation/simulation.ts';
import { ackedBy, deliverNotices, sendNotice, START, withDeliveredNotice } from './notice-harness.ts';

let sim: Simulation;
afterEach(async () => {
  await sim?.close();
});

const confirmed = (who: string, id = 1) =>
  expect.objectContaining({ to: who, text: expect.stringContaining(`已确认收到通知 ${id}`) });

describe('confirmations said in Cantonese, English or as 「知道了」', () => {
  it('records 「收到晒」「知道了」「Noted」「Received」 with one notice open', async () => {
    sim = await withDeliveredNotice();
    for (const [who, said] of [
      ['S011', '收到晒'],
      ['S012', '知道了'],
      ['S013', 'Noted'],
      ['S014', 'Received'],
    ] as const) {
      expect(await sim.say(who, said), said).toEqual([confirmed(who)]);
    }
    expect(await ackedBy(sim)).toEqual(['S011', 'S012', 'S013', 'S014']);
  });

  it('records 「收到咗」「noted, thanks」「received!」 and 「知道啦」', async () => {
    sim = await withDeliveredNotice();
    for (const [who, said] of [
      ['S011', '收到咗'],
      ['S012', 'noted, thanks'],
      ['S013', 'received!'],
      ['S014', '知道啦'],
    ] as const) {
      expect(await sim.say(who, said), said).toEqual([confirmed(who)]);
    }
    expect(await ackedBy(sim)).toEqual(['S011', 'S012', 'S013', 'S014']);
  });

  it('takes 「Received」 in the group as a group 「收到」: recorded there when one notice is open', async () => {
    sim = await withDeliveredNotice();
    const out = await sim.say('S011', 'Received', { room: 'staff-group', mention: true });
    expect(out).toEqual([expect.objectContaining({ room: 'staff-group', text: '已确认收到通知 1，谢谢！' })]);
    expect(await ackedBy(sim)).toEqual(['S011']);
  });

  it('confirms the latest of several open notices on 「知道了」 and names the other, as 「收到」 does', async () => {
    sim = await withDeliveredNotice();
    await sendNotice(sim, 'S005', '下周一全体大扫除。', '郑雨');
    await deliverNotices(sim, START, new Date(sim.clock.now().getTime() + 60_000));
    const [reply] = await sim.say('S011', '知道了');
    expect(reply!.text).toContain('已确认收到通知 2');
    expect(reply!.text).toContain('通知 1 「周五下午业务培训');
  });

  it('leaves 「知道了」 right after a policy answer to that answer, asking which was meant', async () => {
    sim = await withDeliveredNotice();
    await sim.say('S011', '年假有几天');
    const [asked] = await sim.say('S011', '知道了');
    expect(asked!.text).toContain('是确认通知的话，请回复「收到 1」');
    expect(await ackedBy(sim)).toEqual([]);
  });
});
