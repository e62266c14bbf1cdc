import { afterEach, describe, expect, it } from 'vitest';
import type { Simulation } from '../../../app/simulation/simulation.ts';
import { leaveSim, one, submitLeave, to } from './leave-sim.ts';

let sim: Simulation;
afterEach(async () => {
  await sim?.close();
});

const at = (iso: string) => new Date(iso);

describe('approvals that never stall', () => {
  it('moves a step waiting more than two working days to the department head, and tells the applicant', async () => {
    sim = await leaveSim(at('2026-11-02T15:00:00+08:00'));
    const id = await submitLeave(sim, 'S011', '12月7日到9日请年假 回老家');
    // Waiting since Monday 15:00: two working days end Wednesday 15:00, so Thursday's 09:00 round.
    const wednesday = await sim.advanceTo(at('2026-11-04T18:00:00+08:00'));
    expect(wednesday.filter((s) => s.text.includes('转交审批'))).toEqual([]);
    const thursday = await sim.advanceTo(at('2026-11-05T10:00:00+08:00'));
    const head = to(thursday, 'S003').join('\n');
    expect(head).toContain(`第${id}号已等待超过2个工作日未处理（原审批人：林晓）`);
    expect(head).toContain('12月7日（周一）');
    // Its chain says who holds the step now, not the lead alone as 「← 当前」.
    expect(head).toContain('林晓（组长·转呈） → 转陈思远 ← 当前');
    // He holds the next step too: one decision covers both, and the card says so rather than naming him twice.
    expect(head).toContain('→ 转陈思远 ← 当前（与下一步一并审批） → 陈思远（部长·审核）');
    expect(one(thursday, 'S011')).toContain('已转由陈思远审批');
    expect(to(thursday, 'S010').join('\n')).not.toContain('转交审批');
    // The applicant sees where it stands: which step, who has it, since when.
    const mine = one(await sim.say('S011', '我的请假'), 'S011');
    expect(mine).toContain(`第${id}号`);
    expect(mine).toContain('在陈思远处，自11月5日（周四）09:00起（等待较久，已转上一级）');
    // The lead no longer holds it; the head has it waiting and decides it with a bare 同意.
    expect(to(await sim.say('S010', '待我审批'), 'S010').join('\n')).not.toContain(`第${id}号`);
    expect(to(await sim.say('S003', '待我审批'), 'S003').join('\n')).toContain(`第${id}号`);
    // His own 部长 step comes next: one decision covers both, and it goes on to the director.
    const decided = await sim.say('S003', '同意');
    expect(to(decided, 'S003').join('\n')).toContain('周文华');
    expect(to(decided, 'S001').join('\n')).toContain(`第${id}号`);
  });

  it('tells the approver passed over where the request went, when they name its applicant', async () => {
    sim = await leaveSim(at('2026-11-02T15:00:00+08:00'));
    const id = await submitLeave(sim, 'S011', '12月7日到9日请年假 回老家');
    await sim.advanceTo(at('2026-11-05T10:00:00+08:00'));
    expect(one(await sim.say('S010', '郑雨那个同意'), 'S010')).toBe(
      `郑雨的第${id}号请假已于11月5日（周四）09:00转给陈思远审批，不用您再处理了。`,
    );
  });

  it('tells the approver passed over where the request went, when they decide it by its number', async () => {
    sim = await leaveSim(at('2026-11-02T15:00:00+08:00'));
    const id = await submitLeave(sim, 'S011', '12月7日到9日请年假 回老家');
    await sim.advanceTo(at('2026-11-05T10:00:00+08:00'));
    expect(one(await sim.say('S010', `同意 ${id}`), 'S010')).toBe(
      `郑雨的第${id}号请假已于11月5日（周四）09:00转给陈思远审批，不用您再处理了。`,
    );
  });

  it('flags a request undecided on its first day to the approver and HR at 09:00 and tells the applicant', async () => {
    sim = await leaveSim(at('2026-11-02T10:00:00+08:00'));
    const id = await submitLeave(sim, 'S011', '11月3日请事假 家里有事');
    const tuesday = await sim.advanceTo(at('2026-11-03T10:00:00+08:00'));
    // stall.beforeStart (sample default): made the day before, it went up to the head that morning
    // (his card says the leave has begun); HR is flagged, the director may decide too.
    const flag = tuesday.filter((s) => s.text.includes('请假已开始仍未审批'));
    expect(flag.map((s) => s.to).sort()).toEqual(['S001', 'S005', 'S006']);
    expect(flag.every((s) => s.at === '2026-11-03T01:00:00.000Z')).toBe(true);
    expect(to(tuesday, 'S003').join('\n')).toContain('今天仍未审批');
    expect(one(tuesday, 'S011')).toContain(`您的第${id}号请假`);
    expect(one(tuesday, 'S011')).toContain('仍在等待陈思远审批');
    // Approving afterwards is allowed, and says so.
    await sim.advanceTo(at('2026-11-04T10:00:00+08:00'));
    const late = to(await sim.say('S003', `同意 ${id}`), 'S003').join('\n');
    expect(late).toContain('假期已于11月3日（周二）开始');
  });

  it('skips an approver on approved leave on the day a request reaches them, and tells them when back', async () => {
    sim = await leaveSim(at('2026-11-02T10:00:00+08:00'));
    const lead = await submitLeave(sim, 'S010', '11月9日到10日请年假 休息');
    await sim.say('S003', `同意 ${lead}`);
    await sim.advanceTo(at('2026-11-09T10:00:00+08:00'));
    const readBack = await sim.say('S011', '12月7日请年假 办事');
    expect(one(readBack, 'S011')).toContain('请核对');
    const sent = await sim.say('S011', '确认');
    const id = Number(/编号第(\d+)号/.exec(to(sent, 'S011').join('\n'))?.[1]);
    expect(to(sent, 'S010')).toEqual([]);
    expect(to(sent, 'S003').join('\n')).toContain(`第${id}号`);
    expect(one(await sim.say('S011', '我的请假'), 'S011')).toContain('在陈思远处');
    expect(to(await sim.say('S010', `同意 ${id}`), 'S010').join('\n')).not.toContain('已同意');
    await sim.say('S003', `同意 ${id}`);
    // Back on Wednesday: the lead is told, once, what was decided for her.
    const back = (await sim.advanceTo(at('2026-11-12T10:00:00+08:00'))).filter((s) => s.text.includes('欢迎回来'));
    expect(back.map((s) => [s.to, s.at])).toEqual([['S010', '2026-11-11T01:00:00.000Z']]);
    expect(back[0]!.text).toContain(`第${id}号 郑雨（长者服务组）`);
    expect(back[0]!.text).toContain('由陈思远处理 · 已批准');
  });

  it('sends a request to the deputy an approver on leave named for those days', async () => {
    sim = await leaveSim(at('2026-11-02T10:00:00+08:00'));
    const named = await sim.say('S010', '我11月9日到10日休假，期间由钱多多代批');
    expect(one(named, 'S010')).toContain('11月9日（周一）');
    expect(one(named, 'S010')).toContain('由钱多多代批');
    expect(to(named, 'S005').join('\n')).toContain('【代批备案】林晓');
    const lead = await submitLeave(sim, 'S010', '11月9日到10日请年假 休息');
    await sim.say('S003', `同意 ${lead}`);
    await sim.advanceTo(at('2026-11-10T10:00:00+08:00'));
    await sim.say('S011', '12月7日请年假 办事');
    const sent = await sim.say('S011', '确认');
    const id = Number(/编号第(\d+)号/.exec(to(sent, 'S011').join('\n'))?.[1]);
    expect(to(sent, 'S010')).toEqual([]);
    expect(to(sent, 'S014').join('\n')).toContain(`第${id}号`);
    expect(to(await sim.say('S014', `同意 ${id}`), 'S014').join('\n')).toContain('已同意');
  });

  it('names a deputy said in a lead’s words (「下周一二我不在 请假的事找钱多多」); asks the days when none is said', async () => {
    sim = await leaveSim(at('2026-11-02T10:00:00+08:00'));
    const named = await sim.say('S010', '下周一二我不在 请假的事找钱多多');
    expect(one(named, 'S010')).toContain('11月9日（周一）至11月10日（周二）期间');
    expect(one(named, 'S010')).toContain('由钱多多代批');
    expect(to(named, 'S005').join('\n')).toContain('【代批备案】林晓');
    expect(one(await sim.say('S010', '我不在的时候请假找钱多多批'), 'S010')).toContain('请说明哪几天不在');
  });
});
