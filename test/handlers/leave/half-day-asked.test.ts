import { afterEach, describe, expect, it } from 'vitest';
import type { Simulation } from '../../../app/simulation/simulation.ts';
import { tempDbPath } from '../../fakes/org-fixture.ts';
import { leaveSim, one } from './leave-sim.ts';

const MONDAY_7 = new Date('2026-12-07T09:00:00+08:00');
let sim: Simulation | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

describe('a half day, morning or afternoon said where people say it', () => {
  it('keeps a half day half when moved to another afternoon: 「那改成下周四下午」 (it became a whole day)', async () => {
    sim = await leaveSim(MONDAY_7);
    expect(one(await sim.say('S011', '12月11日下午请半天事假 去银行办事'), 'S011')).toContain('12月11日（周五）下午');
    const moved = one(await sim.say('S011', '那改成下周四下午'), 'S011');
    expect(moved).toContain('12月17日（周四）下午');
    expect(moved).toContain('0.5个工作日');
  });

  it('takes 「下午」 said after the leave type: 「12月10号请半天事假 下午 去银行办事」', async () => {
    sim = await leaveSim(MONDAY_7);
    const readBack = one(await sim.say('S011', '12月10号请半天事假 下午 去银行办事'), 'S011');
    expect(readBack).toContain('12月10日（周四）下午');
    expect(readBack).toContain('0.5个工作日');
    expect(readBack).toContain('事由：去银行办事');
  });

  it('completes the day asked with 「下午」 alone, after a restart too; 「确认」 is asked the half again', async () => {
    const db = tempDbPath();
    sim = await leaveSim(MONDAY_7, undefined, undefined, db);
    expect(one(await sim.say('S011', '12月10号请半天事假'), 'S011')).toContain('上午还是下午');
    expect(one(await sim.say('S011', '确认'), 'S011')).toContain('12月10日（周四）上午还是下午');
    await sim.close();
    sim = await leaveSim(MONDAY_7, undefined, undefined, db);
    const next = one(await sim.say('S011', '下午'), 'S011');
    expect(next).not.toContain('哪一天');
    // 事假 asks its reason before the read-back; the day is kept.
    const readBack = one(await sim.say('S011', '去银行办事'), 'S011');
    expect(readBack).toContain('12月10日（周四）下午');
    expect(readBack).toContain('0.5个工作日');
  });
});
