import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Simulation } from '../../../app/simulation/simulation.ts';
import { copySampleOrg } from '../../fakes/org-fixture.ts';
import { leaveSim, MONDAY, one, submitLeave, to } from './leave-sim.ts';

let sim: Simulation;
afterEach(async () => {
  await sim?.close();
});

describe('the leave request conversation', () => {
  it('asks only for what is missing, one question at a time', async () => {
    sim = await leaveSim();
    expect(one(await sim.say('S011', '我想请假'), 'S011')).toContain('请问请什么假');
    expect(one(await sim.say('S011', '事假'), 'S011')).toContain('请问从哪天到哪天');
    expect(one(await sim.say('S011', '下周四到周五'), 'S011')).toContain('请简单说一下事假的事由');
    const readBack = one(await sim.say('S011', '回老家办身份证'), 'S011');
    expect(readBack).toContain('11月12日（周四）至11月13日（周五）');
    expect(readBack).toContain('事由：回老家办身份证');
    expect(readBack).toContain('请假3天以下，须先由用人单位签字');
  });

  it('reads type, dates, half days and reason from one message', async () => {
    sim = await leaveSim();
    const readBack = one(await sim.say('S011', '明天下午请半天事假，孩子开家长会'), 'S011');
    expect(readBack).toContain('11月3日（周二）下午');
    expect(readBack).toContain('0.5个工作日');
    expect(readBack).toContain('事由：孩子开家长会');
    expect(readBack).toContain('林晓（组长·批准）');
    expect(readBack).toContain('需提前3个工作日申请');
  });

  it('understands a correction of the dates and a change of type at the read-back', async () => {
    sim = await leaveSim();
    await sim.say('S011', '下周一到周三请年假，回老家办事');
    // A bare 周四 is read in the requested week (issue 11); 这周四 is this week's.
    const corrected = one(await sim.say('S011', '不对，是这周四到周五'), 'S011');
    expect(corrected).toContain('11月5日（周四）至11月6日（周五）');
    expect(corrected).toContain('事由：回老家办事');
    const changed = one(await sim.say('S011', '改成事假'), 'S011');
    expect(changed).toContain('类型：事假');
    expect(changed).toContain('11月5日（周四）至11月6日（周五）');
  });

  it('counts "请三天" forward from the start over a weekend', async () => {
    sim = await leaveSim();
    expect(one(await sim.say('S011', '请三天婚假'), 'S011')).toContain('请问从哪天开始？（共3天）');
    const readBack = one(await sim.say('S011', '12月10日'), 'S011');
    expect(readBack).toContain('12月10日（周四）至12月14日（周一）');
    expect(readBack).toContain('周末：12月12日（周六）、12月13日（周日）');
    expect(readBack).toContain('需交材料：结婚证');
  });

  it('keeps the first day of 「下周一开始请事假」 while asking how long, so 「3天」 completes it', async () => {
    sim = await leaveSim();
    expect(one(await sim.say('S011', '下周一开始请事假'), 'S011')).toContain('开始，一共请几天？');
    const asked = one(await sim.say('S011', '3天'), 'S011');
    expect(asked).not.toContain('从哪天开始');
    expect(one(await sim.say('S011', '家里有事'), 'S011')).toContain('天数：3个工作日');
  });

  it('reads 「预产期是明年3月10号」 as the reason of a 产假, not its one day, and asks the days', async () => {
    sim = await leaveSim();
    expect(one(await sim.say('S013', '我想请产假 预产期是明年3月10号'), 'S013')).toContain('请问从哪天到哪天');
    expect(one(await sim.say('S013', '3月1号开始'), 'S013')).toContain('2027年3月1日（周一）开始，一共请几天？');
    const readBack = one(await sim.say('S013', '128天'), 'S013');
    expect(readBack).toContain('2027年3月1日（周一）至2027年7月6日（周二）');
    expect(readBack).toContain('事由：预产期明年3月10号');
  });

  it('asks back instead of guessing a half day without 上午/下午', async () => {
    sim = await leaveSim();
    expect(one(await sim.say('S011', '下周二请假半天'), 'S011')).toContain('上午还是下午');
    // 「下午」 completes the day asked about; the type is asked next.
    const next = one(await sim.say('S011', '下午'), 'S011');
    expect(next).not.toMatch(/哪一天|上午还是下午/);
    const readBack = one(await sim.say('S011', '事假，去银行'), 'S011');
    expect(readBack).toContain('11月10日（周二）下午');
  });

  it('cancels at any step', async () => {
    sim = await leaveSim();
    await sim.say('S011', '我想请假');
    expect(one(await sim.say('S011', '取消'), 'S011')).toContain('已取消');
    await sim.say('S011', '下周一请年假');
    expect(one(await sim.say('S011', '不请了'), 'S011')).toContain('已取消');
    expect(one(await sim.say('S011', '我的请假'), 'S011')).toContain('还没有请假记录');
  });

  it('answers a question in the middle and keeps the request', async () => {
    sim = await leaveSim();
    await sim.say('S011', '我想请假');
    const [answer, aside] = to(await sim.say('S011', '婚假有几天？'), 'S011');
    expect(aside).toContain('请假申请还在，还差假别');
    expect(answer).toContain('婚假');
    expect(answer).not.toContain('请问从哪天');
    expect(one(await sim.say('S011', '年假'), 'S011')).toContain('请问从哪天到哪天');
  });

  it('refuses with the quoted rule and lets the person fix it', async () => {
    sim = await leaveSim(new Date('2026-08-03T10:00:00+08:00'));
    const refused = one(await sim.say('S011', '9月24日请年假'), 'S011');
    expect(refused).toContain('这份申请不能提交');
    expect(refused).toContain('年假不能与节假日连休');
    expect(refused).toContain('中秋节');
    expect(refused).toContain('依据《员工手册》第三部分第五章 三、请假管理（一）2. 年假：「年假不能与节假日连休。」');
    // 「确认」 to a refused draft: what to do, in one line — not the whole card again.
    expect(one(await sim.say('S011', '确认'), 'S011')).toBe(
      '这份申请还不能提交，改日期或假别（如「改成事假」）后再提交，或回复「取消」。',
    );
    expect(one(await sim.say('S011', '改成9月22日'), 'S011')).toContain('请核对您的请假申请');
  });

  it('refuses a request overlapping one already pending', async () => {
    sim = await leaveSim();
    const id = await submitLeave(sim, 'S011', '下周二请事假，家里有事');
    const refused = one(await sim.say('S011', '下周一到下周三请事假，装修'), 'S011');
    expect(refused).toContain(`与您审批中的第${id}号事假申请（11月10日（周二））时间重叠`);
  });

  it('flags short notice and a meeting day, and the approver sees the flags', async () => {
    sim = await leaveSim();
    const readBack = one(await sim.say('S011', '11月27日请事假，家里有事'), 'S011');
    expect(readBack).toContain('⚠');
    expect(readBack).toContain('机构例会');
    const sent = await sim.say('S011', '确认');
    expect(one(sent, 'S010')).toContain('⚠ 11月27日（周五）是机构例会');
  });

  it('reminds of the certificate and keeps only the category of sick leave', async () => {
    sim = await leaveSim();
    const readBack = one(await sim.say('S011', '今天病假，发烧39度'), 'S011');
    expect(readBack).toContain('事由：病假（只记录类别）');
    expect(readBack).toContain('医生证明');
    expect(readBack).not.toContain('发烧');
    const sent = await sim.say('S011', '确认');
    for (const s of sent) expect(s.text).not.toContain('发烧');
  });

  it('accepts sick leave reported afterwards but not personal leave in the past', async () => {
    sim = await leaveSim();
    expect(one(await sim.say('S011', '10月29日到30日病假'), 'S011')).toContain('请核对您的请假申请');
    await sim.say('S011', '取消');
    const refused = one(await sim.say('S011', '10月29日请事假，补请'), 'S011');
    expect(refused).toContain('不能补请已经过去的日期');
  });

  it('takes every leave type through to submission', async () => {
    sim = await leaveSim();
    const cases: [string, string][] = [
      ['S011', '12月14日请事假，办理证件'],
      ['S012', '12月1号到3号病假'],
      ['S013', '12月7日请年假'],
      ['S014', '12月7日开始请产假128天'],
      ['S021', '12月7日起请看护假15天'],
      ['S022', '请三天婚假 12.28-12.30'],
      ['S023', '明天起请丧假三天，外婆去世'],
      ['S042', '今天起请工伤假10天，搬运时扭伤'],
    ];
    for (const [who, text] of cases) {
      const id = await submitLeave(sim, who, text);
      expect(id).toBeGreaterThan(0);
    }
    expect(one(await sim.say('S005', '请假记录 12月'), 'S005')).toContain('共6份');
    expect(one(await sim.say('S005', '请假记录 11月'), 'S005')).toContain('共2份');
  });

  it('submits 调休 against approved overtime hours', async () => {
    sim = await leaveSim(new Date('2026-11-23T10:00:00+08:00'));
    await sim.say('S011', '加班登记 11月20日 18:00-22:00 社区活动');
    await sim.say('S011', '确认');
    await sim.say('S010', '同意 加班1');
    await sim.say('S011', '加班登记 11月21日 9:00-13:00 义诊活动');
    await sim.say('S011', '确认');
    await sim.say('S010', '同意 加班2');
    const readBack = one(await sim.say('S011', '12月1日调休'), 'S011');
    expect(readBack).toContain('调休：可用8小时 → 提交后0小时');
    await sim.say('S011', '确认');
    expect(one(await sim.say('S011', '调休还剩多少'), 'S011')).toContain('审批中的调休申请已占用：8小时');
  });

  it('moves a request started in a group to the private chat', async () => {
    sim = await leaveSim();
    const sent = await sim.say('S011', '下周一到周三请年假，回老家办事', { room: 'staff-group', mention: true });
    expect(to(sent, 'staff-group')).toEqual(['请私聊我办理，已私信您。']);
    expect(one(sent, 'S011')).toContain('请核对您的请假申请');
    const confirmed = await sim.say('S011', '确认');
    expect(one(confirmed, 'S011')).toContain('编号第1号');
  });

  it('never puts reasons, sick leave or balances in a group', async () => {
    sim = await leaveSim();
    const sick = await sim.say('S011', '今天病假，头疼', { room: 'staff-group', mention: true });
    expect(to(sick, 'staff-group')).toEqual(['请私聊我办理，已私信您。']);
    await sim.say('S011', '取消');
    const balance = await sim.say('S011', '我还有几天年假', { room: 'staff-group', mention: true });
    expect(to(balance, 'staff-group')).toEqual(['涉及个人信息，已私信您。']);
    expect(one(balance, 'S011')).toContain('剩余可用');
    const mine = await sim.say('S011', '我的请假', { room: 'staff-group', mention: true });
    expect(to(mine, 'staff-group')).toEqual(['涉及个人信息，已私信您。']);
  });

  it('says when a year has no holiday schedule and warns HR once', async () => {
    sim = await leaveSim(new Date('2026-12-01T10:00:00+08:00'));
    const first = await sim.say('S011', '2027年1月11日到12日请事假，回老家');
    expect(one(first, 'S011')).toContain(
      '2027年的放假安排尚未公布，按法定节假日计算，调休上班日未计入，天数以人事核对为准',
    );
    // HR hears through the scheduler's outbox, under the same key as its own look-ahead warning.
    const warned = await sim.advanceTo(new Date('2026-12-01T10:01:00+08:00'));
    expect(to(warned, 'S005').filter((t) => t.includes('2027年'))).toHaveLength(1);
    await sim.say('S011', '取消');
    await sim.say('S013', '2027年1月11日请事假，看病');
    const later = await sim.advanceTo(new Date('2026-12-01T10:02:00+08:00'));
    expect(to(later, 'S005')).toEqual([]);
  });

  it("the director's own leave needs nobody's approval and is recorded by HR", async () => {
    sim = await leaveSim();
    const readBack = one(await sim.say('S001', '12月7日到9日请年假'), 'S001');
    expect(readBack).toContain('无需审批');
    const sent = await sim.say('S001', '确认');
    expect(one(sent, 'S001')).toContain('直接生效');
    expect(one(sent, 'S005')).toContain('无需审批，直接生效');
  });

  it('skips the requester as approver: a step that would be their own goes one up', async () => {
    const dir = copySampleOrg();
    const file = join(dir, 'leave-rules.json');
    const rules = JSON.parse(readFileSync(file, 'utf8'));
    // An organisation whose table is read from the front line up: 林晓 (组长 and 社工) falls in the 社工 row.
    const sw = rules.approval.matrix.pop();
    rules.approval.matrix.unshift(sw);
    writeFileSync(file, JSON.stringify(rules));
    sim = await leaveSim(MONDAY, dir);
    const readBack = one(await sim.say('S010', '下周二下午请事假，家里有事'), 'S010');
    expect(readBack).toContain('陈思远（部长·批准，本人即组长，交上一级）');
    const sent = await sim.say('S010', '确认');
    expect(one(sent, 'S003')).toContain('【请假待审批】第1号');
    expect(one(await sim.say('S010', '同意 1'), 'S010')).toContain('目前不需要您审批');
  });
});
