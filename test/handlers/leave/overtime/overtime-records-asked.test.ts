import { afterEach, describe, expect, it } from 'vitest';
import type { Simulation } from '../../../../app/simulation/simulation.ts';
import { leaveSim, one, to } from '../leave-sim.ts';

const MONDAY_7 = new Date('2026-12-07T09:30:00+08:00');
const REGISTERS = '请问哪天加班';
let sim: Simulation | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

/** 郑雨 (长者服务组) approved, 孙浩 (长者服务组) waiting, 冯子豪 (青少年服务组) approved. */
async function threeRecords(): Promise<Simulation> {
  const s = await leaveSim(MONDAY_7);
  await s.say('S011', '加班登记 12月5日 9:00-17:00 长者生日会');
  await s.say('S011', '确认');
  await s.say('S010', '同意 加班1');
  await s.say('S012', '加班登记 12月3日 18:00-21:00 社区夜访');
  await s.say('S012', '确认');
  await s.say('S021', '加班登记 12月4日 18:00-20:00 青少年小组');
  await s.say('S021', '确认');
  await s.say('S020', '同意 加班3');
  return s;
}

describe('overtime records asked for, not registered', () => {
  it('gives HR everyone’s overtime this month for 「这个月的加班记录」, with where to export it', async () => {
    sim = await threeRecords();
    const reply = one(await sim.say('S005', '这个月的加班记录'), 'S005');
    expect(reply).not.toContain(REGISTERS);
    expect(reply).toContain('郑雨');
    expect(reply).toContain('孙浩');
    expect(reply).toContain('冯子豪');
    expect(reply).toContain('管理后台');
    // The next message is not swallowed by a registration.
    expect(one(await sim.say('S005', '登录后台'), 'S005')).not.toContain('没太明白');
  });

  it('reads 「我要看大家的加班」 as everyone’s records, for HR', async () => {
    sim = await threeRecords();
    const reply = one(await sim.say('S005', '不是，我要看大家的加班'), 'S005');
    expect(reply).not.toContain(REGISTERS);
    expect(reply).toContain('冯子豪');
  });

  it('reads 「12月加班汇总」 as the month’s records', async () => {
    sim = await threeRecords();
    const reply = one(await sim.say('S005', '12月加班汇总'), 'S005');
    expect(reply).not.toContain(REGISTERS);
    expect(reply).toContain('12月');
    expect(reply).toContain('冯子豪');
  });

  it('gives a lead only the team’s overtime for 「我组这个月加班情况」', async () => {
    sim = await threeRecords();
    const reply = one(await sim.say('S010', '我组这个月加班情况'), 'S010');
    expect(reply).not.toContain(REGISTERS);
    expect(reply).toContain('郑雨');
    expect(reply).toContain('孙浩');
    expect(reply).not.toContain('冯子豪');
  });

  it('gives a social worker their own records, not anyone else’s', async () => {
    sim = await threeRecords();
    const reply = one(await sim.say('S012', '这个月的加班记录'), 'S012');
    expect(reply).not.toContain(REGISTERS);
    expect(reply).not.toContain('郑雨');
    expect(reply).toContain('加班2');
  });

  it('lets a command through an overtime registration that waits for its day', async () => {
    sim = await leaveSim(MONDAY_7);
    expect(one(await sim.say('S005', '加班登记'), 'S005')).toContain(REGISTERS);
    const got = to(await sim.say('S005', '登录后台'), 'S005').join('\n');
    expect(got).not.toContain('没太明白');
    expect(got).toContain('登录链接');
  });
});
