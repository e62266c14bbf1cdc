import { afterEach, describe, expect, it } from 'vitest';
import type { Simulation } from '../../../../app/simulation/simulation.ts';
import { leaveSim, to } from '../leave-sim.ts';

const MONDAY_7 = new Date('2026-12-07T09:30:00+08:00');
let sim: Simulation | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

describe('调休 hours about to expire (DOMAIN §4: they expire one month after the overtime)', () => {
  it('are warned of while a 调休 asked that day can still be taken in time, with the day to ask by', async () => {
    sim = await leaveSim(MONDAY_7);
    await sim.say('S011', '加班登记 12月5日 9:00-17:00 长者生日会');
    await sim.say('S011', '确认');
    await sim.say('S010', '同意 加班1');
    const sent = await sim.advanceTo(new Date('2027-01-06T10:00:00+08:00'));
    const warnings = sent.filter((s) => s.to === 'S011' && s.text.includes('调休到期提醒'));
    expect(warnings).toHaveLength(1);
    const warning = warnings[0]!;
    // 1月5日 is the last day; 5 working days' notice for it means asking by 12月28日 (周一).
    expect(warning.at < '2026-12-28T00:00:00Z').toBe(true);
    expect(warning.text).toContain('12月28日（周一）');
    expect(warning.text).toContain('1月5日（周二）');
    // Asked the day the warning came, a 调休 on the last day is neither refused nor short of notice.
    sim = await reopenAt(sim, warning.at);
    const readBack = to(await sim.say('S011', '1月5号调休一天'), 'S011').join('\n');
    expect(readBack).toContain('请核对您的请假申请');
    expect(readBack).not.toContain('提前时间不足');
  });
});

/** The same story replayed up to the warning's day, in a fresh simulation. */
async function reopenAt(old: Simulation, at: string): Promise<Simulation> {
  await old.close();
  const s = await leaveSim(MONDAY_7);
  await s.say('S011', '加班登记 12月5日 9:00-17:00 长者生日会');
  await s.say('S011', '确认');
  await s.say('S010', '同意 加班1');
  await s.advanceTo(new Date(at));
  return s;
}
