import { afterEach, describe, expect, it } from 'vitest';
import type { Simulation } from '../../../app/simulation/simulation.ts';
import { DeadlineAcksRepo } from '../../../data/repos/deadline-acks-repo.ts';
import { afterDecemberReminder, ANNUAL, REPORT } from './december-kit.ts';

let sim: Simulation;
afterEach(async () => {
  await sim?.close();
});

/** The hand-ins recorded, after December's reminder (see december-kit). */
async function december(): Promise<DeadlineAcksRepo> {
  sim = await afterDecemberReminder();
  return new DeadlineAcksRepo(sim.app.db);
}

describe('a lead recording a member’s hand-in without naming the item', () => {
  it('asks the lead which of 孙浩’s items 「孙浩已经交给我了，帮他登记一下」 means, and records it for him', async () => {
    const acks = await december();
    const [ask] = await sim.say('S010', '孙浩已经交给我了，帮他登记一下');
    expect(ask!.to).toBe('S010');
    expect(ask!.text).toContain('孙浩交的是哪一项？');
    expect(ask!.text).toContain('1. 12月月报（12月31日（周四）截止）');
    expect(ask!.text).toContain('3. 以上都交了');
    const sent = await sim.say('S010', '3');
    expect(sent.find((s) => s.to === 'S010')?.text).toBe(
      '已记录：孙浩已提交12月月报、2026年年度总结（由您代为登记），不再提醒孙浩。',
    );
    expect(sent.find((s) => s.to === 'S012')?.text).toContain('林晓已为您登记：12月月报、2026年年度总结已提交');
    expect(await acks.forPerson('S012', [REPORT, ANNUAL]).then((s) => s.size)).toBe(2);
    expect(await acks.recordedBy(REPORT, 'S012')).toBe('S010');
    expect(await acks.forPerson('S010', [REPORT, ANNUAL])).toEqual(new Set());
  });

  it('records at once when the member has one item open', async () => {
    const acks = await december();
    await sim.say('S012', '年度总结交了');
    const sent = await sim.say('S010', '孙浩交给我了 帮他登记一下');
    expect(sent.find((s) => s.to === 'S010')?.text).toBe('已记录：孙浩已提交12月月报（由您代为登记），不再提醒孙浩。');
    expect(await acks.forPerson('S012', [REPORT, ANNUAL]).then((s) => s.size)).toBe(2);
  });

  it('lets only the member’s own lead do it, and takes news of a colleague for no hand-in', async () => {
    const acks = await december();
    const [refused] = await sim.say('S020', '孙浩已经交给我了，帮他登记一下');
    expect(refused!.text).toContain('只有孙浩所在组的组长可以代为登记');
    const news = await sim.say('S010', '孙浩交了');
    for (const s of news) expect(s.text).not.toMatch(/已记录|哪一项/);
    expect(await acks.forPerson('S012', [REPORT, ANNUAL])).toEqual(new Set());
  });
});
