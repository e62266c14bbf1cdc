import { afterEach, describe, expect, it } from 'vitest';
import type { Simulation } from '../../../app/simulation/simulation.ts';
import { leaveSim, one, submitLeave, approveAll, to } from './leave-sim.ts';

/** Monday 7 December 2026, 09:30 in Shanghai (the outsider's simulator runs). */
const MONDAY_7 = new Date('2026-12-07T09:30:00+08:00');
const ASKS_TYPE = '请问请什么假';
let sim: Simulation | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

describe('a leave asked for in one long spoken sentence', () => {
  it('starts the 年假 for next Monday with its reason, though it also asks how many days are left', async () => {
    sim = await leaveSim(MONDAY_7);
    const said =
      '嗯那个我想问一下就是下个星期一我要请一天假然后就是年假吧我记得我还有几天的对吧然后原因就是要陪我妈去医院复查';
    const readBack = to(await sim.say('S024', said), 'S024').join('\n');
    expect(readBack).toContain('请核对您的请假申请');
    expect(readBack).toContain('类型：年假');
    expect(readBack).toContain('12月14日（周一）');
    expect(readBack).toContain('事由：陪我妈去医院复查');
    // The balance it asked about is in the read-back.
    expect(readBack).toContain('可用5天');
    expect(one(await sim.say('S024', '确认'), 'S024')).toContain('已提交');
  });
});

describe('being on leave or away, told rather than asked for', () => {
  it('does not start a leave for 「周五我在外面做家访，去不了」, and says how to ask if meant', async () => {
    sim = await leaveSim(MONDAY_7);
    const reply = one(await sim.say('S013', '周五我在外面做家访，去不了'), 'S013');
    expect(reply).not.toContain(ASKS_TYPE);
    expect(reply).not.toContain('请核对');
    expect(reply).toContain('请假');
  });

  it('says there is no leave on record for 「我明天休假，不参加了」 and how to ask for one', async () => {
    sim = await leaveSim(MONDAY_7);
    const reply = one(await sim.say('S031', '我明天休假，不参加了'), 'S031');
    expect(reply).not.toContain(ASKS_TYPE);
    expect(reply).toContain('12月8日（周二）');
    expect(reply).toContain('没有查到');
  });

  it('names the approved leave for 「我明天休假，不参加了」 when there is one', async () => {
    sim = await leaveSim(MONDAY_7);
    const id = await submitLeave(sim, 'S011', '明天请事假 家里有事');
    await approveAll(sim, id);
    const reply = one(await sim.say('S011', '我明天休假，不参加了'), 'S011');
    expect(reply).not.toContain(ASKS_TYPE);
    expect(reply).toContain(`第${id}号`);
    expect(reply).toContain('已批准');
  });

  it('does not ask which leave for 「我休假呢」', async () => {
    sim = await leaveSim(MONDAY_7);
    const reply = one(await sim.say('S023', '我休假呢'), 'S023');
    expect(reply).not.toContain(ASKS_TYPE);
    expect(reply).toContain('没有查到');
  });

  it('does not start a leave for 「我刚休假回来，月报还没交」, and mentions 销假', async () => {
    sim = await leaveSim(new Date('2027-01-04T09:05:00+08:00'));
    const got = to(await sim.say('S013', '我刚休假回来，月报还没交'), 'S013').join('\n');
    expect(got).not.toContain(ASKS_TYPE);
    expect(got).toContain('销假');
  });

  it('says which draft lapsed, days later, before answering 「我刚休假回来」', async () => {
    sim = await leaveSim(new Date('2026-12-24T10:00:00+08:00'));
    expect(one(await sim.say('S013', '12月28号到12月31号请年假 回老家'), 'S013')).toContain('不能提交');
    await sim.advanceTo(new Date('2027-01-04T09:05:00+08:00'));
    const got = to(await sim.say('S013', '我刚休假回来，月报还没交'), 'S013').join('\n');
    expect(got).toContain('年假，12月28日（周一）至12月31日（周四）');
    expect(got).toContain('已超时作废');
    expect(got).not.toContain(ASKS_TYPE);
  });
});
