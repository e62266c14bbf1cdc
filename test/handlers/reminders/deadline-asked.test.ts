import { afterEach, describe, expect, it } from 'vitest';
import { Simulation } from '../../../app/simulation/simulation.ts';
import { DeadlineAcksRepo } from '../../../data/repos/deadline-acks-repo.ts';
import { one } from '../leave/leave-sim.ts';

/*
 * Found driving simulate as a social worker: 「季度档案啥时候交」 and 「月报截止是哪天」 were offered
 * document sections to choose from, though reminders.json holds the very dates the reminders use.
 */

let sim: Simulation;
afterEach(async () => {
  await sim?.close();
});

const MONDAY = new Date('2026-12-07T09:30:00+08:00');

describe('a deadline asked after', () => {
  it('is answered with the date the reminders count to, what to hand in, to whom and the source', async () => {
    sim = await Simulation.create({ start: MONDAY });
    const reply = one(await sim.say('S022', '季度档案啥时候交'), 'S022');
    expect(reply).toBe(
      [
        '第四季度归档：2027年1月20日（周三）截止',
        '个案、小组（活动）、咨询/探访、岗位刊物等文书，交组长（组长统一交服务部归档）。',
        '依据：众爱《档案接收制度》第三章 2、档案接收时间',
        '截止前我会提醒您；交了回复「归档交了」。',
      ].join('\n'),
    );
    expect(one(await sim.say('S022', '月报截止是哪天'), 'S022')).toMatch(/^12月月报：12月31日（周四）截止\n/);
  });

  it('answers for the month said, past ones as 已截止 (「11月的月报截止是哪天」)', async () => {
    sim = await Simulation.create({ start: MONDAY });
    const reply = one(await sim.say('S022', '11月的月报截止是哪天'), 'S022');
    expect(reply).toMatch(/^11月月报：11月30日（周一）已截止\n/);
    expect(reply).not.toContain('提醒您');
  });

  it('promises no reminder to someone the deadline is not theirs (HR asking about 年度总结)', async () => {
    sim = await Simulation.create({ start: MONDAY });
    const reply = one(await sim.say('S006', '年度总结最晚什么时候交'), 'S006');
    expect(reply).toContain('2026年年度总结：12月31日（周四）截止');
    expect(reply).not.toContain('提醒您');
  });

  it('records nothing as handed in, and a hand-in said with 截止 is still recorded', async () => {
    sim = await Simulation.create({ start: MONDAY });
    const acks = new DeadlineAcksRepo(sim.app.db);
    await sim.say('S022', '月报几号交');
    expect(await acks.forPerson('S022', [{ deadlineId: 'monthly-report', period: '2026-11' }])).toEqual(new Set());
    expect(one(await sim.say('S022', '11月的月报截止前交了'), 'S022')).toContain('已记录');
  });

  it('leaves keeping and closing cases to the Q&A (「档案要保存到什么时候」)', async () => {
    sim = await Simulation.create({ start: MONDAY });
    expect(one(await sim.say('S022', '档案要保存到什么时候'), 'S022')).not.toContain('截止');
  });
});
