import { afterEach, describe, expect, it } from 'vitest';
import { Simulation, type SimulatedSend } from '../../../app/simulation/simulation.ts';

let sim: Simulation;
afterEach(async () => {
  await sim?.close();
});

const t = (iso: string) => new Date(`${iso}+08:00`);
const reminders = (sent: SimulatedSend[], to: string) =>
  sent.filter((s) => s.to === to && s.text.startsWith('【交材料提醒】'));

describe('acknowledging a deadline', () => {
  it('"月报交了" stops the monthly report reminders for that person only', async () => {
    sim = await Simulation.create({ start: t('2026-12-24T08:00:00') });
    const first = await sim.advanceTo(t('2026-12-25T10:00:00'));
    expect(reminders(first, 'S011')[0]!.text).toContain('工作月报');
    const [reply] = await sim.say('S011', '月报交了');
    expect(reply!.text).toBe('已记录：您已提交12月的月报（12月31日（周四）截止）。这一项不再提醒您。');
    const later = await sim.advanceTo(t('2026-12-31T10:00:00'));
    const mine = reminders(later, 'S011');
    expect(mine).toHaveLength(1);
    expect(mine[0]!.text).not.toContain('工作月报');
    expect(mine[0]!.text).toContain('年度总结');
    expect(reminders(later, 'S012')[0]!.text).toContain('工作月报');
  });

  it('asks which one when "已交" could mean several, and records the choice', async () => {
    sim = await Simulation.create({ start: t('2026-12-24T08:00:00') });
    await sim.advanceTo(t('2026-12-25T10:00:00'));
    const [ask] = await sim.say('S011', '已交');
    expect(ask!.text).toContain('您交的是哪一项？');
    expect(ask!.text).toContain('1. 12月月报（12月31日（周四）截止）');
    expect(ask!.text).toContain('2. 2026年年度总结（12月31日（周四）截止）');
    expect(ask!.text).toContain('3. 以上都交了');
    const [done] = await sim.say('S011', '2');
    expect(done!.text).toBe('已记录：2026年年度总结已提交，不再提醒您。');
    const later = await sim.advanceTo(t('2026-12-31T10:00:00'));
    const mine = reminders(later, 'S011');
    expect(mine[0]!.text).toContain('工作月报');
    expect(mine[0]!.text).not.toContain('年度总结');
  });

  it('records at once when only one reminded deadline is open, and says so when asked twice', async () => {
    sim = await Simulation.create({ start: t('2027-01-04T08:00:00') });
    // 8 January: December's report is closed; the documents were reminded on the 4th; the
    // quarterly archive is open but not reminded yet, so a bare "已交" means the documents.
    await sim.advanceTo(t('2027-01-08T10:00:00'));
    const [first] = await sim.say('S012', '已交');
    expect(first!.text).toContain('已记录：您已提交12月的文书（1月5日（周二）截止）');
    const [again] = await sim.say('S012', '交了');
    expect(again!.text).toBe('之前已经记录过：12月文书已提交。');
  });

  it('"归档完成" names the quarterly archive', async () => {
    sim = await Simulation.create({ start: t('2027-01-19T08:00:00') });
    await sim.advanceTo(t('2027-01-19T10:00:00'));
    const [reply] = await sim.say('S021', '归档完成');
    expect(reply!.text).toContain('第四季度的归档');
  });

  it('does not take a question about a deadline for an acknowledgement', async () => {
    sim = await Simulation.create({ start: t('2026-12-24T08:00:00') });
    await sim.advanceTo(t('2026-12-25T10:00:00'));
    const replies = await sim.say('S011', '月报什么时候交？');
    expect(replies.some((r) => r.text.startsWith('已记录'))).toBe(false);
  });

  it('tells someone with nothing to hand in that nothing is open', async () => {
    sim = await Simulation.create({ start: t('2026-12-24T08:00:00') });
    const [reply] = await sim.say('S041', '已交');
    expect(reply!.text).toBe('目前没有需要您提交、还未确认的材料。如果是别的事，可以直接说明。');
  });
});

describe('the lead summary', () => {
  it('lists exactly the team members who have not acknowledged, the working day before', async () => {
    sim = await Simulation.create({ start: t('2026-12-24T08:00:00') });
    await sim.advanceTo(t('2026-12-25T10:00:00'));
    await sim.say('S011', '月报交了');
    await sim.say('S013', '月报交了');
    const sent = await sim.advanceTo(t('2026-12-30T17:00:00'));
    const summary = sent.filter((s) => s.to === 'S010' && s.text.startsWith('【提交情况】'));
    expect(summary).toHaveLength(1);
    expect(summary[0]!.at).toBe(t('2026-12-30T16:00:00').toISOString());
    const report = summary[0]!.text.split('\n').find((l) => l.includes('12月月报'))!;
    expect(report).toBe('· 12月月报（12月31日（周四）截止）：孙浩、钱多多（2人）');
    // Other teams' leads see only their own people; nobody is named in the group.
    const other = sent.find((s) => s.to === 'S020' && s.text.startsWith('【提交情况】'))!;
    expect(other.text).not.toContain('孙浩');
    expect(sent.filter((s) => s.room !== undefined && s.text.includes('孙浩'))).toEqual([]);
  });
});

describe('HR asking for progress', () => {
  it('"月报进度" shows, team by team, who has acknowledged', async () => {
    sim = await Simulation.create({ start: t('2026-12-25T08:00:00') });
    await sim.advanceTo(t('2026-12-25T10:00:00'));
    await sim.say('S011', '月报交了');
    await sim.say('S021', '月报交了');
    const [reply] = await sim.say('S005', '月报进度');
    const lines = reply!.text.split('\n');
    expect(lines[0]).toBe('12月月报（12月31日（周四）截止）：2/18 已确认提交');
    expect(lines).toContain('· 长者服务组 1/5，未交：林晓、孙浩、赵丽娜、钱多多');
    expect(lines.find((l) => l.startsWith('· 青少年服务组'))).toBe(
      '· 青少年服务组 1/6，未交：黄嘉欣、许诺、邓佳、曾凡、梁小燕',
    );
  });

  it('gives a team lead their own team only, and refuses other staff', async () => {
    sim = await Simulation.create({ start: t('2026-12-25T10:00:00') });
    const [lead] = await sim.say('S020', '月报进度');
    expect(lead!.text).toContain('青少年服务组');
    expect(lead!.text).not.toContain('长者服务组');
    const [staff] = await sim.say('S011', '月报进度');
    expect(staff!.text).toBe('抱歉，提交进度只有人力资源部、部长和组长可以查看。');
  });

  it('gives a department head the department’s progress (「服务部这个月谁还没交月报」 was refused)', async () => {
    sim = await Simulation.create({ start: t('2026-12-25T10:00:00') });
    const [head] = await sim.say('S003', '服务部这个月谁还没交月报');
    expect(head!.text).toContain('长者服务组');
    expect(head!.text).toContain('青少年服务组');
    expect(head!.text).not.toContain('社区营造项目组');
  });

  it('reads 「谁还没交月报」「月报谁没交」「月报交了几个」 as asking progress, never as a hand-in or a question for the rules', async () => {
    sim = await Simulation.create({ start: t('2026-12-25T10:00:00') });
    await sim.say('S021', '月报交了');
    for (const asked of ['谁还没交月报', '月报谁没交']) {
      const [lead] = await sim.say('S020', asked);
      expect(lead!.text, asked).toContain('青少年服务组 1/6，未交：');
      expect(lead!.text, asked).not.toContain('长者服务组');
    }
    const [hr] = await sim.say('S005', '月报交了几个');
    expect(hr!.text).toMatch(/^12月月报（12月31日（周四）截止）：1\/18 已确认提交/);
    const [own] = await sim.say('S011', '月报交了');
    expect(own!.text).toContain('已记录');
  });

  it('takes back a hand-in recorded by mistake (「月报交错了 能撤回吗」), so the reminders resume', async () => {
    sim = await Simulation.create({ start: t('2026-12-24T08:00:00') });
    await sim.advanceTo(t('2026-12-25T10:00:00'));
    await sim.say('S011', '月报交了');
    const [undone] = await sim.say('S011', '月报交错了 能撤回吗');
    expect(undone!.text).toContain('已撤销12月月报的「已交」记录');
    expect((await sim.say('S011', '撤回已交'))[0]!.text).toBe('您目前没有登记过「已交」的材料，不用撤销。');
    const later = await sim.advanceTo(t('2026-12-31T10:00:00'));
    expect(reminders(later, 'S011')[0]!.text).toContain('工作月报');
    // With two recorded, a bare 「撤回已交」 asks which and takes nothing back.
    await sim.say('S011', '月报交了');
    await sim.say('S011', '年度总结交了');
    expect((await sim.say('S011', '撤回已交'))[0]!.text).toContain('要撤销哪一项？请回复如「月报交错了」');
    expect((await sim.say('S011', '月报交错了'))[0]!.text).toContain('已撤销12月月报的「已交」记录');
    // A question about a file handed to the wrong person takes nothing back.
    expect((await sim.say('S013', '个案交错了给督导怎么办'))[0]!.text).not.toContain('撤销');
  });

  it('tells a lead who asks 「提醒一下他们」 when the next reminder goes, and sends nobody a second one', async () => {
    sim = await Simulation.create({ start: t('2026-12-25T10:00:00') });
    const said = await sim.say('S010', '提醒一下他们');
    expect(said.map((s) => s.to)).toEqual(['S010']);
    expect(said[0]!.text).toContain('会按计划自动收到提醒');
    expect(said[0]!.text).toContain('12月月报（12月31日（周四）截止）：下次提醒 12月31日（周四）09:00');
    // Staff asking it are not leads: nothing is read as a chase.
    expect((await sim.say('S011', '提醒一下他们'))[0]!.text).not.toContain('自动收到提醒');
  });
});

describe('the pause switch', () => {
  it('stops scheduled sends when HR says so, and only HR can', async () => {
    sim = await Simulation.create({ start: t('2026-12-24T08:00:00') });
    const [refused] = await sim.say('S011', '暂停定时发送');
    expect(refused!.text).toContain('只有人力资源部');
    const [paused] = await sim.say('S005', '暂停定时发送');
    expect(paused!.text).toContain('已暂停所有定时发送');
    const during = await sim.advanceTo(t('2026-12-25T12:00:00'));
    expect(during).toEqual([]);
    const [resumed] = await sim.say('S005', '恢复定时发送');
    expect(resumed!.text).toContain('已恢复定时发送');
    // HR hears what the pause skipped: the reminders and the greetings due at 09:00 on the 25th.
    expect(resumed!.text).toContain('交材料提醒（12月25日（周五）09:00');
    expect(resumed!.text).toContain('已跳过，不补发');
    const after = await sim.advanceTo(t('2026-12-25T12:01:00'));
    // Even on the same working day, what fell due while paused is not sent late.
    expect(reminders(after, 'S011')).toHaveLength(0);
    const [status] = await sim.say('S005', '定时发送状态');
    expect(status!.text).toContain('定时发送：正常运行');
  });
});
