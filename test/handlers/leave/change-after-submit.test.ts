import { afterEach, describe, expect, it } from 'vitest';
import type { Simulation } from '../../../app/simulation/simulation.ts';
import { LeaveRequestsRepo } from '../../../data/repos/leave-requests-repo.ts';
import { OvertimeRecordsRepo } from '../../../data/repos/overtime-records-repo.ts';
import { leaveSim, one, submitLeave, to } from './leave-sim.ts';

/** Monday 7 December 2026, as the tester drove it. */
const DEC_7 = new Date('2026-12-07T09:30:00+08:00');

let sim: Simulation;
afterEach(async () => {
  await sim?.close();
});

const status = async (id: number) => (await new LeaveRequestsRepo(sim.app.db).get(id))?.status;

describe('changing a request after submitting it, in everyday words', () => {
  it('names the waiting request and the new dates; a yes withdraws it and reads the new one back', async () => {
    sim = await leaveSim(DEC_7);
    const id = await submitLeave(sim, 'S013', '12月15日到17日请年假 回老家');
    const offer = one(await sim.say('S013', '改成12月21号到23号'), 'S013');
    expect(offer).toContain(`第${id}号（年假 12月15日（周二）至12月17日（周四），3天）还在审批中，不能直接改`);
    expect(offer).toContain('要改成年假 12月21日（周一）至12月23日（周三）');
    expect(offer).toContain('回复「是」');
    expect(await status(id)).toBe('pending');
    const yes = await sim.say('S013', '是');
    expect(to(yes, 'S010').join('\n')).toContain('已由申请人撤回');
    expect(to(yes, 'S013').join('\n')).toContain('请核对您的请假申请');
    expect(to(yes, 'S013').join('\n')).toContain('12月21日（周一）至12月23日（周三）');
    expect(await status(id)).toBe('withdrawn');
  });

  it('takes 「哎呀不对 我搞错了 是下周四」 right after submitting as a change, and 「不用」 keeps the request', async () => {
    sim = await leaveSim(DEC_7);
    const id = await submitLeave(sim, 'S013', '下周三请一天年假');
    const offer = one(await sim.say('S013', '哎呀不对 我搞错了 是下周四'), 'S013');
    expect(offer).toContain(`第${id}号（年假 12月16日（周三），1天）还在审批中`);
    expect(offer).toContain('年假 12月17日（周四）');
    expect(one(await sim.say('S013', '不用'), 'S013')).toContain(`第${id}号保留原样`);
    expect(await status(id)).toBe('pending');
  });

  it('offers to withdraw 加班N and read back the corrected time for 「唉 写错了 是6点半开始」', async () => {
    sim = await leaveSim(DEC_7);
    await sim.say('S013', '昨天晚上加班到十点半 写结案报告');
    await sim.say('S013', '7点开始的');
    expect(to(await sim.say('S013', '确认'), 'S013').join('\n')).toContain('编号加班1');
    const offer = one(await sim.say('S013', '唉 写错了 是6点半开始'), 'S013');
    expect(offer).toContain('加班1（12月6日（周日）19:00–22:30）还在审批中，不能直接改');
    expect(offer).toContain('12月6日（周日）18:30–22:30');
    expect((await new OvertimeRecordsRepo(sim.app.db).get(1))?.status).toBe('pending');
    const yes = await sim.say('S013', '好的');
    expect(to(yes, 'S010').join('\n')).toContain('加班1');
    expect(to(yes, 'S013').join('\n')).toContain('18:30–22:30，按4小时计');
    expect((await new OvertimeRecordsRepo(sim.app.db).get(1))?.status).toBe('withdrawn');
  });

  it("reads a caregiver's 「咁不如改请年假啦」 as changing the waiting 事假 to 年假, not a new request", async () => {
    sim = await leaveSim(DEC_7);
    const id = await submitLeave(sim, 'S041', '明天请一天事假 屋企有事');
    const offer = one(await sim.say('S041', '咁不如改请年假啦'), 'S041');
    expect(offer).toContain(`第${id}号（事假 12月8日（周二），1天）还在审批中`);
    expect(offer).toContain('要改成年假 12月8日（周二）');
    expect(offer).not.toContain('从哪天到哪天');
  });

  it('reads back a new request for the day said after a rejection (「那改周五请可以吗」)', async () => {
    sim = await leaveSim(DEC_7);
    const id = await submitLeave(sim, 'S013', '下周四请一天事假 家里有事');
    await sim.say('S010', `驳回 ${id} 那天有督导`);
    const sent = to(await sim.say('S013', '那改周五请可以吗'), 'S013').join('\n');
    expect(sent).toContain(`第${id}号（事假 12月17日（周四），1天）已被驳回`);
    expect(sent).toContain('请核对您的请假申请');
    expect(sent).toContain('12月18日（周五）');
    expect(sent).not.toContain('制度文件');
  });
});
