import { afterEach, describe, expect, it } from 'vitest';
import type { Simulation } from '../../app/simulation/simulation.ts';
import { LeaveRequestsRepo } from '../../data/repos/leave-requests-repo.ts';
import { leaveSim, one } from './leave/leave-sim.ts';

/*
 * Found driving simulate as social workers: what people send right after the bot quoted a rule adds
 * to that question, and it got 「好的，知道了」.
 */

let sim: Simulation;
afterEach(async () => {
  await sim?.close();
});

describe('a number said right after a rule with ranges', () => {
  it('is answered with the clause for it (「我来了7年了」 after 「年假有几天」)', async () => {
    sim = await leaveSim();
    expect(one(await sim.say('S011', '年假有几天'), 'S011')).toContain('已满20年的，年休假15天');
    const reply = one(await sim.say('S011', '我来了7年了'), 'S011');
    expect(reply).toMatch(/^按您说的7年：员工在机构服务累计已满1年及不满10年的，年休假5天。\n——《.+》.+年假$/);
  });

  it('is only acknowledged when no clause of the rule holds it', async () => {
    sim = await leaveSim();
    await sim.say('S012', '年假有几天');
    expect(one(await sim.say('S012', '我孩子7岁了'), 'S012')).toContain('好的，知道了');
  });

  it('is only acknowledged once the answer is minutes old', async () => {
    sim = await leaveSim();
    await sim.say('S011', '年假有几天');
    await sim.advanceTo(new Date(sim.clock.now().getTime() + 30 * 60_000));
    expect(one(await sim.say('S011', '我来了7年了'), 'S011')).toContain('好的，知道了');
  });
});

describe('asking for the leave just read about', () => {
  it('starts that leave from dates alone (「下周二到周四」 after the rule on 丧假)', async () => {
    sim = await leaveSim();
    await sim.say('S012', '我奶奶去世了 丧假能请几天');
    const readBack = one(await sim.say('S012', '下周二到周四'), 'S012');
    expect(readBack).toContain('请核对');
    expect(readBack).toContain('类型：丧假');
    expect(readBack).toContain('11月10日（周二）至11月12日（周四）');
    expect(await new LeaveRequestsRepo(sim.app.db).forStaff('S012')).toEqual([]);
  });

  it('starts it with the type filled in for 「那我想请」 and a count alone', async () => {
    sim = await leaveSim();
    await sim.say('S013', '结婚能休几天');
    expect(one(await sim.say('S013', '那我想请'), 'S013')).toContain('从哪天到哪天');
    const readBack = one(await sim.say('S013', '下周一开始 3天'), 'S013');
    expect(readBack).toContain('类型：婚假');
    await sim.say('S014', '病假需要什么证明');
    expect(one(await sim.say('S014', '我就请1天'), 'S014')).toContain('从哪天开始');
    expect(one(await sim.say('S014', '明天'), 'S014')).toContain('类型：病假');
  });

  it('asks which of the section’s two types (产假 or 看护假)', async () => {
    sim = await leaveSim();
    await sim.say('S021', '产假多少天');
    expect(one(await sim.say('S021', '那我想请'), 'S021')).toBe('请问请什么假？可选：产假、看护假。');
  });

  it('starts nothing for news with a date (「我12月21号结婚」「我下个月结婚」 after the rule on 年假)', async () => {
    sim = await leaveSim();
    await sim.say('S043', '年假有几天');
    expect(one(await sim.say('S043', '我12月21号结婚'), 'S043')).not.toContain('年假');
    expect(one(await sim.say('S043', '我下个月结婚'), 'S043')).not.toContain('哪一天');
  });

  it('leaves a question with dates to the Q&A', async () => {
    sim = await leaveSim();
    await sim.say('S012', '丧假能请几天');
    expect(one(await sim.say('S012', '下周二到周四可以吗'), 'S012')).not.toContain('请核对');
  });
});
