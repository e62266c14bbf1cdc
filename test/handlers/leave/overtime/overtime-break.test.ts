import { afterEach, describe, expect, it } from 'vitest';
import type { Simulation } from '../../../../app/simulation/simulation.ts';
import { leaveSim, one, to } from '../leave-sim.ts';

const MONDAY_7 = new Date('2026-12-07T09:30:00+08:00');
let sim: Simulation | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

describe('an overtime with a break said', () => {
  it('deducts 「中午休息一个钟」 from 9点到6点: 8 hours, and says so', async () => {
    sim = await leaveSim(MONDAY_7);
    const said = '12月12号星期六加班一天 做社区探访 早上9点到下午6点 中午休息一个钟';
    const readBack = one(await sim.say('S013', said), 'S013');
    expect(readBack).toContain('12月12日（周六）09:00–18:00');
    expect(readBack).toContain('按8小时计');
    expect(readBack).toContain('休息1小时');
    expect(readBack).not.toContain('9小时');
    const sent = await sim.say('S013', '确认');
    expect(one(sent, 'S010')).toContain('8小时');
    expect(to(sent, 'S013').join('\n')).toContain('已提交');
  });

  it('deducts a break said with the command (「加班登记 12月5日 9:00-18:00 长者活动 午休1小时」)', async () => {
    sim = await leaveSim(MONDAY_7);
    const readBack = one(await sim.say('S011', '加班登记 12月5日 9:00-18:00 长者活动 午休1小时'), 'S011');
    expect(readBack).toContain('按8小时计');
    expect(readBack).toContain('事由：长者活动');
  });

  it('asks how long a break said without its length was', async () => {
    sim = await leaveSim(MONDAY_7);
    const asked = one(await sim.say('S013', '上周六加班 9点到6点 社区探访 中间休息了一下'), 'S013');
    expect(asked).toContain('休息了多久');
    const readBack = one(await sim.say('S013', '半小时'), 'S013');
    expect(readBack).toContain('按8.5小时计');
  });
});
