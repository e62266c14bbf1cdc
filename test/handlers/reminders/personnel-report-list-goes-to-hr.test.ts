import { afterEach, describe, expect, it } from 'vitest';
import { Simulation, type SimulatedSend } from '../../../app/simulation/simulation.ts';

let sim: Simulation;
afterEach(async () => {
  await sim?.close();
});

const t = (iso: string) => new Date(`${iso}+08:00`);
const isSummary = (s: SimulatedSend) => s.text.startsWith('【提交情况】');

/**
 * The 人事报告书 is handed to HR (员工手册 第五章 注意事项 2: leads and heads hand it in by the 3rd, else
 * 旷工), and reminders.json lists who has not to HR (summaryTo "hr"); a lead's own items go to the
 * department head only on the lists that go to team leads (the 月报's).
 */
describe('who hears of a missing 人事报告书', () => {
  it('lists the leads and heads to HR, the one who receives it, and to no head', async () => {
    sim = await Simulation.create({ start: t('2026-12-31T08:00:00') });
    const sent = await sim.advanceTo(t('2026-12-31T16:05:00'));
    const toHr = sent.find((s) => s.to === 'S005' && isSummary(s))!.text;
    expect(toHr).toContain('· 12月人事报告书（2027年1月3日（周日）截止）：陈思远、王建国、林晓');
    for (const head of ['S003', 'S004'])
      expect(sent.filter((s) => s.to === head && isSummary(s) && s.text.includes('人事报告书'))).toEqual([]);
  });
});
