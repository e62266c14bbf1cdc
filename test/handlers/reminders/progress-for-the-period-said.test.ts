import { afterEach, describe, expect, it } from 'vitest';
import { Simulation } from '../../../app/simulation/simulation.ts';
import { DeadlineAcksRepo } from '../../../data/repos/deadline-acks-repo.ts';
import { one } from '../leave/leave-sim.ts';

/* Found driving simulate on 8 December: a lead's 「11月的月报谁没交」 was answered with December's progress. */

let sim: Simulation;
afterEach(async () => {
  await sim?.close();
});

const t = (iso: string) => new Date(`${iso}+08:00`);

async function eighthOfDecember(): Promise<DeadlineAcksRepo> {
  sim = await Simulation.create({ start: t('2026-12-08T09:30:00') });
  const acks = new DeadlineAcksRepo(sim.app.db);
  await acks.record({ deadlineId: 'monthly-report', period: '2026-11' }, 'S011', '月报交了', t('2026-11-30T10:00:00'));
  await acks.record({ deadlineId: 'monthly-report', period: '2026-12' }, 'S012', '月报交了', t('2026-12-07T10:00:00'));
  return acks;
}

describe('progress asked for a period', () => {
  it('reports the month said (「11月的月报谁没交」「上个月月报进度」), not the open one', async () => {
    await eighthOfDecember();
    for (const asked of ['11月的月报谁没交', '上个月月报进度']) {
      const reply = one(await sim.say('S010', asked), 'S010');
      expect(reply, asked).toBe(
        '11月月报（11月30日（周一）截止）：1/5 已确认提交\n· 长者服务组 1/5，未交：林晓、孙浩、赵丽娜、钱多多',
      );
    }
    expect(one(await sim.say('S010', '12月月报谁没交'), 'S010')).toMatch(/^12月月报（12月31日（周四）截止）：1\/5/);
  });

  it('reports the month said for HR, every team, and says plainly when it has not opened', async () => {
    await eighthOfDecember();
    const hr = one(await sim.say('S005', '11月月报进度'), 'S005');
    expect(hr).toMatch(/^11月月报（11月30日（周一）截止）：1\/\d+ 已确认提交/);
    expect(hr).toContain('· 青少年服务组 0/6');
    expect(one(await sim.say('S005', '1月的月报谁没交'), 'S005')).toBe(
      '1月的月报要到2027年1月1日（周五）才开始登记，还没有人需要提交。',
    );
  });
});
