import { afterEach, describe, expect, it } from 'vitest';
import { Simulation, type SimulatedSend } from '../../../app/simulation/simulation.ts';
import { LeaveRequestsRepo } from '../../../data/repos/leave-requests-repo.ts';

let sim: Simulation;
afterEach(async () => {
  await sim?.close();
});

const t = (iso: string) => new Date(`${iso}+08:00`);
const isReminder = (s: SimulatedSend) => s.text.startsWith('【交材料提醒】');
const isSummary = (s: SimulatedSend) => s.text.startsWith('【提交情况】');
const day = (s: SimulatedSend) => new Date(new Date(s.at).getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

/** Approved leave, as if it had gone through the chain (an empty chain is approved at once). */
async function approvedLeave(staffId: string, start: string, end: string, team = '长者服务组'): Promise<void> {
  await new LeaveRequestsRepo(sim.app.db).create(
    {
      staffId,
      typeKey: 'personal',
      start,
      startHalf: 'full',
      end,
      endHalf: 'full',
      days: 1,
      year: 2026,
      reason: null,
      extended: false,
      flags: [],
      team,
      department: '服务部',
      steps: [],
    },
    t('2026-12-01T10:00:00'),
  );
}

describe('reminders that fit the person', () => {
  it('someone on approved leave is not reminded nor listed to the lead until the first working day back', async () => {
    sim = await Simulation.create({ start: t('2026-12-23T08:00:00') });
    await approvedLeave('S011', '2026-12-24', '2026-12-31'); // 郑雨 is away over the 月报 deadline
    const sent = await sim.advanceTo(t('2027-01-04T10:00:00'));
    const hers = sent.filter((s) => s.to === 'S011' && isReminder(s));
    // Not on 25 or 31 December; on Monday 4 January (1 January is 元旦, 2–3 a weekend).
    expect(hers.map(day)).toEqual(['2027-01-04']);
    expect(hers[0]!.text).toContain('12月31日（周四）已截止，请尽快把12月的工作月报');
    expect(hers[0]!.text).toContain('请在1月5日（周二）前把12月的全部服务文书'); // the regular reminder of that day, in the same message
    // Her colleague, not on leave, was reminded as usual.
    expect(sent.filter((s) => s.to === 'S012' && isReminder(s)).map(day)).toEqual([
      '2026-12-25',
      '2026-12-31',
      '2027-01-04',
    ]);
    const leadSummary = sent.filter((s) => s.to === 'S010' && isSummary(s) && day(s) === '2026-12-30');
    expect(leadSummary).toHaveLength(1);
    expect(leadSummary[0]!.text).toContain('孙浩');
    expect(leadSummary[0]!.text).not.toContain('郑雨');
  });

  it('is not reminded on return when the item was handed in meanwhile', async () => {
    sim = await Simulation.create({ start: t('2026-12-23T08:00:00') });
    await approvedLeave('S011', '2026-12-24', '2026-12-31');
    await sim.advanceTo(t('2026-12-28T10:00:00'));
    await sim.say('S011', '月报交了');
    await sim.say('S011', '年度总结交了');
    const sent = await sim.advanceTo(t('2027-01-04T10:00:00'));
    const back = sent.filter((s) => s.to === 'S011' && isReminder(s));
    expect(back).toHaveLength(1);
    expect(back[0]!.text).not.toContain('月报');
    expect(back[0]!.text).toContain('全部服务文书');
  });

  it('someone hired after a period is not reminded of that period, nor listed for it', async () => {
    sim = await Simulation.create({ start: t('2026-04-01T08:00:00') }); // 孙浩 joins on 1 April 2026
    const sent = await sim.advanceTo(t('2026-04-03T17:00:00'));
    const march = sent.filter((s) => isReminder(s) && s.text.includes('3月的全部服务文书'));
    expect(march.map((s) => s.to)).toContain('S011');
    expect(march.map((s) => s.to)).not.toContain('S012');
    const summaries = sent.filter((s) => s.to === 'S010' && isSummary(s));
    expect(summaries.length).toBeGreaterThan(0);
    for (const s of summaries) expect(s.text).not.toContain('孙浩');
  });

  it('sends a lead’s own missing items to the department head, and people without a lead to HR', async () => {
    sim = await Simulation.create({ start: t('2026-06-29T08:00:00') });
    const sent = await sim.advanceTo(t('2026-06-29T17:00:00')); // 半年总结 due Tuesday 30 June
    const leads = ['林晓', '黄嘉欣', '罗志强', '宋嘉伟', '李秀英'];
    for (const lead of ['S010', 'S020', 'S030', 'S050', 'S040']) {
      for (const s of sent.filter((x) => x.to === lead && isSummary(x)))
        for (const name of leads) expect(s.text).not.toContain(name);
    }
    const head = sent
      .filter((s) => s.to === 'S003' && isSummary(s))
      .map((s) => s.text)
      .join('\n');
    for (const name of ['林晓', '黄嘉欣', '罗志强']) expect(head).toContain(name);
    // 吴立 (manager) and the HR officers have no lead and 办公室 has no head: HR hears, never about themselves.
    const toZhang = sent
      .filter((s) => s.to === 'S005' && isSummary(s))
      .map((s) => s.text)
      .join('\n');
    const toLiu = sent
      .filter((s) => s.to === 'S006' && isSummary(s))
      .map((s) => s.text)
      .join('\n');
    expect(toZhang).toContain('吴立');
    expect(toZhang).toContain('刘芳');
    expect(toZhang).not.toContain('张敏');
    expect(toLiu).toContain('张敏');
    expect(toLiu).not.toContain('刘芳');
  });

  it('says 「今天（12月31日）截止」 on the deadline day', async () => {
    sim = await Simulation.create({ start: t('2026-12-31T08:00:00') });
    const sent = await sim.advanceTo(t('2026-12-31T10:00:00'));
    const text = sent.find((s) => s.to === 'S012' && isReminder(s))!.text;
    expect(text).toContain('今天（12月31日）截止，请把12月的工作月报');
    expect(text).not.toContain('请在12月31日（周四）前');
  });
});
