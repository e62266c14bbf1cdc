import { afterEach, describe, expect, it } from 'vitest';
import type { Simulation } from '../../../app/simulation/simulation.ts';
import { approveAll, leaveSim, one, submitLeave } from './leave-sim.ts';

let sim: Simulation | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

describe('who is out, asked in other words', () => {
  it('answers a lead’s 「明天我们组有人请假吗」「下周组里谁休」 and a head’s 「这个月部门里请假的名单」', async () => {
    sim = await leaveSim(new Date('2026-11-02T10:00:00+08:00'));
    await approveAll(sim, await submitLeave(sim, 'S011', '11月3日请年假 回老家'));
    await approveAll(sim, await submitLeave(sim, 'S021', '11月5日请事假 家里有事'));

    const tomorrow = one(await sim.say('S010', '明天我们组有人请假吗'), 'S010');
    expect(tomorrow).toContain('长者服务组');
    expect(tomorrow).toContain('· 郑雨 年假 11月3日（周二）');
    expect(one(await sim.say('S010', '下周组里谁休'), 'S010')).toContain('下周（11月9日（周一）至11月15日（周日））');
    const head = one(await sim.say('S003', '这个月部门里请假的名单'), 'S003');
    expect(head).toContain('服务部请假的同事（2人');
    expect(head).toContain('冯子豪');
  });

  it('answers a head’s 「下个月的请假情况」 for next month, not today', async () => {
    sim = await leaveSim(new Date('2026-11-02T10:00:00+08:00'));
    await approveAll(sim, await submitLeave(sim, 'S011', '12月7日请年假 回老家'));
    const next = one(await sim.say('S003', '下个月的请假情况'), 'S003');
    expect(next).toContain('下个月（12月1日（周二）至12月31日（周四））');
    expect(next).toContain('郑雨');
  });

  it('answers 「下周呢」「那明天呢」 right after an overview, and nothing to someone who asked none', async () => {
    sim = await leaveSim(new Date('2026-11-02T10:00:00+08:00'));
    await approveAll(sim, await submitLeave(sim, 'S011', '11月10日请事假 家里有事'));
    expect(one(await sim.say('S010', '这周谁请假'), 'S010')).toContain('没有已批准的请假');
    const next = one(await sim.say('S010', '下周呢'), 'S010');
    expect(next).toContain('下周（11月9日（周一）至11月15日（周日））长者服务组');
    expect(next).toContain('· 郑雨 事假 11月10日（周二）');
    expect(one(await sim.say('S010', '那明天呢'), 'S010')).toContain('明天（11月3日（周二））');
    expect(one(await sim.say('S012', '下周呢'), 'S012')).not.toContain('郑雨');
  });

  it('answers a lead’s 「郑雨下周请的什么假」 in the group privately, and refuses a colleague', async () => {
    sim = await leaveSim(new Date('2026-11-02T10:00:00+08:00'));
    await approveAll(sim, await submitLeave(sim, 'S011', '11月10日请事假 家里有事'));
    const sent = await sim.say('S010', '郑雨下周请的什么假', { room: 'staff-group', mention: true });
    expect(sent.filter((s) => s.room === 'staff-group').map((s) => s.text)).toEqual(['涉及个人信息，已私信您。']);
    expect(one(sent, 'S010')).toContain('郑雨下周（11月9日（周一）至11月15日（周日））的请假（只列已批准的）：');
    expect(one(sent, 'S010')).toContain('· 郑雨 事假 11月10日（周二）');
    expect(one(await sim.say('S012', '郑雨下周请的什么假'), 'S012')).toContain('只有其组长、部长和人力资源部');
  });

  it('answers for a team named, if the asker may see it, and refuses another team’s lead (「长者组下周谁请假」)', async () => {
    sim = await leaveSim(new Date('2026-11-02T10:00:00+08:00'));
    await approveAll(sim, await submitLeave(sim, 'S011', '11月10日请事假 家里有事'));
    expect(one(await sim.say('S020', '长者组下周谁请假'), 'S020')).toBe(
      '抱歉，长者服务组的请假情况您看不到：组长可以查看本组，部长本部门，人力资源部全部。',
    );
    const head = one(await sim.say('S003', '长者组下周谁请假'), 'S003');
    expect(head).toContain('长者服务组请假的同事（1人');
    expect(head).not.toContain('您可以查看');
  });

  it('answers HR’s 「帮我把12月请假汇总发我一份excel」 for December, with where the Excel file is, not for today', async () => {
    sim = await leaveSim(new Date('2026-12-07T10:00:00+08:00'));
    await approveAll(sim, await submitLeave(sim, 'S011', '12月10日请事假 家里有事'));
    const hr = one(await sim.say('S005', '帮我把12月请假汇总发我一份excel'), 'S005');
    expect(hr).toContain('12月1日（周二）至12月31日（周四）全机构请假的同事（1人');
    expect(hr).toContain('· 郑雨（长者服务组） 事假 12月10日（周四）');
    expect(hr).toContain('在「请假加班」页选月份导出');
    const lead = one(await sim.say('S010', '长者服务组12月的请假汇总'), 'S010');
    expect(lead).toContain('· 郑雨 事假 12月10日（周四）');
    expect(lead).not.toContain('Excel');
  });

  it('reads 「上个月谁请过假」 as last month and 「1月份的请假名单」 in December as the coming January, with its year', async () => {
    sim = await leaveSim(new Date('2026-12-07T10:00:00+08:00'));
    expect(one(await sim.say('S005', '上个月谁请过假'), 'S005')).toContain('11月1日（周日）至11月30日（周一）');
    expect(one(await sim.say('S005', '1月份的请假名单'), 'S005')).toContain(
      '2027年1月1日（周五）至2027年1月31日（周日）',
    );
  });
});
