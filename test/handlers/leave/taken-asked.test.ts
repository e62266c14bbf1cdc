import { afterEach, describe, expect, it } from 'vitest';
import type { Simulation } from '../../../app/simulation/simulation.ts';
import { approveAll, leaveSim, one, submitLeave } from './leave-sim.ts';

/*
 * Found driving simulate as a social worker: 「我请过几天事假了」 quoted the rule on 事假, and 「我今年请了几天假」
 * was declined, though the bot keeps every request.
 */

let sim: Simulation | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

describe('one’s own days of leave this year, asked', () => {
  it('are counted by type, approved apart from waiting, and only the type asked when one is named', async () => {
    sim = await leaveSim(new Date('2026-12-07T09:30:00+08:00'));
    await approveAll(sim, await submitLeave(sim, 'S011', '12月9日请一天事假 家里有事'));
    await submitLeave(sim, 'S011', '12月14日请一天病假 复诊');
    expect(one(await sim.say('S011', '我今年请了几天假'), 'S011')).toBe(
      [
        '2026年您请的假：',
        '· 事假：已批准1天',
        '· 病假：已批准0天，审批中1天',
        '发「我的请假」可以查看每一份申请。',
      ].join('\n'),
    );
    expect(one(await sim.say('S011', '我请过几天事假了'), 'S011')).toContain('· 事假：已批准1天');
    expect(one(await sim.say('S011', '我请过几天事假了'), 'S011')).not.toContain('病假');
    expect(one(await sim.say('S012', '我今年请了几天假'), 'S012')).toContain('2026年您还没有请过假');
  });

  it('go privately when asked in a group', async () => {
    sim = await leaveSim(new Date('2026-12-07T09:30:00+08:00'));
    const sent = await sim.say('S011', '我今年请了几天假', { room: 'staff-group', mention: true });
    expect(sent.filter((s) => s.room === 'staff-group').map((s) => s.text)).toEqual(['涉及个人信息，已私信您。']);
    expect(one(sent, 'S011')).toContain('2026年您还没有请过假');
  });
});
