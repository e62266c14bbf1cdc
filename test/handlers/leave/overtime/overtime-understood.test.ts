import { afterEach, describe, expect, it } from 'vitest';
import type { Simulation } from '../../../../app/simulation/simulation.ts';
import { OvertimeRecordsRepo } from '../../../../data/repos/overtime-records-repo.ts';
import { leaveSim, one, to } from '../leave-sim.ts';

let sim: Simulation;
afterEach(async () => {
  await sim?.close();
});

/** Monday 7 December 2026 in Shanghai. */
const MONDAY_10 = new Date('2026-12-07T10:00:00+08:00');
const MONDAY_15 = new Date('2026-12-07T15:00:00+08:00');

describe('overtime the way people say it (issue 11)', () => {
  it('reads 「加班登记 上周六 9点到5点 长者生日会」 as that daytime, as without the command word', async () => {
    sim = await leaveSim(MONDAY_10);
    const readBack = one(await sim.say('S022', '加班登记 上周六 9点到5点 长者生日会'), 'S022');
    expect(readBack).toContain('12月5日（周六）09:00–17:00');
    expect(readBack).toContain('事由：长者生日会');
  });

  it('says when approved overtime still ahead becomes 调休, for a 调休 asked before it is worked', async () => {
    sim = await leaveSim(MONDAY_10);
    await sim.say('S011', '加班登记 12月12日 8:30-18:00 长者营地活动');
    await sim.say('S011', '确认');
    await sim.say('S010', '同意');
    const refused = one(await sim.say('S011', '下周一调休一天'), 'S011');
    expect(refused).toContain('要到12月12日（周六）18:00加完后才计入调休');
    expect(refused).not.toContain('请先登记加班');
  });

  it('lists one’s overtime for 「我的加班」, starting no registration', async () => {
    sim = await leaveSim(MONDAY_10);
    expect(one(await sim.say('S022', '我的加班'), 'S022')).toBe('您还没有加班登记。');
  });

  it('registers 「上周六加班了 9点到5点 社区活动」 as a daytime shift on last Saturday', async () => {
    sim = await leaveSim(MONDAY_10);
    const readBack = one(await sim.say('S011', '上周六加班了 9点到5点 社区活动'), 'S011');
    expect(readBack).toContain('12月5日（周六）09:00–17:00');
    expect(readBack).toContain('事由：社区活动');
    const sent = await sim.say('S011', '确认');
    expect(one(sent, 'S010')).toContain('【加班待审批】加班1');
    const [record] = await new OvertimeRecordsRepo(sim.app.db).forStaff('S011', 5);
    expect(record).toMatchObject({ date: '2026-12-05', startTime: '09:00', endTime: '17:00', reason: '社区活动' });
  });

  it('reads 「周六加班了」 said on a Wednesday as the Saturday just past, and 「周六要加班」 as the coming one', async () => {
    sim = await leaveSim(new Date('2026-12-09T09:00:00+08:00'));
    expect(one(await sim.say('S011', '周六加班了 9点到5点 社区活动'), 'S011')).toContain('12月5日（周六）09:00–17:00');
    await sim.say('S011', '取消');
    expect(one(await sim.say('S011', '周六要加班 9点到5点 社区活动'), 'S011')).toContain('12月12日（周六）09:00–17:00');
  });

  it('reads 「9点到5点」 sent when asked a Saturday’s times as 09:00–17:00; asks which for a working day', async () => {
    sim = await leaveSim(MONDAY_10);
    expect(one(await sim.say('S014', '周六加了一天班 带长者去园博园秋游'), 'S014')).toContain('从几点到几点');
    const saturday = one(await sim.say('S014', '9点到5点'), 'S014');
    expect(saturday).toContain('12月5日（周六）09:00–17:00');
    expect(saturday).toContain('事由：带长者去园博园秋游');
    expect(one(await sim.say('S011', '今天早上加班了 处理个案危机'), 'S011')).toContain('从几点到几点');
    expect(one(await sim.say('S011', '6点到9点'), 'S011')).toContain('是上午还是下午');
  });

  it('takes 「今晚要加班到九点」, asks the start, and credits only once it is over', async () => {
    sim = await leaveSim(MONDAY_15);
    expect(one(await sim.say('S011', '今晚要加班到九点'), 'S011')).toContain('从几点到几点');
    expect(one(await sim.say('S011', '6点'), 'S011')).toContain('加班事由');
    const readBack = one(await sim.say('S011', '整理活动材料'), 'S011');
    expect(readBack).toContain('12月7日（周一）18:00–21:00');
    expect(readBack).toContain('加班结束时');
    await sim.say('S011', '确认');
    expect(one(await sim.say('S010', '同意 加班1'), 'S011')).toContain('加班结束后记入调休3小时');
    expect(one(await sim.say('S011', '调休还剩多少'), 'S011')).not.toContain('可用：3小时');
  });

  it('gives up on 「算了不要了」 while asked for the reason or the times, not taking it as the reason', async () => {
    sim = await leaveSim(MONDAY_10);
    expect(one(await sim.say('S011', '昨天晚上加班 六点到九点'), 'S011')).toContain('加班事由');
    expect(one(await sim.say('S011', '算了不要了'), 'S011')).toContain('已取消这次加班登记');
    expect(one(await sim.say('S012', '昨天加班了'), 'S012')).toContain('从几点到几点');
    expect(one(await sim.say('S012', '那还是取消吧'), 'S012')).toContain('已取消这次加班登记');
    // A reason that names a cancelling is a reason.
    await sim.say('S013', '昨天晚上加班 六点到九点');
    expect(one(await sim.say('S013', '处理活动取消的事'), 'S013')).toContain('事由：处理活动取消的事');
    expect(await new OvertimeRecordsRepo(sim.app.db).forStaff('S011', 5)).toEqual([]);
  });

  it('answers a question at the read-back and keeps the registration unchanged by a remark', async () => {
    sim = await leaveSim(MONDAY_10);
    await sim.say('S011', '上周六加班了 9点到5点 社区活动');
    const replies = to(await sim.say('S011', '加班费怎么算？'), 'S011');
    expect(replies.at(-1)).toContain('加班登记还在（12月5日（周六） 09:00–17:00）');
    expect(replies.length).toBeGreaterThanOrEqual(2);
    expect(one(await sim.say('S011', '那天好累啊'), 'S011')).toContain('没有当作修改');
    const moved = one(await sim.say('S011', '改成10点到5点'), 'S011');
    expect(moved).toContain('10:00–17:00');
    expect(moved).toContain('事由：社区活动');
  });

  it('replaces the reason on 「事由写跟进个案」, takes 「昨天」 from today, and counts 「加了3个小时班」', async () => {
    sim = await leaveSim(MONDAY_10);
    await sim.say('S011', '上周六加班了 9点到5点 社区活动');
    const reason = one(await sim.say('S011', '事由写跟进个案'), 'S011');
    expect(reason).toContain('事由：跟进个案');
    expect(reason).toContain('12月5日（周六）09:00–17:00');
    expect(one(await sim.say('S011', '日期错了 是昨天'), 'S011')).toContain('12月6日（周日）');
    await sim.say('S011', '取消');
    expect(one(await sim.say('S012', '昨天加了3个小时班 整理档案'), 'S012')).toContain('加班从几点到几点');
  });
});
