import { afterEach, describe, expect, it } from 'vitest';
import type { Simulation } from '../../../app/simulation/simulation.ts';
import { leaveSim, one } from './leave-sim.ts';

const MONDAY_7 = new Date('2026-12-07T09:30:00+08:00');
/** The handbook's 调休 clause: it says when to use the hours, nothing of how many there are or when they count. */
const WITHIN_A_MONTH = '员工调休尽可能在加班开始一个月之内休完';
let sim: Simulation | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

describe('a refusal quotes a rule only when the rule states the reason', () => {
  it('gives 「余额不足」 for 调休 without quoting the one-month clause', async () => {
    sim = await leaveSim(MONDAY_7);
    await sim.say('S012', '加班登记 12月6日 18:00-21:30 做个案记录');
    await sim.say('S012', '确认');
    await sim.say('S010', '同意 加班1');
    const refused = one(await sim.say('S012', '后天下午调休半天，带阿妈睇医生'), 'S012');
    expect(refused).toContain('余额不足');
    expect(refused).not.toContain(WITHIN_A_MONTH);
  });

  it('says approved overtime still ahead counts once worked, without quoting the one-month clause', async () => {
    sim = await leaveSim(MONDAY_7);
    await sim.say('S012', '周六要加班 9点到5点 长者义诊');
    await sim.say('S012', '确认');
    await sim.say('S010', '同意 加班1');
    const refused = one(await sim.say('S012', '我下周一调休一天'), 'S012');
    expect(refused).toContain('加完后才计入');
    expect(refused).not.toContain(WITHIN_A_MONTH);
  });

  it('quotes the overtime form rule when there is no overtime at all', async () => {
    sim = await leaveSim(MONDAY_7);
    const refused = one(await sim.say('S012', '下周五调休一天'), 'S012');
    expect(refused).toContain('没有已批准');
    expect(refused).not.toContain(WITHIN_A_MONTH);
    expect(refused).toContain('调休必须提交超时加班登记表');
  });
});
