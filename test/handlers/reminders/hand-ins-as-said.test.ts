import { afterEach, describe, expect, it } from 'vitest';
import { Simulation } from '../../../app/simulation/simulation.ts';
import { DeadlineAcksRepo } from '../../../data/repos/deadline-acks-repo.ts';
import { ANNUAL, at, REPORT } from './december-kit.ts';

let sim: Simulation;
afterEach(async () => {
  await sim?.close();
});

/** 25 December: the monthly report and the annual summary are open and reminded. */
async function december(): Promise<DeadlineAcksRepo> {
  sim = await Simulation.create({ start: at('2026-12-24T08:00:00') });
  await sim.advanceTo(at('2026-12-25T10:00:00'));
  return new DeadlineAcksRepo(sim.app.db);
}

describe('hand-ins the way people say them', () => {
  it('records nothing for 「数据统计表交了 月报还在写」: one of the two things the 月报 asks for', async () => {
    const acks = await december();
    const [reply] = await sim.say('S011', '数据统计表交了 月报还在写');
    expect(reply!.text).toContain('数据统计表已交');
    expect(reply!.text).toContain('月报还没交齐');
    expect(await acks.forPerson('S011', [REPORT, ANNUAL])).toEqual(new Set());
    const [later] = await sim.say('S011', '月报交了');
    expect(later!.text).toContain('已记录：您已提交12月的月报');
  });

  it('records a lead’s 「郑雨的年度总结交给我了」 for 郑雨, audited, never the lead’s own', async () => {
    const acks = await december();
    const sent = await sim.say('S010', '郑雨的年度总结交给我了');
    expect(sent.find((s) => s.to === 'S010')?.text).toContain('已记录：郑雨已提交2026年年度总结（由您代为登记）');
    expect(sent.find((s) => s.to === 'S011')?.text).toContain('林晓已为您登记');
    expect(await acks.forPerson('S011', [REPORT, ANNUAL])).toEqual(new Set(['annual-summary|2026']));
    expect(await acks.recordedBy(ANNUAL, 'S011')).toBe('S010');
    expect(await acks.forPerson('S010', [REPORT, ANNUAL])).toEqual(new Set());
  });

  it('lets only the lead of the member’s team record for them', async () => {
    const acks = await december();
    const [reply] = await sim.say('S020', '郑雨的年度总结交给我了');
    expect(reply!.text).toContain('只有郑雨所在组的组长可以代为登记');
    const [own] = await sim.say('S012', '郑雨的月报交给我了');
    expect(own!.text).toContain('只有郑雨所在组的组长可以代为登记');
    expect(await acks.forPerson('S011', [REPORT, ANNUAL])).toEqual(new Set());
    expect(await acks.forPerson('S020', [REPORT, ANNUAL])).toEqual(new Set());
    expect(await acks.forPerson('S012', [REPORT, ANNUAL])).toEqual(new Set());
  });

  it('records the lead’s own item in 「郑雨的请假条我收齐了 年度总结也交给部里了」, not 郑雨’s', async () => {
    const acks = await december();
    const [reply] = await sim.say('S010', '郑雨的请假条我收齐了 年度总结也交给部里了');
    expect(reply!.text).not.toContain('代为登记');
    expect(await acks.forPerson('S010', [REPORT, ANNUAL])).toEqual(new Set(['annual-summary|2026']));
    expect(await acks.forPerson('S011', [REPORT, ANNUAL])).toEqual(new Set());
  });

  it('records 「孙浩说他月报交了 帮他记一下」 for 孙浩, by the lead who asked', async () => {
    const acks = await december();
    const sent = await sim.say('S010', '孙浩说他月报交了 帮他记一下');
    expect(sent.find((s) => s.to === 'S010')?.text).toContain('孙浩已提交12月月报（由您代为登记）');
    expect(await acks.forPerson('S012', [REPORT, ANNUAL])).toEqual(new Set(['monthly-report|2026-12']));
    expect(await acks.recordedBy(REPORT, 'S012')).toBe('S010');
  });
});
