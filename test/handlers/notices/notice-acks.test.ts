import { afterEach, describe, expect, it } from 'vitest';
import { Simulation } from '../../../app/simulation/simulation.ts';
import { NoticeRepo } from '../../../data/repos/notice-repo.ts';
import { noticeJob } from '../../../handlers/notices/jobs/notice-job.ts';
import { deliverNotices, jobEnvOf, recipientsOf, sendNotice, START } from './notice-harness.ts';

let sim: Simulation;
afterEach(async () => {
  await sim?.close();
});

const minutes = (n: number) => new Date(START.getTime() + n * 60_000);

/** A notice to 长者服务组, delivered; the clock then moves on a minute. */
async function deliveredNotice(text = '周五下午业务培训，请准时参加。', audience = '长者服务组'): Promise<void> {
  await sendNotice(sim, 'S005', text, audience);
  sim.clock.set(minutes(1));
  await deliverNotices(sim, START, minutes(1));
}

describe('confirming a notice', () => {
  it('records 收到 for the person who replies', async () => {
    sim = await Simulation.create({ start: START });
    await deliveredNotice();
    const out = await sim.say('S011', '收到');
    expect(out).toEqual([expect.objectContaining({ to: 'S011', text: expect.stringContaining('已确认收到通知 1') })]);
    const recipients = await new NoticeRepo(sim.app.db).recipients(1);
    expect(recipients.filter((r) => r.ackedAt).map((r) => r.staffId)).toEqual(['S011']);
  });

  it('treats a 收到 button press exactly like the typed reply', async () => {
    sim = await Simulation.create({ start: START });
    await deliveredNotice();
    const out = await sim.say('S012', '收到', { action: { actionId: 'notice:1', value: 'ack' } });
    expect(out).toEqual([expect.objectContaining({ to: 'S012', text: expect.stringContaining('已确认收到通知 1') })]);
    expect((await new NoticeRepo(sim.app.db).recipients(1)).find((r) => r.staffId === 'S012')!.ackedAt).not.toBeNull();
    const again = await sim.say('S012', '', { action: { actionId: 'notice:1', value: 'ack' } });
    expect(again[0]!.text).toContain('已经确认过通知 1');
  });

  it('tells the card which choice was made', async () => {
    sim = await Simulation.create({ start: START });
    await deliveredNotice();
    await sim.channel.receive({ from: 'S013', text: '收到', action: { actionId: 'notice:1', value: 'ack' } });
    const [reply] = sim.channel.take();
    expect(reply!.message.outcome).toEqual({ actionId: 'notice:1', text: expect.stringContaining('已收到 · 赵丽娜') });
  });

  it('confirms the latest of several open notices and names the others', async () => {
    sim = await Simulation.create({ start: START });
    await deliveredNotice('第一条：体检安排', '长者服务组');
    await sendNotice(sim, 'S005', '第二条：团建报名', '郑雨');
    sim.clock.set(minutes(2));
    await deliverNotices(sim, minutes(1), minutes(2));
    const [reply] = await sim.say('S011', '收到');
    expect(reply!.text).toContain('已确认收到通知 2');
    expect(reply!.text).toContain('通知 1 「第一条：体检安排」');
    expect((await sim.say('S011', '收到 1'))[0]!.text).toContain('已确认收到通知 1');
    expect((await sim.say('S011', '收到'))[0]!.text).toContain('没有需要您确认的通知');
  });

  it('answers someone with nothing to confirm, and someone the notice was not for', async () => {
    sim = await Simulation.create({ start: START });
    await deliveredNotice();
    expect((await sim.say('S020', '收到'))[0]!.text).toContain('没有需要您确认的通知');
    expect((await sim.say('S020', '收到 1'))[0]!.text).toContain('不是发给您的');
    expect((await sim.say('S020', '', { action: { actionId: 'notice:1', value: 'ack' } }))[0]!.text).toContain(
      '不是发给您的',
    );
  });
});

describe('HR following up', () => {
  it('shows who has and has not confirmed, by name and team', async () => {
    sim = await Simulation.create({ start: START });
    await deliveredNotice('年终考核材料本周五前交', '长者服务组、蔡婷');
    await sim.say('S011', '收到');
    await sim.say('S031', '收到');
    const [status] = await sim.say('S005', '通知 1 状态');
    expect(status!.to).toBe('S005');
    expect(status!.text).toContain('共 6 人：已确认 2 人，未确认 4 人');
    expect(status!.text).toContain('未确认（4 人）：\n长者服务组：林晓、孙浩、赵丽娜、钱多多');
    expect(status!.text).toContain('已确认（2 人）：\n长者服务组：郑雨\n家庭综合组：蔡婷');
    expect(status!.text).toContain('提醒未确认 1');
  });

  it('reminds only the unconfirmed, once; a second request is politely refused', async () => {
    sim = await Simulation.create({ start: START });
    await deliveredNotice();
    await sim.say('S010', '收到');
    await sim.say('S014', '收到');
    const [ok] = await sim.say('S005', '提醒未确认 1');
    expect(ok!.text).toContain('未确认的 3 位同事');
    sim.clock.set(minutes(2));
    const reminders = await deliverNotices(sim, minutes(1), minutes(2));
    expect(recipientsOf(reminders)).toEqual(['S011', 'S012', 'S013']);
    for (const r of reminders) expect(r.text).toContain('您还没有确认通知 1');

    const [again] = await sim.say('S005', '提醒未确认 1');
    expect(again!.text).toContain('不再重复提醒');
    expect(await deliverNotices(sim, minutes(2), minutes(600))).toEqual([]);
    expect((await sim.say('S005', '通知 1 状态'))[0]!.text).toContain('提醒过');
  });

  it('has nobody to remind when everyone has confirmed', async () => {
    sim = await Simulation.create({ start: START });
    await deliveredNotice('测试', '郑雨');
    await sim.say('S011', '收到');
    expect((await sim.say('S005', '提醒未确认 1'))[0]!.text).toContain('都已确认');
  });

  it('answers a status request in the group privately', async () => {
    sim = await Simulation.create({ start: START });
    await deliveredNotice();
    const out = await sim.say('S006', '通知 1 状态', { room: 'staff-group', mention: true });
    expect(out.map((s) => s.to ?? s.room)).toEqual(['S006', 'staff-group']);
    expect(out[1]!.text).not.toContain('郑雨');
  });

  it('says when a notice number does not exist', async () => {
    sim = await Simulation.create({ start: START });
    expect((await sim.say('S005', '通知 9 状态'))[0]!.text).toContain('没有找到通知 9');
    expect((await sim.say('S005', '提醒未确认 9'))[0]!.text).toContain('没有找到通知 9');
    expect((await sim.say('S005', '取消通知 9'))[0]!.text).toContain('没有找到通知 9');
  });
});

describe('scheduled notices', () => {
  const dec1 = new Date('2026-12-01T09:00:00+08:00');

  it('go out at the chosen Shanghai time, not before', async () => {
    sim = await Simulation.create({ start: START });
    expect(await sendNotice(sim, 'S005', '12月体检安排', '家庭综合组', '12月1日 9:00 发')).toContain(
      '12月1日（周二）09:00',
    );
    const env = jobEnvOf(sim);
    expect(await noticeJob().occurrences(START, new Date(dec1.getTime() - 1), env)).toEqual([]);
    const [occurrence] = await noticeJob().occurrences(START, dec1, env);
    expect(occurrence!.dueAt.toISOString()).toBe('2026-12-01T01:00:00.000Z');
    expect(occurrence!.staleAfter.toISOString()).toBe('2026-12-01T16:00:00.000Z');
    expect(recipientsOf(await deliverNotices(sim, START, dec1))).toEqual(['S030', 'S031', 'S032', 'S033']);
  });

  it('are listed, can be cancelled before they go out, and then send nothing', async () => {
    sim = await Simulation.create({ start: START });
    await sendNotice(sim, 'S005', '12月体检安排', '家庭综合组', '12月1日 9:00 发');
    await sendNotice(sim, 'S006', '元旦联欢报名', '全体', '12月10日 10:00');
    const [list] = await sim.say('S005', '待发通知');
    expect(list!.text).toContain('待发通知 2 条');
    expect(list!.text).toContain('通知 1 · 12月1日（周二）09:00 · 家庭综合组（4 人）「12月体检安排」');
    expect(list!.text).toContain('通知 2 · 12月10日（周四）10:00 · 全体同工（29 人）');
    expect((await sim.say('S005', '取消通知 1'))[0]!.text).toContain('已取消通知 1');
    expect((await sim.say('S005', '取消通知 1'))[0]!.text).toContain('之前已经取消');
    expect((await sim.say('S005', '待发通知'))[0]!.text).not.toContain('通知 1 ·');
    expect((await sim.say('S005', '通知 1 状态'))[0]!.text).toContain('已于');
    const sends = await deliverNotices(sim, START, dec1);
    expect(sends).toEqual([]);
    expect((await sim.say('S031', '收到 1'))[0]!.text).toContain('不是发给您的');
  });

  it('cannot be cancelled once sent', async () => {
    sim = await Simulation.create({ start: START });
    await sendNotice(sim, 'S005', '即时通知', '郑雨');
    await sim.advanceTo(minutes(1));
    expect((await sim.say('S005', '取消通知 1'))[0]!.text).toContain('已经发出');
  });

  it('report "not sent yet" before their time', async () => {
    sim = await Simulation.create({ start: START });
    await sendNotice(sim, 'S005', '12月体检安排', '家庭综合组', '12月1日 9:00 发');
    expect((await sim.say('S005', '通知 1 状态'))[0]!.text).toContain('还没有发出');
    expect((await sim.say('S005', '提醒未确认 1'))[0]!.text).toContain('还没有发出');
    expect((await sim.say('S031', '收到'))[0]!.text).toContain('没有需要您确认的通知');
  });

  it('send nothing to a recipient who has left the directory', async () => {
    sim = await Simulation.create({ start: START });
    await sendNotice(sim, 'S005', '测试', '郑雨、孙浩', '12月1日 9:00 发');
    await new NoticeRepo(sim.app.db).create(
      { authorId: 'S005', text: 'x', audience: 'x', sendAt: dec1, recipients: ['S999', 'S011'] },
      START,
    );
    const sends = await deliverNotices(sim, START, dec1);
    expect(recipientsOf(sends)).toEqual(['S011', 'S011', 'S012']);
  });
});
