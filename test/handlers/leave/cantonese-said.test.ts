import { afterEach, describe, expect, it } from 'vitest';
import type { Simulation } from '../../../app/simulation/simulation.ts';
import { leaveSim, one } from './leave-sim.ts';

const MONDAY_7 = new Date('2026-12-07T09:00:00+08:00');
let sim: Simulation | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

describe('a caregiver who types in Cantonese', () => {
  it('gets a leave request read back for the day and length said (「听日想请一日事假 屋企有事」)', async () => {
    sim = await leaveSim(MONDAY_7);
    const readBack = one(await sim.say('S041', '听日想请一日事假 屋企有事'), 'S041');
    expect(readBack).toContain('12月8日（周二）');
    expect(readBack).toContain('1个工作日');
    expect(readBack).toContain('事由：家里有事');
    expect(one(await sim.say('S041', '冇问题'), 'S041')).toContain('已提交');
  });

  it('gets the balance asked for, not the rule (「我啲年假仲有几多日」)', async () => {
    sim = await leaveSim(MONDAY_7);
    const reply = one(await sim.say('S041', '我啲年假仲有几多日'), 'S041');
    expect(reply).toContain('剩余可用');
  });

  it('gets last night’s overtime read back (「琴晚OT咗两个钟 七点到九点 陪阿婆睇急诊」)', async () => {
    sim = await leaveSim(new Date('2026-12-08T09:00:00+08:00'));
    const readBack = one(await sim.say('S041', '琴晚OT咗两个钟 七点到九点 陪阿婆睇急诊'), 'S041');
    expect(readBack).toContain('12月7日（周一）19:00–21:00');
    expect(readBack).toContain('事由：陪阿婆看急诊');
  });

  it('gets the half day it answers (「下昼」 to 上午还是下午)', async () => {
    sim = await leaveSim(MONDAY_7);
    expect(one(await sim.say('S041', '听日想请半日事假 屋企有事'), 'S041')).toContain('上午还是下午');
    const readBack = one(await sim.say('S041', '下昼'), 'S041');
    expect(readBack).toContain('12月8日（周二）下午');
  });

  it('as a project lead, gets what waits for them (「有咩要我批」)', async () => {
    sim = await leaveSim(MONDAY_7);
    await sim.say('S041', '听日想请一日事假 屋企有事');
    await sim.say('S041', '确认');
    const reply = one(await sim.say('S040', '有咩要我批'), 'S040');
    expect(reply).toContain('待您审批');
    expect(reply).toContain('事假');
  });

  it('confirms a read-back and a withdrawal with 「系」 (yes)', async () => {
    sim = await leaveSim(MONDAY_7);
    await sim.say('S043', '听日下昼请半日事假 去银行办嘢');
    expect(one(await sim.say('S043', '系'), 'S043')).toContain('已提交，编号第1号');
    expect(one(await sim.say('S043', '我想撤回'), 'S043')).toContain('回复「是」撤回');
    expect(one(await sim.say('S043', '系'), 'S043')).toContain('已撤回第1号');
  });

  it('keeps 朝早 out of an overtime’s reason, and reads 几多钟调休 as the balance', async () => {
    sim = await leaveSim(MONDAY_7);
    const readBack = one(await sim.say('S041', '礼拜六我帮陈伯陪诊 加咗班 由朝早8点到12点'), 'S041');
    expect(readBack).toContain('12月5日（周六）08:00–12:00');
    expect(readBack).toContain('事由：帮陈伯陪诊');
    await sim.say('S041', '取消');
    expect(one(await sim.say('S041', '我有几多钟调休'), 'S041')).toMatch(/^您的调休/);
  });

  it('records 「月报交咗」 as handed in', async () => {
    sim = await leaveSim(MONDAY_7);
    expect(one(await sim.say('S011', '月报交咗'), 'S011')).toContain('已记录：您已提交11月的月报');
  });
});
