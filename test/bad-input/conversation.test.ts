import { afterEach, describe, expect, it } from 'vitest';
import { Simulation, type SimulatedSend } from '../../app/simulation/simulation.ts';
import { LeaveRequestsRepo } from '../../data/repos/leave-requests-repo.ts';
import { NoticeRepo } from '../../data/repos/notice-repo.ts';
import { OvertimeRecordsRepo } from '../../data/repos/overtime-records-repo.ts';
import { tempDbPath } from '../fakes/org-fixture.ts';
import { leaveSim, one, to } from '../handlers/leave/leave-sim.ts';
import { deliverNotices, sendNotice } from '../handlers/notices/notice-harness.ts';

/*
 * Bad input in conversations (issue 9 §5): someone types something wrong, odd or private in
 * the wrong place, and gets a clear, truthful reply; nothing is lost, nothing wrongly stored.
 */

let sim: Simulation;
afterEach(async () => {
  await sim?.close();
});

const GROUP = { room: 'staff-group', mention: true } as const;
const inGroup = (sent: readonly SimulatedSend[]) => sent.filter((s) => s.room !== undefined).map((s) => s.text);

describe('nothing personal in a group', () => {
  const START = new Date('2026-11-20T10:00:00+08:00');
  const MEDICAL = '郑雨：体检复查结果需要您本人到医院复诊，请尽快预约。';

  async function twoOpenNotices(): Promise<void> {
    await sendNotice(sim, 'S005', '周五下午业务培训，请准时参加。', '长者服务组');
    await sendNotice(sim, 'S005', MEDICAL, '郑雨');
    sim.clock.set(new Date(START.getTime() + 60_000));
    await deliverNotices(sim, START, sim.clock.now());
  }

  it('a bare 收到 in the group with two open notices quotes neither there and asks privately', async () => {
    sim = await Simulation.create({ start: START });
    await twoOpenNotices();
    const out = await sim.say('S011', '收到', GROUP);
    const group = inGroup(out);
    expect(group).toHaveLength(1);
    expect(group[0]).toContain('私聊');
    expect(group[0]).not.toMatch(/复诊|体检|培训|「/);
    const privately = one(out, 'S011');
    expect(privately).toContain('通知 1');
    expect(privately).toContain('通知 2');
    // Nothing was guessed: both are still open until the person says which.
    const repo = new NoticeRepo(sim.app.db);
    expect((await repo.recipients(2)).find((r) => r.staffId === 'S011')!.ackedAt).toBeNull();
    expect((await repo.recipients(1)).find((r) => r.staffId === 'S011')!.ackedAt).toBeNull();
  });

  it('a 收到 naming its notice in the group is recorded; the other open notice is listed only privately', async () => {
    sim = await Simulation.create({ start: START });
    await twoOpenNotices();
    const out = await sim.say('S011', '收到 1', GROUP);
    expect(inGroup(out)).toEqual([expect.stringContaining('已确认收到通知 1')]);
    expect(inGroup(out).join('')).not.toMatch(/复诊|通知 2/);
    expect(one(out, 'S011')).toContain('通知 2');
    expect((await new NoticeRepo(sim.app.db).recipients(1)).find((r) => r.staffId === 'S011')!.ackedAt).not.toBeNull();
  });

  it('a bare 收到 in the group with one open notice is recorded without quoting it', async () => {
    sim = await Simulation.create({ start: START });
    await sendNotice(sim, 'S005', MEDICAL, '郑雨');
    sim.clock.set(new Date(START.getTime() + 60_000));
    await deliverNotices(sim, START, sim.clock.now());
    const out = await sim.say('S011', '收到', GROUP);
    expect(inGroup(out)).toEqual([expect.stringContaining('已确认收到通知 1')]);
    expect(inGroup(out).join('')).not.toContain('复诊');
  });

  it('a bare 已交 in the group with several deadlines open asks privately and says so in the group', async () => {
    sim = await Simulation.create({ start: new Date('2026-12-31T10:00:00+08:00') });
    const out = await sim.say('S011', '已交', GROUP);
    expect(one(out, 'S011')).toContain('年度总结');
    expect(inGroup(out)).toEqual([expect.stringContaining('已私信您')]);
  });

  it.each([
    ['我还有几天年假'],
    ['调休还剩多少'],
    ['我的请假'],
    ['我的加班'],
    ['明天请事假，去医院看妇科'],
    ['加班登记 昨天 18:00-21:00 社区活动'],
    ['撤回 1'],
    ['销假'],
  ])('「%s」 said in the group gets only a pointer there', async (text) => {
    sim = await leaveSim();
    const out = await sim.say('S011', text, GROUP);
    for (const t of inGroup(out)) {
      expect(t.length).toBeLessThanOrEqual(20);
      expect(t).not.toMatch(/\d|妇科|医院|社区活动|年假|调休/);
    }
  });
});

describe('messages about someone else name them', () => {
  it('the approver and HR read 「孙浩今年事假…多于其年假天数」, the applicant 「您的」', async () => {
    sim = await leaveSim();
    // 孙浩 joined on 1 April 2026: no annual leave yet, so any 事假 is more than it.
    const readBack = one(await sim.say('S012', '11月12日请事假，办户口'), 'S012');
    expect(readBack).toContain('多于您的年假天数（0天）');
    const sent = await sim.say('S012', '确认');
    const approver = to(sent, 'S010').join('\n');
    expect(approver).toContain('孙浩今年事假累计将达1天，多于其年假天数（0天）');
    expect(approver).not.toContain('您');
    const hr = to(sent, 'S006').join('\n');
    expect(hr).toContain('孙浩今年事假累计将达1天');
    expect(hr).not.toContain('您');
  });
});

describe('overtime is credited once it has ended', () => {
  // Friday 20 November 2026, 08:40: the overtime is tonight.
  const MORNING = new Date('2026-11-20T08:40:00+08:00');

  it('approved before the end: the hours count from 21:00, the messages say so, and a restart keeps it', async () => {
    const dbPath = tempDbPath();
    sim = await Simulation.create({ start: MORNING, dbPath });
    await sim.say('S011', '加班登记 今天 18:00-21:00 社区活动');
    await sim.say('S011', '确认');
    const approved = await sim.say('S010', '同意 加班1');
    expect(one(approved, 'S011')).toContain('11月20日（周五）21:00加班结束后记入调休3小时');
    expect(one(approved, 'S011')).not.toContain('已记入');
    expect(one(approved, 'S010')).toContain('21:00加班结束后');
    sim.clock.set(new Date('2026-11-20T12:00:00+08:00'));
    const noon = one(await sim.say('S011', '调休还剩多少'), 'S011');
    expect(noon).not.toContain('可用：3小时');
    expect(noon).toContain('加班结束后记入：3小时');
    await sim.close();

    sim = await Simulation.create({ start: new Date('2026-11-20T21:05:00+08:00'), dbPath });
    const evening = one(await sim.say('S011', '调休还剩多少'), 'S011');
    expect(evening).toContain('可用：3小时');
  });

  it('a 调休 request cannot spend hours of an overtime that has not ended', async () => {
    sim = await Simulation.create({ start: MORNING });
    await sim.say('S011', '加班登记 今天 12:00-20:00 社区活动');
    await sim.say('S011', '确认');
    await sim.say('S010', '同意 加班1');
    const readBack = one(await sim.say('S011', '12月1日请调休 一天'), 'S011');
    expect(readBack).toContain('不能提交');
  });
});

describe('sanity limits on leave', () => {
  it('refuses a sick leave longer than any leave the handbook allows, without a wrong rule', async () => {
    sim = await leaveSim();
    const reply = one(await sim.say('S011', '2026年11月2日到2054年6月30日请病假'), 'S011');
    expect(reply).toContain('最长');
    expect(reply).toContain('158天');
    expect(reply).not.toContain('工龄');
    expect(reply).not.toContain('请核对您的请假申请');
    expect(await new LeaveRequestsRepo(sim.app.db).forStaff('S011', ['pending', 'approved'])).toEqual([]);
  });

  it('refuses annual leave in 2099 with the booking horizon, not 「工龄满76年」', async () => {
    sim = await leaveSim();
    const reply = one(await sim.say('S011', '2099年1月5日请年假 回老家'), 'S011');
    expect(reply).not.toContain('76年');
    expect(reply).toContain('12个月');
    expect(one(await sim.say('S011', '确认'), 'S011')).not.toContain('已提交');
  });

  it('reads 「25/12」 as 12月25日 and asks whether that is meant', async () => {
    sim = await leaveSim();
    const readBack = one(await sim.say('S011', '25/12请年假 回老家'), 'S011');
    expect(readBack).toContain('12月25日（周五）');
    expect(readBack).not.toContain('5月12日');
    expect(readBack).toMatch(/「25\/12」.*12月25日（周五）.*对吗/);
  });

  it('reads 「5/12」 month first but says so', async () => {
    sim = await leaveSim();
    const readBack = one(await sim.say('S011', '5/12请事假 回老家'), 'S011');
    expect(readBack).toMatch(/「5\/12」.*5月12日.*对吗/);
  });

  it.each(['确认', '好的', '提交', '是'])('does not take 「%s」 as the reason; it asks again', async (word) => {
    sim = await leaveSim();
    expect(one(await sim.say('S011', '11月12日请事假'), 'S011')).toContain('事由');
    const again = one(await sim.say('S011', word), 'S011');
    expect(again).toContain('事由');
    expect(again).not.toContain('请核对');
    const readBack = one(await sim.say('S011', '回老家办证'), 'S011');
    expect(readBack).toContain('事由：回老家办证');
  });

  it('asks for a shorter reason than 200 characters, politely, and keeps the rest of the request', async () => {
    sim = await leaveSim();
    await sim.say('S011', '11月12日请事假');
    const reply = one(await sim.say('S011', `家里有事${'需要处理'.repeat(60)}`), 'S011');
    expect(reply).toContain('200');
    expect(reply).not.toContain('请核对');
    const readBack = one(await sim.say('S011', '家里有事'), 'S011');
    expect(readBack).toContain('11月12日（周四）');
    expect(readBack).toContain('事由：家里有事');
  });

  it('reads 「请一百二十天产假」 as 120 days, not 20', async () => {
    sim = await leaveSim();
    const readBack = one(await sim.say('S011', '12月7日开始请一百二十天产假'), 'S011');
    expect(readBack).toMatch(/120天（按自然日计/);
    expect(one(await sim.say('S011', '改成12月7日开始请一百二天产假'), 'S011')).toMatch(/120天（按自然日计/);
  });
});

describe('sanity limits on overtime', () => {
  const FRIDAY = new Date('2026-11-20T10:00:00+08:00');

  it('does not read 「昨天 -5:00-3:00」 as 22 hours', async () => {
    sim = await leaveSim(FRIDAY);
    const reply = one(await sim.say('S011', '加班登记 昨天 -5:00-3:00 社区活动'), 'S011');
    expect(reply).not.toContain('22小时');
    expect(reply).not.toContain('请核对');
    expect(reply).toContain('18:00-21:30');
  });

  it('reads an overtime on 「19/11」 as 11月19日 and asks whether that is meant', async () => {
    sim = await leaveSim(FRIDAY);
    const readBack = one(await sim.say('S011', '加班登记 19/11 18:00-21:00 社区活动'), 'S011');
    expect(readBack).toContain('11月19日（周四）18:00–21:00');
    expect(readBack).toMatch(/「19\/11」.*11月19日（周四）.*对吗/);
  });

  it('does not take 「确认」 as the overtime reason', async () => {
    sim = await leaveSim(FRIDAY);
    expect(one(await sim.say('S011', '加班登记 昨天 18:00-21:00'), 'S011')).toContain('加班事由');
    expect(one(await sim.say('S011', '确认'), 'S011')).toContain('加班事由');
    expect(one(await sim.say('S011', '社区活动'), 'S011')).toContain('事由：社区活动');
  });

  it('refuses a span longer than the configured maximum (16 hours)', async () => {
    sim = await leaveSim(FRIDAY);
    const reply = one(await sim.say('S011', '加班登记 昨天 01:00-23:30 社区活动'), 'S011');
    expect(reply).toContain('16小时');
    expect(one(await sim.say('S011', '确认'), 'S011')).not.toContain('已提交');
    expect(await new OvertimeRecordsRepo(sim.app.db).forStaff('S011')).toEqual([]);
  });
});

describe('the notice time never loops', () => {
  const START = new Date('2026-11-20T10:00:00+08:00');

  async function atTimeStep(): Promise<void> {
    await sim.say('S005', '发通知');
    await sim.say('S005', '周五下午业务培训');
    await sim.say('S005', '长者服务组');
  }

  it('reads 「今晚11点半发」, and asks to confirm a send at night', async () => {
    sim = await Simulation.create({ start: START });
    await atTimeStep();
    const warn = one(await sim.say('S005', '今晚11点半发'), 'S005');
    expect(warn).toContain('11月20日（周五）23:30');
    expect(warn).toContain('22:00');
    const preview = one(await sim.say('S005', '是'), 'S005');
    expect(preview).toContain('发送时间：11月20日（周五）23:30');
  });

  it.each([
    ['明早9点', '11月21日（周六）09:00'],
    ['明天早上9点', '11月21日（周六）09:00'],
    ['今天晚上8点', '11月20日（周五）20:00'],
  ])('reads 「%s」', async (said, shown) => {
    sim = await Simulation.create({ start: START });
    await atTimeStep();
    expect(one(await sim.say('S005', said), 'S005')).toContain(shown);
  });

  it('warns about a weekend send and takes another time instead', async () => {
    sim = await Simulation.create({ start: START });
    await atTimeStep();
    const warn = one(await sim.say('S005', '11月21日 9:00 发'), 'S005');
    expect(warn).toContain('休息日');
    const preview = one(await sim.say('S005', '11月23日 9:00 发'), 'S005');
    expect(preview).toContain('发送时间：11月23日（周一）09:00');
  });

  it('warns about a public holiday', async () => {
    sim = await Simulation.create({ start: new Date('2026-09-20T10:00:00+08:00') });
    await atTimeStep();
    const warn = one(await sim.say('S005', '10月1日 9:00 发'), 'S005');
    expect(warn).toContain('国庆');
  });

  it('says a past time has passed, and after two misunderstood answers offers the choices', async () => {
    sim = await Simulation.create({ start: START });
    await atTimeStep();
    expect(one(await sim.say('S005', '昨天 9点'), 'S005')).toContain('这个时间已经过了');
    expect(one(await sim.say('S005', '等领导定了再说'), 'S005')).toContain('没看懂');
    const choices = one(await sim.say('S005', '嗯嗯那个'), 'S005');
    expect(choices).toContain('现在发');
    expect(choices).toContain('取消');
    const preview = one(await sim.say('S005', '现在发'), 'S005');
    expect(preview).toContain('确认后立即发送');
  });
});
