import { afterEach, describe, expect, it } from 'vitest';
import type { Simulation } from '../../../app/simulation/simulation.ts';
import { OvertimeRecordsRepo } from '../../../data/repos/overtime-records-repo.ts';
import { firstSteps, fourWaitingOnLead, leaveSim, one, submitLeave, to } from './leave-sim.ts';

let sim: Simulation;
afterEach(async () => {
  await sim?.close();
});

describe('approvals the way leads say them', () => {
  it('takes the number in any order: 「4号同意」「同意2」「3 ok」, and only that request', async () => {
    sim = await fourWaitingOnLead();
    const four = await sim.say('S010', '4号同意');
    expect(one(four, 'S010')).toContain('已同意第4号');
    expect(one(four, 'S014')).toContain('第4号请假');
    expect(to(four, 'S011')).toEqual([]);
    expect(one(await sim.say('S010', '同意2'), 'S010')).toContain('第2号');
    expect(one(await sim.say('S010', '3 ok'), 'S010')).toContain('第3号');
    expect(await firstSteps(sim)).toEqual({ 1: 'waiting', 2: 'approved', 3: 'approved', 4: 'approved' });
  });

  it('passes on no note for 「同意 1 2」: the numbers chose the requests; 「辛苦了」 after them is the note', async () => {
    sim = await fourWaitingOnLead();
    const readBack = one(await sim.say('S010', '同意 1 2'), 'S010');
    expect(readBack).toContain('将同意以下2份申请：');
    const done = await sim.say('S010', '确认');
    expect(one(done, 'S011')).not.toContain('留言');
    expect(one(await sim.say('S010', '同意 3、4号 辛苦了'), 'S010')).toContain('将同意以下2份申请（留言：辛苦了）');
    expect(one(await sim.say('S010', '确认'), 'S014')).toContain('林晓留言：辛苦了');
  });

  it('asks for a reason for 「1号不批」 and rejects with it; takes a reason said at once', async () => {
    sim = await fourWaitingOnLead();
    expect(one(await sim.say('S010', '1号不批'), 'S010')).toContain('请说明驳回第1号请假的理由');
    const rejected = await sim.say('S010', '年底服务任务重');
    expect(one(rejected, 'S011')).toContain('理由：年底服务任务重');
    expect(one(await sim.say('S010', '4号不批'), 'S010')).toContain('请说明驳回第4号请假的理由');
    // Another decision while the reason is awaited is decided, not taken as the reason; the reason is asked again.
    const other = to(await sim.say('S010', '3号同意'), 'S010');
    expect(other[0]).toContain('已同意第3号');
    expect(other[1]).toContain('第4号请假的驳回理由还在等您');
    expect(one(await sim.say('S010', '和1号时间冲突'), 'S014')).toContain('理由：和1号时间冲突');
    const withReason = await sim.say('S010', '2号驳回 那天有督导来访');
    expect(one(withReason, 'S012')).toContain('理由：那天有督导来访');
    expect(await firstSteps(sim)).toEqual({ 1: 'rejected', 2: 'rejected', 3: 'approved', 4: 'rejected' });
  });

  it('decides on 「童意2号」 (typed by voice), rejects on 「拒了」, approves on a change of mind', async () => {
    sim = await fourWaitingOnLead();
    expect(one(await sim.say('S010', '童意2号'), 'S010')).toContain('已同意第2号');
    expect(one(await sim.say('S010', '3号拒了吧'), 'S010')).toContain('请说明驳回第3号请假的理由');
    const changed = await sim.say('S010', '算了 还是同意吧');
    expect(one(changed, 'S010')).toContain('已同意第3号');
    expect(await firstSteps(sim, [2, 3])).toEqual({ 2: 'approved', 3: 'approved' });
  });

  it('reads the reply to 「请说明驳回…的理由」: none given, a slip, a question — never as a reason', async () => {
    sim = await fourWaitingOnLead();
    expect(one(await sim.say('S010', '1号不批'), 'S010')).toContain('请说明驳回第1号请假的理由');
    const noReason = await sim.say('S010', '算了 不写了');
    expect(one(noReason, 'S011')).toContain('驳回');
    expect(one(noReason, 'S011')).not.toContain('算了');
    expect(one(await sim.say('S010', '2号不批'), 'S010')).toContain('请说明驳回第2号请假的理由');
    // A question meanwhile is answered, and the reason is still awaited.
    const asked = await sim.say('S010', '驳回以后她还能重新申请吗');
    expect(to(asked, 'S012')).toEqual([]);
    const slip = await sim.say('S010', '等等 搞错了 我是要批的');
    expect(one(slip, 'S012')).not.toContain('驳回');
    expect(await firstSteps(sim, [1, 2])).toEqual({ 1: 'rejected', 2: 'approved' });
  });

  it('decides nothing when the lead puts it off, and says what still waits (no Q&A, no overtime started)', async () => {
    sim = await fourWaitingOnLead();
    const said = [
      '2号我晚点再看',
      '先别批 我问下赵丽娜手上的个案谁接',
      '加班的等活动搞完再批',
      // The decision waiting on something done first, around a question put to the applicant.
      '2号能不能改成半天 改好了我就批',
      '先别批 我查下那天排班',
    ];
    for (const s of said) {
      const reply = one(await sim.say('S010', s), 'S010');
      expect(reply).toContain('好的，先不处理');
      expect(reply).toContain('第2号');
    }
    expect(await firstSteps(sim)).toEqual({ 1: 'waiting', 2: 'waiting', 3: 'waiting', 4: 'waiting' });
    // The next decision is read as one, not as an answer to an overtime registration.
    expect(one(await sim.say('S010', '2号同意'), 'S010')).toContain('已同意第2号');
  });

  it('approves 「同意，注意工作交接」 with one waiting, and passes the note on to the applicant', async () => {
    sim = await leaveSim();
    expect(await submitLeave(sim, 'S012', '下周二请事假，家里有事')).toBe(1);
    const said = await sim.say('S010', '同意，注意工作交接');
    expect(one(said, 'S010')).toContain('第1号');
    expect(one(said, 'S012')).toContain('留言：注意工作交接');
    expect(await firstSteps(sim, [1])).toEqual({ 1: 'approved' });
  });

  it('asks which one for a bare 「同意」 when several wait, listing them, and decides nothing', async () => {
    sim = await fourWaitingOnLead();
    const ask = one(await sim.say('S010', '同意'), 'S010');
    expect(ask).toContain('有4份申请等您审批');
    for (const n of [1, 2, 3, 4]) expect(ask).toContain(`第${n}号`);
    expect(await firstSteps(sim)).toEqual({ 1: 'waiting', 2: 'waiting', 3: 'waiting', 4: 'waiting' });
  });

  it('decides 「1 2 3 都同意」 after one read-back and one 确认', async () => {
    sim = await fourWaitingOnLead();
    const readBack = one(await sim.say('S010', '1 2 3 都同意'), 'S010');
    expect(readBack).toContain('将同意以下3份申请');
    expect(readBack).toContain('第1号');
    expect(readBack).not.toContain('第4号');
    expect(await firstSteps(sim)).toEqual({ 1: 'waiting', 2: 'waiting', 3: 'waiting', 4: 'waiting' });
    const done = await sim.say('S010', '确认');
    const reply = one(done, 'S010');
    for (const n of [1, 2, 3]) expect(reply).toContain(`已同意第${n}号`);
    expect(one(done, 'S011')).toContain('林晓已同意');
    expect(await firstSteps(sim)).toEqual({ 1: 'approved', 2: 'approved', 3: 'approved', 4: 'waiting' });
  });

  it('reads back 「全部同意」; declining leaves nothing a later 「好的」 could act on', async () => {
    sim = await fourWaitingOnLead();
    const readBack = one(await sim.say('S010', '全部同意'), 'S010');
    expect(readBack).toContain('将同意以下4份申请');
    expect(one(await sim.say('S010', '不用了'), 'S010')).toContain('已取消');
    const later = await sim.say('S010', '好的');
    expect(later.filter((s) => s.to === 'S005' || s.to === 'S006')).toEqual([]);
    expect(later.filter((s) => ['S011', 'S012', 'S013', 'S014'].includes(s.to ?? ''))).toEqual([]);
    expect(await firstSteps(sim)).toEqual({ 1: 'waiting', 2: 'waiting', 3: 'waiting', 4: 'waiting' });
  });

  it('rejects several at once with one reason asked after the read-back', async () => {
    sim = await fourWaitingOnLead();
    expect(one(await sim.say('S010', '2 3 都驳回'), 'S010')).toContain('请写驳回理由');
    const done = await sim.say('S010', '那周有评估检查');
    expect(one(done, 'S012')).toContain('理由：那周有评估检查');
    expect(one(done, 'S013')).toContain('理由：那周有评估检查');
    expect(await firstSteps(sim)).toEqual({ 1: 'waiting', 2: 'rejected', 3: 'rejected', 4: 'waiting' });
    // No reason given for the next batch: rejected without one, never with 「算了 不写了」 as the reason.
    expect(one(await sim.say('S010', '1 4 都驳回'), 'S010')).toContain('请写驳回理由');
    const bare = await sim.say('S010', '算了 不写了');
    expect(one(bare, 'S011')).not.toContain('算了');
    expect(await firstSteps(sim)).toEqual({ 1: 'rejected', 2: 'rejected', 3: 'rejected', 4: 'rejected' });
  });

  it('approves by given name, as colleagues call each other (「丽娜的同意」)', async () => {
    sim = await fourWaitingOnLead();
    const said = await sim.say('S010', '丽娜的同意');
    expect(one(said, 'S010')).toContain('第3号');
    expect(await firstSteps(sim)).toEqual({ 1: 'waiting', 2: 'waiting', 3: 'approved', 4: 'waiting' });
  });

  it('approves 「赵丽娜的丧假 批」, and says nothing waits when nothing does (not 「好的，知道了」)', async () => {
    sim = await leaveSim();
    expect(one(await sim.say('S010', '赵丽娜的丧假 批'), 'S010')).toContain('目前没有等您审批的申请');
    await submitLeave(sim, 'S013', '下周二到周四请丧假 奶奶去世');
    expect(one(await sim.say('S010', '赵丽娜的丧假 批'), 'S010')).toContain('已同意第1号');
  });

  it('approves by name, the overtime when 「郑雨的加班同意」, not her leave', async () => {
    sim = await leaveSim();
    await submitLeave(sim, 'S011', '12月7日到9日请年假 回老家');
    await sim.say('S011', '加班登记 10月31日 9:00-12:00 社区活动');
    await sim.say('S011', '确认');
    const approved = await sim.say('S010', '郑雨的加班同意');
    expect(one(approved, 'S010')).toContain('加班');
    expect((await new OvertimeRecordsRepo(sim.app.db).get(1))?.status).toBe('approved');
    expect(await firstSteps(sim)).toMatchObject({ 1: 'waiting' });
    expect(one(await sim.say('S010', '郑雨的同意'), 'S010')).toContain('已同意第1号');
  });

  it('asks whether 加班1 is meant when a lead types 「同意 1」 and only overtime 1 waits, deciding nothing', async () => {
    sim = await leaveSim();
    await sim.say('S011', '加班登记 10月31日 9:00-12:00 社区活动');
    await sim.say('S011', '确认');
    const asked = one(await sim.say('S010', '同意 1'), 'S010');
    expect(asked).toContain('您是指「加班1」吗');
    expect(asked).toContain('「同意 加班1」');
    expect(one(await sim.say('S010', '驳回 1 人手不够'), 'S010')).toContain('「驳回 加班1 理由」');
    expect((await new OvertimeRecordsRepo(sim.app.db).get(1))?.status).toBe('pending');
    expect(one(await sim.say('S010', '同意 加班1'), 'S010')).toContain('加班');
    expect((await new OvertimeRecordsRepo(sim.app.db).get(1))?.status).toBe('approved');
  });

  it('gives 「同意 加班1」 as the example when overtime waits and a bare 「同意」 needs a number', async () => {
    sim = await leaveSim();
    await sim.say('S011', '加班登记 10月31日 9:00-12:00 社区活动');
    await sim.say('S011', '确认');
    await sim.say('S011', '加班登记 11月1日 14:00-17:00 社区活动');
    await sim.say('S011', '确认');
    const which = one(await sim.say('S010', '同意'), 'S010');
    expect(which).toContain('如「同意 加班1」');
    expect((await new OvertimeRecordsRepo(sim.app.db).get(1))?.status).toBe('pending');
  });

  it('never decides on a number not waiting, nor on a remark with 同意 in it', async () => {
    sim = await leaveSim();
    await submitLeave(sim, 'S011', '12月7日到9日请年假 回老家');
    expect(one(await sim.say('S010', '7号同意'), 'S010')).toContain('没有找到第7号');
    await sim.say('S010', '我同意你的看法，这个活动办得很好');
    expect(await firstSteps(sim)).toMatchObject({ 1: 'waiting' });
  });

  it('decides only what waits in 「1 2 都同意」 and names the rest, reading back nothing that does not wait', async () => {
    sim = await leaveSim();
    await submitLeave(sim, 'S011', '12月7日到9日请年假 回老家');
    const none = one(await sim.say('S010', '3 4 都同意'), 'S010');
    expect(none).toContain('第3号、第4号都不在等您审批的申请里，没有处理。');
    expect(none).toContain('第1号 郑雨');
    const some = to(await sim.say('S010', '1 2 都同意'), 'S010');
    expect(some[0]).toBe('第2号不在等您审批的申请里，没有处理。');
    expect(some[1]).toContain('已同意第1号');
  });

  it('decides leave and overtime together from a group 「全部同意」, the read-back and names in private', async () => {
    sim = await leaveSim();
    await submitLeave(sim, 'S011', '12月7日到9日请年假 回老家');
    await sim.say('S011', '加班登记 10月31日 9:00-12:00 社区活动');
    await sim.say('S011', '确认');
    const inGroup = await sim.say('S010', '全部同意', { room: 'R1', mention: true });
    expect(to(inGroup, 'R1').join('\n')).not.toContain('郑雨');
    const readBack = one(inGroup, 'S010');
    expect(readBack).toContain('将同意以下2份申请');
    expect(readBack).toContain('加班1');
    const done = one(await sim.say('S010', '确认'), 'S010');
    expect(done).toContain('已同意第1号');
    expect((await new OvertimeRecordsRepo(sim.app.db).get(1))?.status).toBe('approved');
    expect(await firstSteps(sim)).toMatchObject({ 1: 'approved' });
  });
});
