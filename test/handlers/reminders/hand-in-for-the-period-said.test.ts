import { afterEach, describe, expect, it } from 'vitest';
import { Simulation } from '../../../app/simulation/simulation.ts';
import { DeadlineAcksRepo } from '../../../data/repos/deadline-acks-repo.ts';
import { one } from '../leave/leave-sim.ts';

/*
 * Found driving simulate on 8 December: 「11月的月报我昨天交了」 and 「上个月月报交了」 were recorded as
 * December's report, so December was never reminded again. The period said picks the instance; a
 * period no longer (or not yet) open for hand-ins is said so, and nothing else is recorded.
 */

let sim: Simulation;
afterEach(async () => {
  await sim?.close();
});

const t = (iso: string) => new Date(`${iso}+08:00`);
const report = (period: string) => ({ deadlineId: 'monthly-report', period });
const REPORTS = [report('2026-11'), report('2026-12'), report('2027-01')];

describe('a hand-in said with its period', () => {
  it('records November’s report for 「11月的月报我昨天交了」 on 8 December: handed in within the late days', async () => {
    sim = await Simulation.create({ start: t('2026-12-08T09:30:00') });
    const acks = new DeadlineAcksRepo(sim.app.db);
    const reply = one(await sim.say('S011', '11月的月报我昨天交了'), 'S011');
    expect(reply).toBe('已记录：您已提交11月的月报（11月30日（周一）截止）。这一项不再提醒您。');
    expect(await acks.forPerson('S011', REPORTS)).toEqual(new Set(['monthly-report|2026-11']));
    // Taken back by its month, promising no reminder that will not come.
    const undone = one(await sim.say('S011', '11月的月报交错了'), 'S011');
    expect(undone).toContain('已撤销11月月报的「已交」记录，逾期登记已于12月7日（周一）结束。');
    expect(await acks.forPerson('S011', REPORTS)).toEqual(new Set());
  });

  it('says plainly when the month said is past its late days (「上个月月报交了」), and records no other month', async () => {
    sim = await Simulation.create({ start: t('2026-12-08T09:30:00') });
    const acks = new DeadlineAcksRepo(sim.app.db);
    const reply = one(await sim.say('S012', '上个月月报交了'), 'S012');
    expect(reply).toContain('11月的月报11月30日（周一）截止，逾期登记到12月7日（周一）为止，现在不能再登记');
    expect(reply).not.toContain('已记录');
    expect(await acks.forPerson('S012', REPORTS)).toEqual(new Set());
    // The day it was handed in, said as the reply suggests, is what counts.
    expect(one(await sim.say('S012', '11月的月报12月7日交了'), 'S012')).toContain('已记录：您已提交11月的月报');
    expect(await acks.forPerson('S012', REPORTS)).toEqual(new Set(['monthly-report|2026-11']));
    // December's report is still reminded.
    const later = await sim.advanceTo(t('2026-12-25T10:00:00'));
    expect(later.find((s) => s.to === 'S012' && s.text.startsWith('【交材料提醒】'))?.text).toContain('工作月报');
  });

  it('says plainly when the month said is not open yet (「1月的月报交了」)', async () => {
    sim = await Simulation.create({ start: t('2026-12-08T09:30:00') });
    const acks = new DeadlineAcksRepo(sim.app.db);
    const reply = one(await sim.say('S013', '1月的月报交了'), 'S013');
    expect(reply).toBe('1月的月报要到2027年1月1日（周五）才开始登记，现在还不能记为已交。');
    expect(await acks.forPerson('S013', REPORTS)).toEqual(new Set());
  });

  it('records the month said while two are open (3 December: November’s still open, December’s too)', async () => {
    sim = await Simulation.create({ start: t('2026-12-03T09:30:00') });
    const acks = new DeadlineAcksRepo(sim.app.db);
    expect(one(await sim.say('S014', '12月的月报交了'), 'S014')).toContain('已记录：您已提交12月的月报');
    expect(await acks.forPerson('S014', REPORTS)).toEqual(new Set(['monthly-report|2026-12']));
    expect(one(await sim.say('S014', '这个月的月报交了'), 'S014')).toBe('之前已经记录过：12月月报已提交。');
    expect(one(await sim.say('S014', '上个月的月报也交了'), 'S014')).toContain('已记录：您已提交11月的月报');
  });

  it('takes the quarter said for the archive (「上季度」 closed, 「第四季度」 recorded)', async () => {
    sim = await Simulation.create({ start: t('2026-12-08T09:30:00') });
    const acks = new DeadlineAcksRepo(sim.app.db);
    const archive = [
      { deadlineId: 'quarter-archive', period: '2026-Q3' },
      { deadlineId: 'quarter-archive', period: '2026-Q4' },
    ];
    const closed = one(await sim.say('S021', '上季度的归档交了'), 'S021');
    expect(closed).toContain('第三季度的归档10月20日（周二）截止，逾期登记到10月27日（周二）为止');
    expect(await acks.forPerson('S021', archive)).toEqual(new Set());
    expect(one(await sim.say('S021', '第四季度的档案交了'), 'S021')).toContain('已记录：您已提交第四季度的归档');
    expect(await acks.forPerson('S021', archive)).toEqual(new Set(['quarter-archive|2026-Q4']));
  });

  it('records a lead’s 「郑雨11月的月报交给我了」 for November, for 郑雨', async () => {
    sim = await Simulation.create({ start: t('2026-12-04T09:30:00') });
    const acks = new DeadlineAcksRepo(sim.app.db);
    const sent = await sim.say('S010', '郑雨的11月月报交给我了');
    expect(sent.find((s) => s.to === 'S010')?.text).toContain('已记录：郑雨已提交11月月报（由您代为登记）');
    expect(await acks.forPerson('S011', REPORTS)).toEqual(new Set(['monthly-report|2026-11']));
    expect(await acks.forPerson('S010', REPORTS)).toEqual(new Set());
  });
});
