import { afterEach, describe, expect, it } from 'vitest';
import { Simulation } from '../../../app/simulation/simulation.ts';
import { deliverNotices, sendNotice, START } from '../notices/notice-harness.ts';

let sim: Simulation;
afterEach(async () => {
  await sim?.close();
});

const MEETING = '各位同工：12月18日（周五）下午2点在三楼会议室召开年度总结会，请各组长准备10分钟发言。';

async function withNotice(text: string, audience = '全体'): Promise<Simulation> {
  const s = await Simulation.create({ start: START });
  await sendNotice(s, 'S005', text, audience);
  const later = new Date(START.getTime() + 3_600_000);
  s.clock.set(later);
  await deliverNotices(s, START, later);
  return s;
}

describe('questions about a notice the person received', () => {
  it('answers 「年度总结会几点」 from HR’s notice of the meeting, not the handbook’s rule on writing a 年度总结', async () => {
    sim = await withNotice(MEETING);
    const out = await sim.say('S011', '年度总结会几点');
    expect(out).toEqual([
      expect.objectContaining({ to: 'S011', text: expect.stringContaining('下午2点在三楼会议室召开年度总结会') }),
    ]);
    expect(out[0]!.text).toContain('——张敏11月20日（周五）发的通知');
  });

  it('keeps answering 「年假有几天」 and 「明天请假要提前几天吗」 from the handbook when a notice mentions 年假 and 明天', async () => {
    sim = await withNotice('明天上午10点开全体会，年假有几天没休完的同事请月底前休完。');
    const annual = await sim.say('S011', '年假有几天');
    expect(annual[0]!.text).toContain('年休假5天');
    expect(annual[0]!.text).toContain('员工手册');
    const notice = await sim.say('S011', '明天请假要提前几天吗');
    expect(notice[0]!.text).toContain('提前');
    expect(notice[0]!.text).not.toContain('发的通知');
  });

  it('answers in the staff group only from a notice to everyone, never from one to a team', async () => {
    sim = await withNotice('本周五下午3点长者服务组茶话会，在二楼活动室。', '长者服务组');
    const inGroup = await sim.say('S011', '茶话会在哪里', { room: 'staff-group', mention: true });
    expect(inGroup.map((s) => s.text).join('\n')).not.toContain('二楼活动室');
    const inPrivate = await sim.say('S011', '茶话会在哪里');
    expect(inPrivate).toEqual([expect.objectContaining({ to: 'S011', text: expect.stringContaining('二楼活动室') })]);
  });

  it('answers in the staff group from a notice to everyone', async () => {
    sim = await withNotice(MEETING);
    const out = await sim.say('S012', '总结会在哪开', { room: 'staff-group', mention: true });
    expect(out).toEqual([
      expect.objectContaining({ room: 'staff-group', text: expect.stringContaining('三楼会议室') }),
    ]);
  });

  it('does not answer from a notice the person never received, nor from one a month old', async () => {
    sim = await withNotice('本周五下午3点长者服务组茶话会，在二楼活动室。', '长者服务组');
    const other = await sim.say('S021', '茶话会在哪里');
    expect(other.map((s) => s.text).join('\n')).not.toContain('二楼活动室');
    sim.clock.set(new Date(START.getTime() + 31 * 86_400_000));
    const late = await sim.say('S011', '茶话会在哪里');
    expect(late.map((s) => s.text).join('\n')).not.toContain('二楼活动室');
  });

  it('confirms 「收到 总结会在哪开」 and answers the question from the notice', async () => {
    sim = await withNotice(MEETING);
    const out = await sim.say('S011', '收到 总结会在哪开');
    expect(out.map((s) => s.text)).toEqual([
      expect.stringContaining('已确认收到通知 1'),
      expect.stringContaining('三楼会议室'),
    ]);
  });
});
