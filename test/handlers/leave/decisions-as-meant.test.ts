import { afterEach, describe, expect, it } from 'vitest';
import type { Simulation } from '../../../app/simulation/simulation.ts';
import { firstSteps, leaveSim, one, submitLeave, to } from './leave-sim.ts';

/*
 * What testers driving `simulate` found leads meaning and the bot missing: a reason said before the
 * verb, a decision typed where a reason was awaited, an approval with a note, an applicant named with
 * the day, and a pending read-back dropped by another decision.
 */

/** Monday 7 December 2026, 09:30 in Shanghai. */
const MONDAY = new Date('2026-12-07T09:30:00+08:00');

let sim: Simulation;
afterEach(async () => {
  await sim?.close();
});

/** 黄嘉欣 (S020) leads 冯子豪 1, 许诺 2, 曾凡 3 (tomorrow) and 梁小燕 4. */
async function youthTeamWaiting(): Promise<Simulation> {
  const s = await leaveSim(MONDAY);
  expect(await submitLeave(s, 'S021', '下周三请一天事假 家里有事')).toBe(1);
  expect(await submitLeave(s, 'S022', '下周三请一天事假 家里有事')).toBe(2);
  expect(await submitLeave(s, 'S024', '明天请一天事假 家里有事')).toBe(3);
  expect(await submitLeave(s, 'S025', '下周四请一天事假 妈妈住院 要照顾')).toBe(4);
  return s;
}

describe('a rejection and its reason, as the lead says them', () => {
  it('takes the reason said before the closing 「驳回」 and asks for none', async () => {
    sim = await youthTeamWaiting();
    const sent = await sim.say('S020', '曾凡明天请假不行 明天下午有青少年营的活动 驳回');
    expect(one(sent, 'S024')).toContain('理由：明天下午有青少年营的活动');
    expect(one(sent, 'S020')).toContain('已驳回第3号');
    expect(await firstSteps(sim)).toEqual({ 1: 'waiting', 2: 'waiting', 3: 'rejected', 4: 'waiting' });
  });

  it('decides another request named where the reason is awaited, never taking it as the reason', async () => {
    sim = await youthTeamWaiting();
    expect(one(await sim.say('S020', '曾凡的驳回'), 'S020')).toContain('请说明驳回第3号请假的理由');
    const other = await sim.say('S020', '梁小燕的同意，照顾好妈妈');
    expect(to(other, 'S024')).toEqual([]);
    expect(one(other, 'S025')).toContain('黄嘉欣留言：照顾好妈妈');
    // The rejection still waits for its reason, and the lead is told so.
    expect(to(other, 'S020').join('\n')).toContain('已同意第4号');
    expect(to(other, 'S020').at(-1)).toContain('第3号请假的驳回理由');
    expect(one(await sim.say('S020', '青少年营人手不够'), 'S024')).toContain('理由：青少年营人手不够');
    expect(await firstSteps(sim)).toEqual({ 1: 'waiting', 2: 'waiting', 3: 'rejected', 4: 'approved' });
  });

  it('takes 「曾凡明天有活动 不批」, said where 曾凡’s reason is awaited, as that reason', async () => {
    sim = await youthTeamWaiting();
    expect(one(await sim.say('S020', '曾凡的驳回'), 'S020')).toContain('请说明驳回第3号请假的理由');
    const sent = await sim.say('S020', '曾凡明天要带青少年营 不批');
    expect(one(sent, 'S024')).toContain('理由：曾凡明天要带青少年营 不批');
    expect(one(sent, 'S020')).toContain('已驳回第3号');
  });

  it('says plainly that the first rejection is left undecided when another one needs its own reason', async () => {
    sim = await youthTeamWaiting();
    expect(one(await sim.say('S020', '曾凡的驳回'), 'S020')).toContain('请说明驳回第3号请假的理由');
    const other = to(await sim.say('S020', '1号不批'), 'S020').join('\n');
    expect(other).toContain('第3号');
    expect(other).toContain('请说明驳回第1号请假的理由');
    expect(one(await sim.say('S020', '那周小组活动多'), 'S021')).toContain('理由：那周小组活动多');
    expect(await firstSteps(sim)).toEqual({ 1: 'rejected', 2: 'waiting', 3: 'waiting', 4: 'waiting' });
  });
});

describe('an approval with a note for the applicant', () => {
  it.each([
    ['同意4 让他把周二的小组活动交接好', 'S025', '让他把周二的小组活动交接好'],
    ['冯子豪的同意，让他交接好', 'S021', '让他交接好'],
    ['同意2，让他把小组活动交接好', 'S022', '让他把小组活动交接好'],
    ['4号同意，交接好工作', 'S025', '交接好工作'],
  ])('approves on 「%s」 and passes the note on', async (said, applicant, note) => {
    sim = await youthTeamWaiting();
    const sent = await sim.say('S020', said);
    expect(one(sent, 'S020')).toContain('已同意第');
    expect(one(sent, applicant)).toContain(`黄嘉欣留言：${note}`);
  });

  it('still decides nothing when the note puts the decision off or sets a condition', async () => {
    sim = await youthTeamWaiting();
    for (const said of ['同意4 等她交接好了再批', '要是她交接好了 我就同意4', '4号同意 要是她交接好了的话']) {
      const sent = await sim.say('S020', said);
      expect(to(sent, 'S025')).toEqual([]);
    }
    expect(await firstSteps(sim)).toEqual({ 1: 'waiting', 2: 'waiting', 3: 'waiting', 4: 'waiting' });
  });
});

describe('an applicant named with the day and a decision word', () => {
  /** 李秀英 (S040) leads the caregivers: 马建华 1 (next Monday), 朱红梅 2 (the day after tomorrow). */
  async function caregiversWaiting(): Promise<Simulation> {
    const s = await leaveSim(MONDAY);
    expect(await submitLeave(s, 'S043', '下周一请一天事假 家里有事')).toBe(1);
    expect(await submitLeave(s, 'S042', '后天请一天事假 家里有事')).toBe(2);
    return s;
  }

  it('approves 「马建华下周一请假 同意」 rather than refusing it as a colleague’s private matter', async () => {
    sim = await caregiversWaiting();
    const sent = await sim.say('S040', '马建华下周一请假 同意');
    expect(one(sent, 'S040')).toContain('第1号');
    expect(one(sent, 'S040')).not.toContain('个人信息');
    expect(await firstSteps(sim, [1, 2])).toEqual({ 1: 'approved', 2: 'waiting' });
  });

  it('reads 「…谁顶班啊 先不批」 as a rejection of 朱红梅’s request and asks its reason', async () => {
    sim = await caregiversWaiting();
    const sent = one(await sim.say('S040', '朱红梅那个 她后天走了谁顶班啊 先不批'), 'S040');
    expect(sent).toContain('请说明驳回第2号请假的理由');
    expect(one(await sim.say('S040', '后天没人顶班'), 'S042')).toContain('理由：后天没人顶班');
    expect(await firstSteps(sim, [1, 2])).toEqual({ 1: 'waiting', 2: 'rejected' });
  });
});

describe('a batch read-back and another decision in between', () => {
  it('keeps 「将同意以下2份申请」 waiting for its 「确认」 after a rejection of a third request', async () => {
    sim = await leaveSim(MONDAY);
    expect(await submitLeave(sim, 'S012', '下周三请一天病假 发烧')).toBe(1);
    expect(await submitLeave(sim, 'S011', '下周三请一天事假 家里有事')).toBe(2);
    expect(await submitLeave(sim, 'S013', '这周四周五请事假 家里有事')).toBe(3);
    expect(one(await sim.say('S010', '孙浩的病假同意，郑雨的也同意'), 'S010')).toContain('将同意以下2份申请');
    const between = await sim.say('S010', '赵丽娜那个不批 这周四周五有长者生日会人手不够');
    expect(one(between, 'S013')).toContain('理由：这周四周五有长者生日会人手不够');
    expect(to(between, 'S010').at(-1)).toMatch(/第1、2号.*确认/);
    const confirmed = await sim.say('S010', '确认');
    expect(one(confirmed, 'S012')).toContain('已同意');
    expect(one(confirmed, 'S011')).toContain('已同意');
    expect(await firstSteps(sim, [1, 2, 3])).toEqual({ 1: 'approved', 2: 'approved', 3: 'rejected' });
  });
});

describe('a batch read-back and a decision put off', () => {
  it('keeps the batch for 「确认」 when another request is put off (「2号先别批 那周有评估」)', async () => {
    sim = await leaveSim(MONDAY);
    for (const [who, day] of [
      ['S011', '一'],
      ['S012', '二'],
      ['S013', '三'],
    ] as const)
      await submitLeave(sim, who, `下周${day}请一天事假 家里有事`);
    expect(one(await sim.say('S010', '1 ok 3号也同意'), 'S010')).toContain('将同意以下2份申请');
    const between = to(await sim.say('S010', '2号先别批 那周有评估'), 'S010');
    expect(between.at(-1)).toMatch(/第1、3号还等您确认同意/);
    await sim.say('S010', '确认');
    expect(await firstSteps(sim, [1, 2, 3])).toEqual({ 1: 'approved', 2: 'waiting', 3: 'approved' });
  });

  it('leaves one of its own out when that one is put off, and says what still waits', async () => {
    sim = await leaveSim(MONDAY);
    for (const [who, day] of [
      ['S011', '一'],
      ['S012', '二'],
    ] as const)
      await submitLeave(sim, who, `下周${day}请一天事假 家里有事`);
    expect(one(await sim.say('S010', '1 2 都同意'), 'S010')).toContain('将同意以下2份申请');
    const said = to(await sim.say('S010', '1号先别批 我再问问'), 'S010').join('\n');
    expect(said).toContain('第2号没有处理');
    await sim.say('S010', '确认');
    expect(await firstSteps(sim, [1, 2])).toEqual({ 1: 'waiting', 2: 'waiting' });
  });
});

describe('a batch read-back and a decision on one of its requests', () => {
  it('decides the one named and says plainly which of the batch still wait, and how to approve them', async () => {
    sim = await leaveSim(MONDAY);
    expect(await submitLeave(sim, 'S012', '下周三请一天病假 发烧')).toBe(1);
    expect(await submitLeave(sim, 'S011', '下周三请一天事假 家里有事')).toBe(2);
    expect(one(await sim.say('S010', '孙浩的病假同意，郑雨的也同意'), 'S010')).toContain('将同意以下2份申请');
    const said = to(await sim.say('S010', '郑雨的同意 祝家里一切顺利'), 'S010').join('\n');
    expect(said).toContain('第1号没有处理，仍在等您审批；要同意请回复「同意 1」');
    expect(said).toContain('已同意第2号');
    expect(to(await sim.say('S010', '确认'), 'S012')).toEqual([]);
    expect(await firstSteps(sim, [1, 2])).toEqual({ 1: 'waiting', 2: 'approved' });
  });
});

describe('a bare 「不行」 with a reason, naming no request', () => {
  it('asks with the exact words that reject the one waiting, and decides nothing', async () => {
    sim = await leaveSim(MONDAY);
    const id = await submitLeave(sim, 'S013', '周三周四两天请年假');
    const asked = one(await sim.say('S010', '不行 那两天要家访'), 'S010');
    expect(asked).toContain('是要驳回这份申请吗？');
    expect(asked).toContain(`要驳回请回复「驳回 ${id} 那两天要家访」`);
    expect(await firstSteps(sim, [id])).toEqual({ [id]: 'waiting' });
    const rejected = await sim.say('S010', `驳回 ${id} 那两天要家访`);
    expect(one(rejected, 'S013')).toContain('理由：那两天要家访');
  });
});

describe('decision words typed by voice', () => {
  it('approves on 「谢婉清的同一」 and rejects on 「博回 2 年底活动多」', async () => {
    sim = await leaveSim(MONDAY);
    expect(await submitLeave(sim, 'S051', '下周三请一天事假 家里有事')).toBe(1);
    expect(await submitLeave(sim, 'S052', '下周三请一天事假 家里有事')).toBe(2);
    expect(one(await sim.say('S050', '谢婉清的同一'), 'S050')).toContain('第1号');
    expect(one(await sim.say('S050', '博回 2 年底活动多'), 'S052')).toContain('理由：年底活动多');
    expect(await firstSteps(sim, [1, 2])).toEqual({ 1: 'approved', 2: 'rejected' });
  });
});
