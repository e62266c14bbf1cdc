import { afterEach, describe, expect, it } from 'vitest';
import { Simulation } from '../../../app/simulation/simulation.ts';
import { one } from '../leave/leave-sim.ts';

/*
 * Found driving simulate: the head of 服务部 asking 「服务部月报情况」 was offered policy sections; only
 * 「月报进度」 worked. A team or department named before the deadline asks that unit's progress, within
 * what the asker may see.
 */

let sim: Simulation;
afterEach(async () => {
  await sim?.close();
});

const start = new Date('2026-12-08T09:30:00+08:00');

describe('progress asked for a team or department', () => {
  it('gives the head 「服务部月报情况」 and 「长者服务组文书进度」, that unit only', async () => {
    sim = await Simulation.create({ start });
    const dept = one(await sim.say('S003', '服务部月报情况'), 'S003');
    expect(dept).toMatch(/^12月月报（12月31日（周四）截止）：0\/15 已确认提交/);
    expect(dept).toContain('· 长者服务组 0/5');
    expect(dept).toContain('· 家庭综合组 0/4');
    const team = one(await sim.say('S003', '长者服务组文书进度'), 'S003');
    expect(team).toBe(
      '11月文书（12月5日（周六）截止）：0/5 已确认提交\n· 长者服务组 0/5，未交：林晓、郑雨、孙浩、赵丽娜、钱多多',
    );
  });

  it('gives a lead 「我们组月报交得怎么样」, and refuses another team’s without a name in it', async () => {
    sim = await Simulation.create({ start });
    const own = one(await sim.say('S010', '我们组月报交得怎么样'), 'S010');
    expect(own).toContain('· 长者服务组 0/5');
    expect(own).not.toContain('青少年服务组');
    const other = one(await sim.say('S020', '长者服务组月报进度'), 'S020');
    expect(other).toBe('抱歉，长者服务组的提交进度您看不到：组长可以查看本组，部长本部门，人力资源部全部。');
    const hr = one(await sim.say('S005', '长者服务组月报进度'), 'S005');
    expect(hr).toContain('· 长者服务组 0/5');
    expect(hr).not.toContain('青少年服务组');
  });
});
