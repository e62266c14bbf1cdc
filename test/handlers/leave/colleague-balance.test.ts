import { afterEach, describe, expect, it } from 'vitest';
import type { Simulation } from '../../../app/simulation/simulation.ts';
import { leaveSim, one } from './leave-sim.ts';

/*
 * Found driving simulate as a lead: 「许诺还剩几天年假」 was answered with the annual-leave rule, which
 * read like her balance. A balance is personal data: HR gets it, nobody else.
 */

let sim: Simulation | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

describe('a colleague’s balance asked after', () => {
  it('is refused to a lead and to a colleague, with whom to ask, and no rule quoted', async () => {
    sim = await leaveSim(new Date('2026-12-07T09:30:00+08:00'));
    for (const [who, said] of [
      ['S020', '许诺还剩几天年假'],
      ['S010', '孙浩的假期余额'],
      ['S011', '孙浩说他年假还剩3天 是真的吗'],
    ] as const) {
      const reply = one(await sim.say(who, said), who);
      expect(reply).toContain('同事的假期余额属于个人信息');
      expect(reply).not.toContain('年休假');
    }
  });

  it('is given to HR, named, privately even when asked in a group', async () => {
    sim = await leaveSim(new Date('2026-12-07T09:30:00+08:00'));
    expect(one(await sim.say('S005', '许诺还剩几天年假'), 'S005')).toMatch(/^许诺的年假（2026年）：\n· 全年：5天/);
    const comp = one(await sim.say('S005', '孙浩调休还有多少'), 'S005');
    expect(comp).toBe('孙浩的调休：\n· 目前没有可用的调休时数。\n8小时折1天；加班后一个月内有效。');
    const sent = await sim.say('S005', '许诺还剩几天年假', { room: 'staff-group', mention: true });
    expect(
      sent
        .filter((s) => s.room === 'staff-group')
        .map((s) => s.text)
        .join(),
    ).not.toContain('剩余可用');
  });

  it('leaves one’s own balance as it was', async () => {
    sim = await leaveSim(new Date('2026-12-07T09:30:00+08:00'));
    expect(one(await sim.say('S022', '我还有几天年假'), 'S022')).toMatch(/^您的年假/);
  });
});
