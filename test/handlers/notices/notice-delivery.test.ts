import { afterEach, describe, expect, it } from 'vitest';
import { Simulation, type SimulatedSend } from '../../../app/simulation/simulation.ts';
import { tempDbPath } from '../../fakes/org-fixture.ts';
import { recipientsOf, sendNotice, START } from './notice-harness.ts';

/*
 * What HR is told about a notice must be what happened to it: every case goes through the
 * real scheduler and outbox (the clock moves, the rows are claimed and marked).
 */
let sim: Simulation;
afterEach(async () => {
  await sim?.close();
});

const at = (s: string) => new Date(`${s}+08:00`);
const noticeSends = (sent: SimulatedSend[], id: number) => sent.filter((s) => s.text.startsWith(`📢 通知 ${id}\n`));
const reminderSends = (sent: SimulatedSend[], id: number) =>
  sent.filter((s) => s.text.startsWith(`⏰ 提醒：您还没有确认通知 ${id}`));
const ELDER = ['S010', 'S011', 'S012', 'S013', 'S014'];

async function status(id: number): Promise<string> {
  const [reply] = await sim.say('S005', `通知 ${id} 状态`);
  return reply!.text;
}

describe('a notice status says what happened', () => {
  it('a notice confirmed for now at 10:00 still reaches everyone when the clock next jumps to 12:00', async () => {
    sim = await Simulation.create({ start: START });
    await sendNotice(sim, 'S005', '请更新个人档案。', '长者服务组');
    const sent = await sim.advanceTo(at('2026-11-20T12:00:00'));
    expect(recipientsOf(noticeSends(sent, 1))).toEqual(ELDER);
    const text = await status(1);
    expect(text).toContain('已发出');
    expect(text).toContain('共 5 人');
  });

  it('a notice whose day passed while the bot was down is reported to HR, and its status says 未发出', async () => {
    const db = tempDbPath();
    sim = await Simulation.create({ start: START, dbPath: db });
    await sendNotice(sim, 'S005', '团建报名', '长者服务组', '12月1日 9:00 发');
    await sim.advanceTo(at('2026-11-30T18:00:00'));
    await sim.close();
    // Back up the next day: the notice's day is over, so it is not sent late by itself.
    sim = await Simulation.create({ start: at('2026-12-02T12:00:00'), dbPath: db });
    const sent = await sim.advanceTo(at('2026-12-02T12:01:00'));
    expect(noticeSends(sent, 1)).toEqual([]);
    const report = sent.find((s) => s.to === 'S005' && s.text.includes('没有发出'));
    expect(report?.text).toContain('通知 1');
    expect(report?.text).toContain('补发通知 1');
    const text = await status(1);
    expect(text).toContain('未发出（机器人未运行，已过时效）');
    expect(text).not.toContain('已发出');
  });

  it('says 已暂停, not 发出, for a notice due while scheduled sends are paused', async () => {
    sim = await Simulation.create({ start: START });
    await sendNotice(sim, 'S005', '团建报名', '长者服务组', '12月1日 9:00 发');
    await sim.say('S005', '暂停定时发送');
    expect(noticeSends(await sim.advanceTo(at('2026-12-01T12:00:00')), 1)).toEqual([]);
    const text = await status(1);
    expect(text).toContain('已暂停');
    expect(text).not.toMatch(/发出，共/);
  });

  it('says 待发送 before the send time, and 发送中 x/N while a batch is under way', async () => {
    sim = await Simulation.create({ start: START });
    await sendNotice(sim, 'S005', '团建报名', '长者服务组', '12月1日 9:00 发');
    expect(await status(1)).toContain('待发送');
    sim.channel.failing.add('S012');
    await sim.advanceTo(at('2026-12-01T09:00:00'));
    // S012's first attempt failed; it is retried in a minute.
    expect(await status(1)).toContain('发送中 4/5');
  });

  it('names who did not get it and why, once the retries are used up', async () => {
    sim = await Simulation.create({ start: START });
    sim.channel.failing.add('S012');
    await sendNotice(sim, 'S005', '请更新个人档案。', '长者服务组');
    await sim.advanceTo(at('2026-11-20T14:00:00'));
    const text = await status(1);
    expect(text).toContain('已发出 4/5 人');
    expect(text).toContain('未收到（1 人，发送失败）：\n长者服务组：孙浩');
  });
});

describe('the pause rule: notices are held for HR, reminders and greetings are skipped', () => {
  it('holds a notice due during a pause; on resume HR hears which notice and how many, and 补发通知 sends it', async () => {
    sim = await Simulation.create({ start: START });
    await sendNotice(sim, 'S005', '团建报名', '长者服务组', '12月1日 9:00 发');
    await sim.say('S005', '暂停定时发送');
    await sim.advanceTo(at('2026-12-01T10:00:00'));
    const [resumed] = await sim.say('S005', '恢复定时发送');
    expect(resumed!.text).toContain('已恢复定时发送');
    expect(resumed!.text).toContain('通知 1');
    expect(resumed!.text).toContain('5 人');
    expect(resumed!.text).toContain('补发通知 1');
    // Not sent by itself after the resume: it waits for HR's decision.
    expect(noticeSends(await sim.advanceTo(at('2026-12-01T10:30:00')), 1)).toEqual([]);
    expect(await status(1)).toContain('未发出（暂停期间到期）');

    const [resend] = await sim.say('S005', '补发通知 1');
    expect(resend!.text).toContain('补发');
    expect(recipientsOf(noticeSends(await sim.advanceTo(at('2026-12-01T10:31:00')), 1))).toEqual(ELDER);
    expect(await status(1)).toContain('已发出');
    // Once: a second 补发 has nothing left to send.
    const [again] = await sim.say('S005', '补发通知 1');
    expect(again!.text).toContain('已经发给');
    expect(noticeSends(await sim.advanceTo(at('2026-12-01T11:00:00')), 1)).toEqual([]);
  });

  it('refuses 补发 while sends are still paused', async () => {
    sim = await Simulation.create({ start: START });
    await sendNotice(sim, 'S005', '团建报名', '长者服务组', '12月1日 9:00 发');
    await sim.say('S005', '暂停定时发送');
    await sim.advanceTo(at('2026-12-01T10:00:00'));
    const [reply] = await sim.say('S005', '补发通知 1');
    expect(reply!.text).toContain('恢复定时发送');
    expect(noticeSends(await sim.advanceTo(at('2026-12-01T10:30:00')), 1)).toEqual([]);
  });

  it('names the notices set for later in the pause reply and the status (the outbox holds none yet)', async () => {
    sim = await Simulation.create({ start: START });
    await sendNotice(sim, 'S005', '团建报名', '长者服务组', '12月1日 9:00 发');
    const [paused] = await sim.say('S005', '周末的提醒都先停一下');
    expect(paused!.text).toContain('已暂停所有定时发送');
    expect(paused!.text).toContain('· 通知 1：12月1日（周二）09:00，5 人');
    const [state] = await sim.say('S005', '定时发送状态');
    expect(state!.text).toContain('已定好时间的通知（到时先扣住）：\n· 通知 1：12月1日（周二）09:00，5 人');
    expect((await sim.say('S006', '定时发送先停掉'))[0]!.text).toContain('本来就是暂停的');
  });

  it('the pause message states the rule the resume follows', async () => {
    sim = await Simulation.create({ start: START });
    const [paused] = await sim.say('S005', '暂停定时发送');
    expect(paused!.text).toContain('补发通知');
    expect(paused!.text).toContain('不补发');
  });
});

describe('提醒未确认 reminds only those who received the notice', () => {
  it('skips people whose copy never went out, and says how many', async () => {
    sim = await Simulation.create({ start: START });
    sim.channel.failing.add('S012');
    await sendNotice(sim, 'S005', '请更新个人档案。', '长者服务组');
    await sim.advanceTo(at('2026-11-20T14:00:00'));
    await sim.say('S010', '收到');
    const [reply] = await sim.say('S005', '提醒未确认 1');
    expect(reply!.text).toContain('3 位');
    expect(reply!.text).toContain('1 人没有收到');
    sim.channel.failing.clear();
    const reminders = reminderSends(await sim.advanceTo(at('2026-11-20T14:10:00')), 1);
    expect(recipientsOf(reminders)).toEqual(['S011', 'S013', 'S014']);
  });

  it('reminds nobody of a notice nobody received', async () => {
    sim = await Simulation.create({ start: START });
    await sendNotice(sim, 'S005', '团建报名', '长者服务组', '12月1日 9:00 发');
    await sim.say('S005', '暂停定时发送');
    await sim.advanceTo(at('2026-12-01T10:00:00'));
    await sim.say('S005', '恢复定时发送');
    const [reply] = await sim.say('S005', '提醒未确认 1');
    expect(reply!.text).toContain('还没有人收到');
    expect(reminderSends(await sim.advanceTo(at('2026-12-01T10:30:00')), 1)).toEqual([]);
  });
});
