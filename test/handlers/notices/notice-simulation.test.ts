import { afterEach, describe, expect, it } from 'vitest';
import { Simulation, type SimulatedSend } from '../../../app/simulation/simulation.ts';
import { shanghaiDate, shanghaiTime } from '../../../data/time/index.ts';
import { recipientsOf, sendNotice, START } from './notice-harness.ts';

/* Notices through the real scheduler (outbox, pacing, exactly once) as the simulated clock moves. */
let sim: Simulation;
afterEach(async () => {
  await sim?.close();
});

const minutes = (n: number) => new Date(START.getTime() + n * 60_000);
const noticeSends = (sent: SimulatedSend[], id: number) => sent.filter((s) => s.text.startsWith(`📢 通知 ${id}\n`));
/** Everything the notice job sent (other jobs — reminders, birthdays — run on the same clock). */
const notices = (sent: SimulatedSend[]) => sent.filter((s) => /^(📢 通知|⏰ 提醒：您还没有确认通知) \d+/.test(s.text));
const ids = (pred: (s: { id: string; department: string; team: string }) => boolean) =>
  sim.app.store.org.directory.all
    .filter(pred)
    .map((s) => s.id)
    .sort();

describe('notices through the scheduler', () => {
  it('delivers an immediate notice once to each person of the audience and to nobody else', async () => {
    sim = await Simulation.create({ start: START });
    await sendNotice(sim, 'S005', '本周五下午全体大扫除。', '服务部、何静');
    const sent = await sim.advanceTo(minutes(5));
    expect(recipientsOf(noticeSends(sent, 1))).toEqual(ids((s) => s.department === '服务部' || s.id === 'S007'));
    expect(notices(sent)).toHaveLength(noticeSends(sent, 1).length);
    expect(notices(await sim.advanceTo(minutes(120)))).toEqual([]);
  });

  it('delivers a scheduled notice at its Shanghai time, not before', async () => {
    sim = await Simulation.create({ start: START });
    await sendNotice(sim, 'S006', '12月体检安排：请于12月8日前到社区医院体检。', '家庭综合组', '12月1日 9:00 发');
    expect(notices(await sim.advanceTo(new Date('2026-12-01T08:59:00+08:00')))).toEqual([]);
    const sent = notices(await sim.advanceTo(new Date('2026-12-01T12:00:00+08:00')));
    expect(recipientsOf(sent)).toEqual(['S030', 'S031', 'S032', 'S033']);
    for (const s of sent) {
      expect(shanghaiDate(new Date(s.at))).toBe('2026-12-01');
      expect(shanghaiTime(new Date(s.at))).toBe('09:00');
    }
  });

  it('sends nothing for a notice cancelled before its time', async () => {
    sim = await Simulation.create({ start: START });
    await sendNotice(sim, 'S005', '团建报名', '全体', '12月1日 9:00 发');
    await sim.say('S005', '取消通知 1');
    expect(notices(await sim.advanceTo(new Date('2026-12-02T00:00:00+08:00')))).toEqual([]);
  });

  it('takes 收到 by text or button, and reminds only the rest, once', async () => {
    sim = await Simulation.create({ start: START });
    await sendNotice(sim, 'S005', '请更新个人档案。', '长者服务组');
    await sim.advanceTo(minutes(5));
    await sim.say('S010', '收到');
    await sim.say('S011', '收到', { action: { actionId: 'notice:1', value: 'ack' } });
    await sim.say('S005', '提醒未确认 1');
    const reminders = notices(await sim.advanceTo(minutes(10)));
    expect(recipientsOf(reminders)).toEqual(['S012', 'S013', 'S014']);
    expect((await sim.say('S005', '提醒未确认 1'))[0]!.text).toContain('不再重复提醒');
    expect(notices(await sim.advanceTo(minutes(60)))).toEqual([]);
    const [status] = await sim.say('S005', '通知 1 状态');
    expect(status!.text).toContain('已确认 2 人，未确认 3 人');
  });

  it('holds a notice while HR has paused scheduled sends, like any scheduled send', async () => {
    sim = await Simulation.create({ start: START });
    await sendNotice(sim, 'S005', '团建报名', '郑雨', '12月1日 9:00 发');
    await sim.say('S005', '暂停定时发送');
    expect(notices(await sim.advanceTo(new Date('2026-12-01T12:00:00+08:00')))).toEqual([]);
  });
});
