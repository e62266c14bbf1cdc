import { afterEach, describe, expect, it } from 'vitest';
import { Simulation } from '../../../app/simulation/simulation.ts';
import { deliverNotices, sendNotice, START } from './notice-harness.ts';

let sim: Simulation;
afterEach(async () => {
  await sim?.close();
});

const minutes = (n: number) => new Date(START.getTime() + n * 60_000);

describe('「我确认了哪些通知」: a person’s own notices', () => {
  it('lists the notices received lately, confirmed and not, with how to confirm', async () => {
    sim = await Simulation.create({ start: START });
    await sendNotice(sim, 'S005', '周五下午业务培训，请准时参加。', '长者服务组');
    await deliverNotices(sim, START, minutes(1));
    await sim.say('S011', '收到');
    await sendNotice(sim, 'S005', '下周一全体大扫除。', '全体');
    await deliverNotices(sim, minutes(1), minutes(2));
    for (const said of ['我确认了哪些通知', '我还有哪些通知没确认', '我的通知', '我收到了哪些通知']) {
      const out = await sim.say('S011', said);
      expect(out, said).toHaveLength(1);
      const text = out[0]!.text;
      expect(text, said).toContain('未确认：\n· 通知 2 「下周一全体大扫除。」');
      expect(text, said).toContain(
        '已确认：\n· 通知 1 「周五下午业务培训，请准时参加。」（11月20日（周五）10:01 确认）',
      );
      expect(text, said).toContain('回复「收到 2」');
    }
  });

  it('says so when nothing was sent to the person, and answers a group’s ask privately', async () => {
    sim = await Simulation.create({ start: START });
    expect((await sim.say('S011', '我确认了哪些通知'))[0]!.text).toBe('最近30天没有发给您的通知。');
    await sendNotice(sim, 'S005', '周五下午业务培训，请准时参加。', '长者服务组');
    await deliverNotices(sim, START, minutes(1));
    const out = await sim.say('S011', '我确认了哪些通知', { room: 'staff-group', mention: true });
    expect(out.map((s) => s.to ?? s.room)).toEqual(['S011', 'staff-group']);
    expect(out[0]!.text).toContain('未确认：\n· 通知 1');
    expect(out[1]!.text).toBe('已私信回复您。');
  });
});
