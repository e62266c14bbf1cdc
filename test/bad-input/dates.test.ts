import { afterEach, describe, expect, it } from 'vitest';
import { Simulation } from '../../app/simulation/simulation.ts';
import { DeadlineAcksRepo } from '../../data/repos/deadline-acks-repo.ts';
import { leaveSim, one, to } from '../handlers/leave/leave-sim.ts';

/*
 * Dates in a year without an official holiday schedule (2027): the bot counts the statutory
 * holidays, says the make-up working days are not known yet, and tells approvers and HR the same.
 */

const DEC_1 = new Date('2026-12-01T10:00:00+08:00');
const CAVEAT = '2027年的放假安排尚未公布，按法定节假日计算，调休上班日未计入，天数以人事核对为准';

let sim: Simulation;
afterEach(async () => {
  await sim?.close();
});

describe('bad input: dates beyond the official schedule and reminders that fit the person', () => {
  it('a leave request spanning 元旦 2027 does not charge 元旦 and says the count is provisional, to everyone', async () => {
    sim = await leaveSim(DEC_1);
    const readBack = one(await sim.say('S011', '12月29日到2027年1月5日请事假，回老家办事'), 'S011');
    expect(readBack).toContain('5个工作日（不计：元旦：1月1日（周五）；周末：1月2日（周六）、1月3日（周日））');
    expect(readBack).toContain(CAVEAT);
    const sent = await sim.say('S011', '确认');
    expect(one(sent, 'S010')).toContain(`⚠ ${CAVEAT}`); // the approver
    expect(one(sent, 'S005')).toContain(`⚠ ${CAVEAT}`); // HR's copy
    expect(one(sent, 'S006')).toContain(`⚠ ${CAVEAT}`);
  });

  it("HR's copy of the final approval of such a request carries the caveat too", async () => {
    sim = await leaveSim(DEC_1);
    await sim.say('S011', '12月29日到2027年1月5日请事假，回老家办事');
    const id = /第(\d+)号/.exec(one(await sim.say('S011', '确认'), 'S010'))![1];
    // Five days of 事假: the lead passes it on, the department head reviews, the director approves.
    await sim.say('S010', `同意 ${id}`);
    await sim.say('S003', `同意 ${id}`);
    const final = to(await sim.say('S001', `同意 ${id}`), 'S005').join('\n');
    expect(final).toContain('批准');
    expect(final).toContain(CAVEAT);
  });

  it("annual leave in 2027 asked for in 2026 names 2027's entitlement, not 「今年」", async () => {
    sim = await leaveSim(DEC_1);
    const readBack = one(await sim.say('S011', '2027年1月18日请年假 回老家'), 'S011');
    expect(readBack).toContain('· 年假：2027年5天');
    expect(readBack).not.toContain('年假：今年');
  });

  it('annual leave on the Monday after 元旦 2027 is refused as joined to the holiday', async () => {
    sim = await leaveSim(DEC_1);
    const reply = one(await sim.say('S013', '2027年1月4日请年假'), 'S013');
    expect(reply).toContain('这份申请不能提交');
    expect(reply).toContain('年假不能与节假日连休：这段时间紧挨着元旦（1月1日（周五））');
    expect(reply).toContain(CAVEAT);
  });

  it('annual leave on 元旦 2027 alone costs nothing and is not submitted', async () => {
    sim = await leaveSim(DEC_1);
    const reply = one(await sim.say('S013', '2027年1月1日请年假'), 'S013');
    expect(reply).toContain('所选日期都是休息日或节假日，不需要请假');
    expect(reply).toContain('0个工作日（不计：元旦：1月1日（周五））');
    const after = await sim.say('S013', '确认');
    expect(to(after, 'S010')).toEqual([]); // nothing reached an approver
  });

  it('a request wholly inside 2026 carries no caveat', async () => {
    sim = await leaveSim(DEC_1);
    const reply = one(await sim.say('S011', '12月21日到22日请事假，回老家办事'), 'S011');
    expect(reply).not.toContain('放假安排尚未公布');
  });

  it("leave on the make-up days of 春节 2027 (the law's 补假) costs nothing, with the caveat", async () => {
    sim = await leaveSim(DEC_1);
    const reply = one(await sim.say('S014', '2027年2月9日到10日请事假，家里有事'), 'S014');
    expect(reply).toContain('所选日期都是休息日或节假日，不需要请假');
    expect(reply).toContain('不计：春节：2月9日（周二）、2月10日（周三）');
    expect(reply).toContain(CAVEAT);
  });

  it('someone hired after a period who says 「文书交了」 is told nothing is due, and nothing is stored', async () => {
    sim = await Simulation.create({ start: new Date('2026-04-02T10:00:00+08:00') }); // 孙浩 joined on 1 April
    const [reply] = await sim.say('S012', '3月的文书交了');
    expect(reply!.text).toContain('目前没有需要您提交的');
    const acks = await new DeadlineAcksRepo(sim.app.db).ackedFor([
      { deadlineId: 'monthly-documents', period: '2026-03' },
    ]);
    expect([...(acks.get('monthly-documents|2026-03') ?? [])]).toEqual([]);
  });
});
