import { afterEach, describe, expect, it } from 'vitest';
import type { Simulation } from '../../../../app/simulation/simulation.ts';
import { creditedHours } from '../../../../handlers/leave/overtime/overtime-hours.ts';
import { leaveSim, one, to } from '../leave-sim.ts';

let sim: Simulation;
afterEach(async () => {
  await sim?.close();
});

const FRIDAY_AFTER = new Date('2026-11-23T10:00:00+08:00');

describe('overtime', () => {
  it('rounds worked minutes down to half hours', () => {
    expect(creditedHours(210, 30)).toBe(3.5);
    expect(creditedHours(220, 30)).toBe(3.5);
    expect(creditedHours(29, 30)).toBe(0);
    expect(creditedHours(480, 30)).toBe(8);
  });

  it('registers in one message, goes to the lead, and credits 调休 hours on approval', async () => {
    sim = await leaveSim(FRIDAY_AFTER);
    const readBack = one(await sim.say('S011', '加班登记 11月20日 18:00-21:30 社区活动'), 'S011');
    expect(readBack).toContain('11月20日（周五）18:00–21:30，按3.5小时计');
    expect(readBack).toContain('审批：林晓（组长）');
    expect(readBack).toContain('12月20日（周日）前有效');
    const sent = await sim.say('S011', '确认');
    expect(one(sent, 'S011')).toContain('编号加班1');
    expect(one(sent, 'S010')).toContain('【加班待审批】加班1');
    const approved = await sim.say('S010', '同意 加班1');
    expect(one(approved, 'S011')).toContain('已记入调休3.5小时');
    expect(one(approved, 'S005')).toContain('【加班备案】加班1');
    expect(one(await sim.say('S010', '同意 加班1'), 'S010')).toContain('已经批准');
    const balance = one(await sim.say('S011', '调休还剩多少'), 'S011');
    expect(balance).toContain('可用：3.5小时（不足半天）');
    expect(balance).toContain('12月20日（周日）到期');
  });

  it('asks for what is missing', async () => {
    sim = await leaveSim(FRIDAY_AFTER);
    expect(one(await sim.say('S042', '加班登记'), 'S042')).toContain('请问哪天加班');
    expect(one(await sim.say('S042', '昨天'), 'S042')).toContain('从几点到几点');
    expect(one(await sim.say('S042', '下午2点到6点'), 'S042')).toContain('加班事由');
    const readBack = one(await sim.say('S042', '陪护对象住院'), 'S042');
    expect(readBack).toContain('11月22日（周日）14:00–18:00，按4小时计');
    expect(readBack).toContain('审批：李秀英（项目负责人）');
  });

  it('goes to the department head for a team lead and is rejected with a reason by button', async () => {
    sim = await leaveSim(FRIDAY_AFTER);
    await sim.say('S010', '加班登记 11月21日 9:00-12:00 社区义诊');
    expect(one(await sim.say('S010', '确认'), 'S003')).toContain('加班1');
    expect(
      one(await sim.say('S003', '', { action: { actionId: 'overtime:1:step:1', value: 'reject' } }), 'S003'),
    ).toContain('驳回加班1的理由');
    expect(one(await sim.say('S003', '未经事先安排'), 'S010')).toContain('理由：未经事先安排');
  });

  it('registers planned overtime, and counts its hours only once it has ended and been approved', async () => {
    sim = await leaveSim(FRIDAY_AFTER);
    expect(one(await sim.say('S011', '加班登记 11月25日 18:00-21:00 社区活动'), 'S011')).toContain(
      '11月25日（周三）18:00–21:00，按3小时计',
    );
    expect(one(await sim.say('S011', '确认'), 'S010')).toContain('【加班待审批】加班1');
    expect(one(await sim.say('S010', '同意 加班1'), 'S011')).toContain(
      '将于11月25日（周三）21:00加班结束后记入调休3小时',
    );
    expect(one(await sim.say('S011', '调休还剩多少'), 'S011')).not.toContain('可用：3小时');
    await sim.advanceTo(new Date('2026-11-25T21:30:00+08:00'));
    expect(one(await sim.say('S011', '调休还剩多少'), 'S011')).toContain('可用：3小时');
  });

  it('refuses overtime planned too far ahead, registered twice, or older than its validity', async () => {
    sim = await leaveSim(FRIDAY_AFTER);
    expect(one(await sim.say('S011', '加班登记 12月20日 9:00-12:00 社区活动'), 'S011')).toContain('最多提前14天');
    await sim.say('S011', '取消');
    await sim.say('S011', '加班登记 11月20日 18:00-21:30 社区活动');
    await sim.say('S011', '确认');
    expect(one(await sim.say('S011', '加班登记 11月20日 19:00-20:00 整理档案'), 'S011')).toContain(
      '已经登记过加班（加班1）',
    );
    await sim.say('S011', '取消');
    expect(one(await sim.say('S011', '加班登记 10月20日 18:00-21:00 社区活动'), 'S011')).toContain('有效期已过');
  });

  it('reminds of expiring hours once, while a 调休 asked then can still be taken in time', async () => {
    sim = await leaveSim(FRIDAY_AFTER);
    await sim.say('S011', '加班登记 11月20日 18:00-22:00 社区活动');
    await sim.say('S011', '确认');
    await sim.say('S010', '同意');
    // 12月20日 (Sunday) expires: the last day to take is Friday 12月18日, asked for by 12月11日 with 5 working
    // days' notice; the reminder goes 3 working days before that, on Tuesday 12月8日 (a week before, 12月11日,
    // left no day that could be asked for in time).
    const early = await sim.advanceTo(new Date('2026-12-08T08:00:00+08:00'));
    expect(to(early, 'S011').filter((t) => t.includes('调休到期提醒'))).toEqual([]);
    const sent = await sim.advanceTo(new Date('2026-12-16T10:00:00+08:00'));
    const reminders = sent.filter((s) => s.to === 'S011' && s.text.includes('调休到期提醒'));
    expect(reminders).toHaveLength(1);
    expect(reminders[0]!.at).toBe('2026-12-08T01:00:00.000Z');
    expect(reminders[0]!.text).toContain('4小时（11月20日（周五）加班），12月20日（周日）到期');
    expect(reminders[0]!.text).toContain('最晚可休12月18日（周五），请在12月11日（周五）或之前申请');
  });

  it('does not remind about hours already taken', async () => {
    sim = await leaveSim(FRIDAY_AFTER);
    await sim.say('S011', '加班登记 11月20日 18:00-22:00 社区活动');
    await sim.say('S011', '确认');
    await sim.say('S010', '同意');
    await sim.say('S011', '12月2日上午调休');
    await sim.say('S011', '确认');
    const sent = await sim.advanceTo(new Date('2026-12-16T10:00:00+08:00'));
    expect(sent.filter((s) => s.to === 'S011' && s.text.includes('调休到期提醒'))).toEqual([]);
  });
});
