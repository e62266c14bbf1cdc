import { afterEach, describe, expect, it } from 'vitest';
import { Simulation } from '../../../app/simulation/simulation.ts';
import { NoticeRepo } from '../../../data/repos/notice-repo.ts';
import { deliverNotices, sendNotice, START } from './notice-harness.ts';

let sim: Simulation;
afterEach(async () => {
  await sim?.close();
});

const minutes = (n: number) => new Date(START.getTime() + n * 60_000);

/** Notice 1 (年度总结初稿, to 林晓) then notice 2 (督导检查, to 长者服务组): both open for 林晓 (S010). */
async function twoOpen(): Promise<void> {
  sim = await Simulation.create({ start: START });
  await sendNotice(sim, 'S006', '请各组长下周一前交年度总结初稿', '林晓、黄嘉欣');
  await deliverNotices(sim, START, minutes(1));
  await sendNotice(sim, 'S006', '明天上午10点督导来中心检查个案档案，请提前整理好', '长者服务组');
  await deliverNotices(sim, minutes(1), minutes(2));
}

const ackedOf = async (id: number) =>
  (await new NoticeRepo(sim.app.db).recipients(id)).filter((r) => r.ackedAt).map((r) => r.staffId);

describe('a confirmation whose words name one of several open notices', () => {
  it('confirms the notice 「收到，年度总结周一前交」 speaks of, not the latest one', async () => {
    await twoOpen();
    const [reply] = await sim.say('S010', '收到，年度总结周一前交');
    expect(reply!.text).toContain('已确认收到通知 1');
    expect(reply!.text).toContain('通知 2 「明天上午10点督导来中心检查个案档案');
    expect(await ackedOf(1)).toEqual(['S010']);
    expect(await ackedOf(2)).toEqual([]);
  });

  it('confirms the notice a question after 收到 is about (「收到 年度总结交给谁？」)', async () => {
    await twoOpen();
    const [reply] = await sim.say('S010', '收到 年度总结交给谁？');
    expect(reply!.text).toContain('已确认收到通知 1');
    expect(await ackedOf(1)).toEqual(['S010']);
    expect(await ackedOf(2)).toEqual([]);
  });

  it('in the group, records the notice named there instead of asking privately which one', async () => {
    await twoOpen();
    const out = await sim.say('S010', '收到 年度总结', { room: 'staff-group', mention: true });
    expect(out[0]).toEqual(expect.objectContaining({ room: 'staff-group', text: '已确认收到通知 1，谢谢！' }));
    expect(await ackedOf(1)).toEqual(['S010']);
  });
});
