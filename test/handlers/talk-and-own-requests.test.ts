import { afterEach, describe, expect, it } from 'vitest';
import type { Simulation } from '../../app/simulation/simulation.ts';
import { QuestionQueueRepo } from '../../data/repos/question-queue-repo.ts';
import { leaveSim, one, submitLeave } from './leave/leave-sim.ts';

/*
 * Found by a simulated week as staff would write (issue 11): news and remarks the understanding layer
 * reads as talk were declined by the Q&A with an offer to pass them to HR, or started a leave request;
 * one's own request asked after in other words than 「我的请假」 was declined too.
 */

let sim: Simulation;
afterEach(async () => {
  await sim?.close();
});

describe('news and remarks that ask nothing', () => {
  it('are acknowledged, not declined with an offer to pass them to HR, and nothing is queued for HR', async () => {
    sim = await leaveSim();
    for (const said of ['孙浩昨天加班到十点 太拼了', '郑雨把年假撤了 组里下周人够了']) {
      const reply = one(await sim.say('S010', said), 'S010');
      expect(reply).toContain('好的，知道了');
      expect(reply).not.toContain('人力资源部');
    }
    expect(await new QuestionQueueRepo(sim.app.db).open()).toEqual([]);
  });

  it('start no leave request when others’ leave is counted', async () => {
    sim = await leaveSim();
    const reply = one(await sim.say('S021', '我们组下周有三个人请假 活动估计开不了了'), 'S021');
    expect(reply).not.toContain('请核对');
    expect(reply).not.toContain('哪一天');
    // The next message is a request of its own, read alone: nothing of the remark in its reason.
    const readBack = one(await sim.say('S021', '下周一到周三请年假 一共三天对吧'), 'S021');
    expect(readBack).toContain('请核对');
    expect(readBack).not.toContain('事由');
  });

  it('keep a greeting out of a request’s reason', async () => {
    sim = await leaveSim();
    const readBack = one(await sim.say('S011', '早上好～下周三请一天事假 带孩子打疫苗'), 'S011');
    expect(readBack).toContain('事由：带孩子打疫苗');
  });

  it('keep who one is (「我系护工」) out of a request’s reason', async () => {
    sim = await leaveSim();
    const readBack = one(await sim.say('S041', '我系护工 听日想请一日事假 屋企有事'), 'S041');
    expect(readBack).toContain('事由：家里有事');
  });

  it('keep 「问下」 out of a request’s reason', async () => {
    sim = await leaveSim();
    const readBack = one(await sim.say('S011', '早 问下 这周五能请个事假不 孩子学校开家长会'), 'S011');
    expect(readBack).toContain('事由：孩子学校开家长会');
  });
});

describe('questions about leave that name a type or a number', () => {
  it('are answered as questions, never read back as a request (「做满几年有十日年假」 became a 年假 on the 10th)', async () => {
    sim = await leaveSim(new Date('2026-12-07T09:30:00+08:00'));
    for (const [who, said] of [
      ['S041', '做满几年有十日年假'],
      ['S012', '我入职没满一年 能请年假不'],
      ['S043', '试用期请病假会唔会扣钱'],
      ['S023', '周末加班算调休还是加班费'],
    ] as const) {
      const reply = one(await sim.say(who, said), who);
      expect(reply).not.toContain('请核对');
      expect(reply).not.toMatch(/从哪天|哪一天/);
    }
  });

  it('still takes 「这周五能请个事假不 孩子学校开家长会」 as a request', async () => {
    sim = await leaveSim(new Date('2026-12-07T09:30:00+08:00'));
    expect(one(await sim.say('S011', '这周五能请个事假不 孩子学校开家长会'), 'S011')).toContain('请核对');
  });
});

describe('one’s own requests asked after in other words', () => {
  it('lists them for 「部长批了没」 as for 「我的请假」', async () => {
    sim = await leaveSim();
    expect(await submitLeave(sim, 'S011', '下周二请事假，家里有事')).toBe(1);
    for (const said of ['部长批了没', '我那个假批了吗']) {
      const reply = one(await sim.say('S011', said), 'S011');
      expect(reply).toContain('第1号');
      expect(reply).toContain('审批中');
    }
  });

  it('shows who rejected it and why for 「为什么被驳回了」「我的假为啥没批」', async () => {
    sim = await leaveSim();
    expect(await submitLeave(sim, 'S011', '下周二请事假，家里有事')).toBe(1);
    await sim.say('S010', '驳回 1 那天有督导');
    for (const said of ['为什么被驳回了', '我的假为啥没批']) {
      expect(one(await sim.say('S011', said), 'S011'), said).toContain('第1号');
      expect(one(await sim.say('S011', said), 'S011'), said).toContain('已驳回：那天有督导');
    }
  });

  it('answers 「我的调休呢」 after the annual balance with the 调休 balance, not a new request', async () => {
    sim = await leaveSim();
    expect(one(await sim.say('S042', '我的年假还剩几天'), 'S042')).toContain('您的年假');
    const comp = one(await sim.say('S042', '我的调休呢'), 'S042');
    expect(comp).toContain('您的调休');
    expect(comp).not.toContain('哪天');
    // 「那调休呢」, without 我的, asks the same.
    const bare = one(await sim.say('S042', '那调休呢'), 'S042');
    expect(bare).toContain('您的调休');
    expect(bare).not.toContain('哪天');
  });
});
