import { afterEach, describe, expect, it } from 'vitest';
import type { Simulation } from '../../../app/simulation/simulation.ts';
import { leaveSim, one } from './leave-sim.ts';

/*
 * What a simulated week as a social worker, a caregiver and a project lead showed the handlers doing wrong,
 * with the wording the outside writers' sets use.
 */

let sim: Simulation;
afterEach(async () => {
  await sim?.close();
});

const TUESDAY = new Date('2026-12-08T10:00:00+08:00');

describe('a week as staff would type it', () => {
  it('reads 「22、23号」 as the 22nd and the 23rd, not the 23rd and the day after', async () => {
    sim = await leaveSim(TUESDAY);
    const readBack = one(await sim.say('S011', '我22、23号请两天事假 回老家'), 'S011');
    expect(readBack).toContain('12月22日（周二）至12月23日（周三）');
  });

  it('answers one’s balance asked during a read-back, then keeps the draft', async () => {
    sim = await leaveSim(TUESDAY);
    await sim.say('S011', '下周一请一天事假 家里有事');
    const [balance, reminder] = (await sim.say('S011', '查一下我的假期余额')).map((s) => s.text);
    expect(balance).toContain('您的年假');
    expect(balance).toContain('您的调休');
    expect(reminder).toContain('您的请假申请还在');
    expect(one(await sim.say('S011', '确认'), 'S011')).toContain('已提交');
  });

  it('answers a balance asked with no kind in a group privately, with none of it in the group', async () => {
    sim = await leaveSim(TUESDAY);
    const sent = await sim.say('S011', '查一下我的假期余额', { room: 'staff-group', mention: true });
    expect(sent.filter((s) => s.room === 'staff-group').map((s) => s.text)).toEqual(['涉及个人信息，已私信您。']);
    expect(one(sent, 'S011')).toContain('您的年假');
    expect(one(sent, 'S011')).toContain('您的调休');
  });

  it('answers whether annual leave is had after long sick leave from the rule, not with one’s balance', async () => {
    sim = await leaveSim(TUESDAY);
    const answer = one(await sim.say('S011', '病假超过两个月 当年年假还有没有'), 'S011');
    expect(answer).toContain('请病假累计2个月以上');
    expect(answer).not.toContain('剩余可用');
  });

  it('approves a caregiver’s overtime called by her given name, rather than starting one for the lead', async () => {
    sim = await leaveSim(TUESDAY);
    await sim.say('S041', '琴日夜晚七点到十点加咗班 陪王阿姨去急诊');
    await sim.say('S041', '确认');
    const decided = await sim.say('S040', '桂兰加班那个同意');
    expect(one(decided, 'S040')).toContain('已批准加班1');
    expect(one(decided, 'S041')).toContain('已由李秀英批准');
  });
});
