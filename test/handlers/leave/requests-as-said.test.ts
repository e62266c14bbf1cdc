import { afterEach, describe, expect, it } from 'vitest';
import type { Simulation } from '../../../app/simulation/simulation.ts';
import { LeaveRequestsRepo } from '../../../data/repos/leave-requests-repo.ts';
import { leaveSim, one, to } from './leave-sim.ts';

let sim: Simulation;
afterEach(async () => {
  await sim?.close();
});

/** 郑雨 (S011) on Monday 2 November 2026. */
const say = async (text: string) => one(await sim.say('S011', text), 'S011');

describe('leave requests and read-back replies the way people say them', () => {
  it('tells 「怎么请假」 how to ask here, and answers 「一线社工请假流程」 from the rules, starting no request', async () => {
    sim = await leaveSim();
    for (const asked of ['怎么请假', '请假流程是怎样的'])
      expect(await say(asked), asked).toContain('请假直接跟我说就行');
    // Asked in the staff group, it is answered there: nothing in it is personal.
    const inGroup = await sim.say('S011', '怎么请假', { room: 'staff-group', mention: true });
    expect(inGroup.map((s) => s.to ?? s.room)).toEqual(['staff-group']);
    const procedure = await say('一线社工请假流程');
    expect(procedure).toContain('一线社工/社区助理请假');
    expect(procedure).not.toContain('请问请什么假');
    expect(await say('我的请假')).not.toContain('第1号');
  });

  it('takes 「11号不请了 请到10号」 as a new end, not as cancelling the request', async () => {
    sim = await leaveSim();
    await say('11月9日到11日请年假 回老家');
    const readBack = await say('11号不请了 请到10号');
    expect(readBack).toContain('11月9日（周一）至11月10日（周二）');
    const sent = await sim.say('S011', '确认');
    expect(to(sent, 'S011').join('\n')).toMatch(/编号第\d+号/);
    const [request] = await new LeaveRequestsRepo(sim.app.db).forStaff('S011');
    expect(request).toMatchObject({ start: '2026-11-09', end: '2026-11-10' });
  });

  it('keeps the first day whole and halves the last on 「10号只请上午」', async () => {
    sim = await leaveSim();
    await say('11月9日到10日请年假 回老家');
    expect(await say('10号只请上午')).toContain('11月9日（周一）至11月10日（周二）上午');
  });

  it('reads 「下周四五」 as two days and 「元旦后上班第一天」 as 4 January', async () => {
    sim = await leaveSim();
    expect(await say('下周四五请年假 去参加表姐婚礼')).toContain('11月12日（周四）至11月13日（周五）');
    await say('取消');
    expect(await say('元旦后上班第一天想请个事假 孩子学校开家长会')).toContain('1月4日');
  });

  it('asks the type for 「从这周五请到下周二 回趟老家」 instead of answering it as a question', async () => {
    sim = await leaveSim();
    expect(await say('从这周五请到下周二 回趟老家')).toContain('请问请什么假');
  });

  it('reads voice-input homophones: 「后天请一天是假 家里水管爆了」 is a 事假', async () => {
    sim = await leaveSim();
    const readBack = await say('后天请一天是假 家里水管爆了');
    expect(readBack).toContain('类型：事假');
    expect(readBack).toContain('事由：家里水管爆了');
  });

  it('drops the last day on 「不用请11号」 rather than moving the request to it', async () => {
    sim = await leaveSim();
    await say('11月9日到11日请年假 回老家');
    expect(await say('不用请11号')).toContain('11月9日（周一）至11月10日（周二）');
  });
});
