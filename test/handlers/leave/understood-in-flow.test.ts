import { afterEach, describe, expect, it } from 'vitest';
import type { Simulation } from '../../../app/simulation/simulation.ts';
import { LeaveRequestsRepo } from '../../../data/repos/leave-requests-repo.ts';
import { leaveSim, one, submitLeave, to } from './leave-sim.ts';

/** Monday 7 December 2026, 10:00 in Shanghai: the month the examples were tried in. */
const DEC_7 = new Date('2026-12-07T10:00:00+08:00');

let sim: Simulation;
afterEach(async () => {
  await sim?.close();
});

async function stored(staffId: string) {
  return new LeaveRequestsRepo(sim.app.db).forStaff(staffId);
}

describe('a leave request understood in the middle of the conversation (issue 11)', () => {
  it('keeps the whole reason 「陪孩子看病」 and moves the day on 「那改到17号」 without touching it', async () => {
    sim = await leaveSim(DEC_7);
    const readBack = one(await sim.say('S011', '12月14号请一天事假 陪孩子看病'), 'S011');
    expect(readBack).toContain('12月14日（周一）');
    expect(readBack).toContain('事由：陪孩子看病');
    const moved = one(await sim.say('S011', '那改到17号'), 'S011');
    expect(moved).toContain('12月17日（周四）');
    expect(moved).toContain('事由：陪孩子看病');
    expect(moved).not.toContain('那改到');
    const sent = await sim.say('S011', '确认');
    expect(to(sent, 'S010').join('\n')).toContain('陪孩子看病');
    const [request] = await stored('S011');
    expect(request).toMatchObject({
      typeKey: 'personal',
      start: '2026-12-17',
      end: '2026-12-17',
      reason: '陪孩子看病',
    });
  });

  it('reads 「还是改成周四吧」 as the Thursday of the requested week', async () => {
    sim = await leaveSim(DEC_7);
    expect(one(await sim.say('S011', '下周三请事假 去银行办事'), 'S011')).toContain('12月16日（周三）');
    const moved = one(await sim.say('S011', '还是改成周四吧'), 'S011');
    expect(moved).toContain('12月17日（周四）');
    expect(moved).toContain('事由：去银行办事');
  });

  it('answers 「1月1号是元旦放假啊 为什么也扣我年假」 with how the days were counted and changes nothing', async () => {
    sim = await leaveSim(DEC_7);
    // Refused (年假 is not taken next to a holiday), but still read back: the remark is answered.
    expect(one(await sim.say('S011', '12月31号到1月4号请年假 回老家'), 'S011')).toContain('不能提交');
    const answer = one(await sim.say('S011', '1月1号是元旦放假啊 为什么也扣我年假'), 'S011');
    expect(answer).toContain('1月1日（周五）是元旦，不计入请假天数');
    expect(answer).toContain('没有当作修改');
    const again = one(await sim.say('S011', '改成事假'), 'S011');
    expect(again).toContain('2026年12月31日（周四）至2027年1月4日（周一）');
    expect(again).toContain('事由：回老家');
    await sim.say('S011', '确认');
    const [request] = await stored('S011');
    expect(request).toMatchObject({ typeKey: 'personal', start: '2026-12-31', end: '2027-01-04', reason: '回老家' });
  });

  it('answers a question typed at a step and keeps the request where it was', async () => {
    sim = await leaveSim(DEC_7);
    expect(one(await sim.say('S011', '我想请事假'), 'S011')).toContain('请问从哪天到哪天');
    const replies = to(await sim.say('S011', '早上忘记打卡了怎么办'), 'S011');
    expect(replies.join('\n')).not.toContain('哪一天');
    // The answer first, then where the request stands.
    expect(replies.at(-1)).toContain('请假申请还在（事假），还差日期');
    expect(replies.length).toBeGreaterThanOrEqual(2);
    expect(one(await sim.say('S011', '12月21号'), 'S011')).toContain('请简单说一下事假的事由');
  });

  it("does not start a request for HR's 「导出12月的请假表」, idle or in the middle of one", async () => {
    sim = await leaveSim(DEC_7);
    expect(to(await sim.say('S006', '导出12月的请假表'), 'S006').join('\n')).not.toContain('请问');
    expect(one(await sim.say('S006', '12月21号请事假'), 'S006')).toContain('事由');
    const replies = to(await sim.say('S006', '导出12月的请假表'), 'S006');
    expect(replies[0]).toContain('先帮您处理这条');
    expect(replies.join('\n')).not.toContain('事由：导出');
    expect(replies.join('\n')).not.toContain('请核对');
    expect(one(await sim.say('S006', '家里有事'), 'S006')).toContain('事由：家里有事');
  });

  it('takes 「10号那个事假不请了 帮我撤掉」 for a withdrawal, never for a new request', async () => {
    sim = await leaveSim(DEC_7);
    await submitLeave(sim, 'S011', '12月10号请事假 办证件');
    const idle = to(await sim.say('S011', '10号那个事假不请了 帮我撤掉'), 'S011').join('\n');
    expect(idle).not.toContain('请核对');
    expect(idle).toContain('您是要撤回第1号请假');
    expect(await stored('S011')).toHaveLength(1);
    expect((await stored('S011'))[0]?.status).toBe('pending');
    // 「不用」 keeps it.
    expect(one(await sim.say('S011', '不用'), 'S011')).toContain('没有撤回');
    expect((await stored('S011'))[0]?.status).toBe('pending');
    await sim.say('S011', '12月22号请事假 去医院复查');
    const inFlow = to(await sim.say('S011', '10号那个事假不请了 帮我撤掉'), 'S011');
    expect(inFlow[0]).toContain('先帮您处理这条');
    expect(inFlow[1]).toContain('您是要撤回第1号请假');
    expect(inFlow[1]).toContain('「撤回 1」');
    expect(inFlow.join('\n')).not.toContain('请核对');
    expect(to(await sim.say('S011', '撤回 1'), 'S011').join('\n')).toContain('已撤回');
    expect((await stored('S011'))[0]?.status).toBe('withdrawn');
    expect(one(await sim.say('S011', '确认'), 'S011')).toContain('已提交');
  });

  it('withdraws on a plain 「对」 to 「您是要撤回…吗」, as people answer a question', async () => {
    sim = await leaveSim(DEC_7);
    await submitLeave(sim, 'S011', '12月10号请事假 办证件');
    expect(one(await sim.say('S011', '10号那个事假不请了 帮我撤掉'), 'S011')).toContain('回复「是」撤回');
    expect(to(await sim.say('S011', '对'), 'S011').join('\n')).toContain('已撤回');
    expect((await stored('S011'))[0]?.status).toBe('withdrawn');
  });

  it('asks what to change after a bare 「不对」 at the read-back', async () => {
    sim = await leaveSim(DEC_7);
    await sim.say('S011', '12月21号请事假 家里有事');
    expect(one(await sim.say('S011', '不对'), 'S011')).toContain('请告诉我要改的地方');
  });
});

describe('a request split into several types (issue 11)', () => {
  it('reads 「那前三天婚假 后面两天用年假」 at the read-back as two requests, submitted together', async () => {
    sim = await leaveSim(DEC_7);
    expect(one(await sim.say('S011', '1月11号到15号请婚假'), 'S011')).toContain('婚假最多3天');
    const split = one(await sim.say('S011', '那前三天婚假 后面两天用年假'), 'S011');
    expect(split).toContain('请核对这2份请假申请');
    expect(split).toContain('婚假');
    expect(split).toContain('年假');
    expect(split).not.toContain('事由：那前');
    await sim.say('S011', '确认');
    const requests = (await stored('S011')).sort((a, b) => a.start.localeCompare(b.start));
    expect(requests.map((r) => [r.typeKey, r.start, r.end])).toEqual([
      ['marriage', '2027-01-11', '2027-01-13'],
      ['annual', '2027-01-14', '2027-01-15'],
    ]);
  });

  it('reads 「21号事假 22号23号年假」 as two requests from one message', async () => {
    sim = await leaveSim(DEC_7);
    const readBack = one(await sim.say('S011', '21号事假 22号23号年假 家里有事'), 'S011');
    expect(readBack).toContain('请核对这2份请假申请');
    expect(readBack).toContain('12月21日（周一）');
    expect(readBack).toContain('12月22日（周二）至12月23日（周三）');
  });
});

describe('two readings of one message (issue 11)', () => {
  it('asks whether 「17号我有个会」 is a change, and changes only when the change is picked', async () => {
    sim = await leaveSim(DEC_7);
    await sim.say('S011', '12月21号请事假 家里有事');
    const asked = one(await sim.say('S011', '17号我有个会'), 'S011');
    expect(asked).toContain('1. 日期改成12月17日（周四）');
    expect(asked).toContain('2. 不改');
    expect(one(await sim.say('S011', '2'), 'S011')).toContain('好的，不改');
    await sim.say('S011', '17号我有个会');
    const moved = one(await sim.say('S011', '1'), 'S011');
    expect(moved).toContain('12月17日（周四）');
    expect(moved).toContain('事由：家里有事');
  });

  it('takes a caregiver’s one-character answer to 「请问请什么假」 (「事」) as the type', async () => {
    sim = await leaveSim(DEC_7);
    expect(one(await sim.say('S041', '我明天要请假 去医院拿药'), 'S041')).toContain('请问请什么假');
    const readBack = one(await sim.say('S041', '事'), 'S041');
    expect(readBack).toContain('请核对');
    expect(readBack).toContain('事假');
  });
});
