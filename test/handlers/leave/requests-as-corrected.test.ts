import { afterEach, describe, expect, it } from 'vitest';
import type { Simulation } from '../../../app/simulation/simulation.ts';
import { LeaveRequestsRepo } from '../../../data/repos/leave-requests-repo.ts';
import { leaveSim, one } from './leave-sim.ts';

let sim: Simulation;
afterEach(async () => {
  await sim?.close();
});

/** Monday 7 December 2026, 09:30 in Shanghai. */
const MONDAY_DEC_7 = new Date('2026-12-07T09:30:00+08:00');
/** 赵丽娜 (S013). */
const say = async (text: string, who = 'S013') => one(await sim.say(who, text), who);

describe('leave requests corrected the way people correct themselves', () => {
  it('takes 「算了 还是请一整天吧」 after a half day as the whole day, not as cancelling', async () => {
    sim = await leaveSim(MONDAY_DEC_7);
    await say('这周五下午请半天事假 家里有事');
    const readBack = await say('算了 还是请一整天吧');
    expect(readBack).not.toContain('已取消');
    expect(readBack).toContain('12月11日（周五）');
    expect(readBack).not.toContain('下午');
    expect(await say('算了不请了')).toContain('已取消');
  });

  it('takes 「算了」 alone at a read-back as cancelling', async () => {
    sim = await leaveSim(MONDAY_DEC_7);
    await say('这周五下午请半天事假 家里有事');
    expect(await say('算了')).toContain('已取消');
  });

  it('reads 「明天请事假 不对 后天 去办证」 as the day after tomorrow', async () => {
    sim = await leaveSim(MONDAY_DEC_7);
    const readBack = await say('明天请事假 不对 后天 去办证');
    expect(readBack).toContain('12月9日（周三）');
    expect(readBack).not.toContain('12月8日');
  });

  it('moves the day on 「哦不对 是周四 不是周三」 at a Wednesday read-back', async () => {
    sim = await leaveSim(MONDAY_DEC_7);
    await say('周三请事假 家里有事');
    const readBack = await say('哦不对 是周四 不是周三');
    expect(readBack).toContain('12月10日（周四）');
    expect(readBack).not.toContain('12月9日');
    await sim.say('S013', '对');
    const [request] = await new LeaveRequestsRepo(sim.app.db).forStaff('S013');
    expect(request).toMatchObject({ start: '2026-12-10', end: '2026-12-10' });
  });

  it('replaces the reason on 「啊不是孩子 是弟弟的家长会 我去」', async () => {
    sim = await leaveSim(MONDAY_DEC_7);
    await say('周四请事假 孩子开家长会');
    const readBack = await say('啊不是孩子 是弟弟的家长会 我去');
    expect(readBack).toContain('事由：弟弟的家长会');
  });

  it('reads 「我今天不舒服 想请病假 明天和后天」 as sick leave tomorrow and the day after', async () => {
    sim = await leaveSim(MONDAY_DEC_7);
    expect(await say('我今天不舒服 想请病假 明天和后天')).toContain('12月8日（周二）至12月9日（周三）');
    await say('取消');
    expect(await say('我今日唔舒服 想请病假 听日同后日')).toContain('12月8日（周二）至12月9日（周三）');
  });

  it('reads 「月底那几天请年假 28 29 30」 as 28 to 30 December', async () => {
    sim = await leaveSim(MONDAY_DEC_7);
    expect(await say('月底那几天请年假 28 29 30')).toContain('12月28日（周一）至12月30日（周三）');
  });

  it('counts a 婚假 of its fixed three days from 「1月4号开始请婚假」 and says it can be changed', async () => {
    sim = await leaveSim(MONDAY_DEC_7);
    const readBack = await say('1月4号开始请婚假');
    expect(readBack).not.toContain('一共请几天');
    expect(readBack).toContain('2027年1月4日（周一）至2027年1月6日（周三）');
    expect(readBack).toContain('婚假按规定为3天');
    const shorter = await say('改成两天');
    expect(shorter).toContain('2027年1月4日（周一）至2027年1月5日（周二）');
    expect(shorter).not.toContain('按规定为3天');
  });
});
