import { afterEach, describe, expect, it } from 'vitest';
import type { Simulation } from '../../../app/simulation/simulation.ts';
import { approveAll, leaveSim, one, submitLeave, to } from './leave-sim.ts';

/*
 * Found driving simulate as a lead: 「我周四周五去市里培训 这两天请假审批让钱多多帮我看下」 was taken, but a
 * request on Thursday still went to the lead (a deputy counted only on days of approved leave), and
 * the deputy was never told.
 */

let sim: Simulation | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

describe('a deputy named for days away that are no leave', () => {
  it('is told at once, and gets the requests reaching the lead on those days', async () => {
    sim = await leaveSim(new Date('2026-12-08T09:30:00+08:00'));
    const named = await sim.say('S010', '我周四周五去市里培训 这两天请假审批让钱多多帮我看下');
    expect(one(named, 'S010')).toContain('12月10日（周四）至12月11日（周五）期间送到您这里的请假审批，改由钱多多代批');
    expect(one(named, 'S014')).toContain('【代批】林晓12月10日（周四）至12月11日（周五）不在');

    await sim.advanceTo(new Date('2026-12-10T09:30:00+08:00'));
    await sim.say('S013', '下周一请一天事假 家里有事');
    const submitted = await sim.say('S013', '确认');
    expect(to(submitted, 'S014').join('\n')).toContain('【请假待审批】第1号');
    expect(to(submitted, 'S010')).toEqual([]);
    expect(one(await sim.say('S014', '同意 1'), 'S014')).toContain('已同意第1号');
  });

  it('leaves a request made before those days with the lead', async () => {
    sim = await leaveSim(new Date('2026-12-08T09:30:00+08:00'));
    await sim.say('S010', '我周四周五去市里培训 这两天请假审批让钱多多帮我看下');
    await sim.say('S013', '下周一请一天事假 家里有事');
    const submitted = await sim.say('S013', '确认');
    expect(to(submitted, 'S010').join('\n')).toContain('【请假待审批】第1号');
  });

  it('names a department head holding a lead’s step as standing in (代组长), not as 组长', async () => {
    sim = await leaveSim(new Date('2026-12-07T09:30:00+08:00'));
    await approveAll(sim, await submitLeave(sim, 'S010', '12月9日到11日请年假 回老家'));
    await sim.say('S010', '我12月9日到11日休假，期间由钱多多代批');
    await sim.advanceTo(new Date('2026-12-09T09:30:00+08:00'));
    await sim.say('S014', '下周一请一天事假 家里有事');
    const submitted = await sim.say('S014', '确认');
    expect(one(submitted, 'S014')).toContain('已发给陈思远（代组长）审批');
    expect(one(submitted, 'S003')).toContain('陈思远（代组长·转呈） ← 当前');
  });
});
