import { afterEach, describe, expect, it } from 'vitest';
import type { Simulation } from '../../../app/simulation/simulation.ts';
import { leaveSim, one } from './leave-sim.ts';

const MONDAY_7 = new Date('2026-12-07T09:30:00+08:00');
let sim: Simulation | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

describe('leave and overtime said in Cantonese, English or loosely', () => {
  it('reads 「上周六加咗一日班」 as last Saturday’s overtime, asking only the hours', async () => {
    sim = await leaveSim(MONDAY_7);
    const reply = one(await sim.say('S013', '上周六加咗一日班，社区义诊'), 'S013');
    expect(reply).not.toContain('请问哪天加班');
    expect(reply).toContain('几点到几点');
    const readBack = one(await sim.say('S013', '9点到5点'), 'S013');
    expect(readBack).toContain('12月5日（周六）09:00–17:00');
    expect(readBack).toContain('事由：社区义诊');
  });

  it('reads 「annual leave」 as 年假', async () => {
    sim = await leaveSim(MONDAY_7);
    const readBack = one(await sim.say('S023', '下周二想请一天annual leave'), 'S023');
    expect(readBack).toContain('类型：年假');
    expect(readBack).toContain('12月15日（周二）');
  });

  it('gives the 调休 balance for 「我调休有几个钟」', async () => {
    sim = await leaveSim(MONDAY_7);
    const reply = one(await sim.say('S012', '我调休有几个钟'), 'S012');
    expect(reply).toContain('您的调休');
  });
});
