import { afterEach, describe, expect, it } from 'vitest';
import type { Simulation } from '../../../../app/simulation/simulation.ts';
import { LeaveRequestsRepo } from '../../../../data/repos/leave-requests-repo.ts';
import { findLeave } from '../../../../handlers/leave/hr/find-leave.ts';
import { LEAVE_CSV_HEADER, leaveMonthCsv } from '../../../../handlers/leave/hr/leave-csv.ts';
import { leaveSim, one, submitLeave } from '../leave-sim.ts';

let sim: Simulation;
afterEach(async () => {
  await sim?.close();
});

async function someRequests(s: Simulation): Promise<void> {
  await submitLeave(s, 'S011', '11月9日到10日请事假，家里有事');
  await s.say('S010', '同意');
  await s.say('S003', '同意 1');
  await submitLeave(s, 'S042', '今天病假，发烧');
  await submitLeave(s, 'S032', '11月30日到12月2日请事假，照顾老人');
  await s.say('S032', '撤回 3');
}

describe("HR's leave commands", () => {
  it('lists requests by month, person, team and status', async () => {
    sim = await leaveSim();
    await someRequests(sim);
    const month = one(await sim.say('S005', '请假记录 2026-11'), 'S005');
    expect(month).toContain('共3份');
    expect(month).toContain('第1号 郑雨（长者服务组）事假');
    expect(month).toContain('已批准');
    expect(month).toContain('已撤回');
    expect(month).toMatch(/合计（不含已驳回、已撤回）：.*事假2天/);
    expect(month).toMatch(/合计.*病假1天/);
    expect(one(await sim.say('S005', '请假记录 朱红梅'), 'S005')).toContain('共1份');
    expect(one(await sim.say('S005', '请假记录 居家护理项目组'), 'S005')).toContain('第2号 朱红梅');
    const approved = one(await sim.say('S005', '请假记录 11月 服务部 已批准'), 'S005');
    expect(approved).toContain('共1份');
    expect(one(await sim.say('S005', '请假记录 12月'), 'S005')).toContain('共1份');
    expect(one(await sim.say('S005', '请假记录 张三丰'), 'S005')).toContain('“张三丰”不是月份、姓名、小组或状态');
  });

  it('keeps the lists from anyone but HR', async () => {
    sim = await leaveSim();
    expect(one(await sim.say('S011', '请假记录 2026-11'), 'S011')).toContain('只对人力资源部开放');
    expect(one(await sim.say('S010', '调整余额 郑雨 年假 +1 补录'), 'S010')).toContain('只对人力资源部开放');
  });

  it('corrects a balance with a reason, tells the person, and keeps it in the audit log', async () => {
    sim = await leaveSim();
    expect(one(await sim.say('S005', '调整余额 郑雨 年假 +2'), 'S005')).toContain('请写上调整的理由');
    const done = await sim.say('S005', '调整余额 郑雨 年假 +2 2025年未休年假经批准延用');
    expect(one(done, 'S005')).toContain('已调整郑雨的年假：+2天');
    expect(one(done, 'S011')).toContain('人力资源部调整了您的年假余额：+2天');
    const balance = one(await sim.say('S011', '我还有几天年假'), 'S011');
    expect(balance).toContain('人事调整：+2天');
    expect(balance).toContain('剩余可用：7天');
    await sim.say('S005', '调整余额 S011 调休 +8小时 补录10月加班');
    expect(one(await sim.say('S005', '调整余额 郑雨 调休 -10小时 多记'), 'S005')).toContain('调休可用只有8小时');
    await sim.say('S005', '调整余额 郑雨 调休 -2小时 多记了两小时');
    expect(one(await sim.say('S011', '调休还剩多少'), 'S011')).toContain('可用：6小时');
    const log = one(await sim.say('S005', '余额记录 郑雨'), 'S005');
    expect(log).toContain('年假2026 +2天 人事调整（张敏：2025年未休年假经批准延用）');
    expect(log).toContain('调休 +8小时 人事调整（张敏：补录10月加班）');
    expect(log).toContain('调休 -2小时 人事调整（张敏：多记了两小时）');
  });

  it('lists a colleague’s requests for HR’s 「郑雨今年请了几天假」「郑雨的请假情况」', async () => {
    sim = await leaveSim();
    await submitLeave(sim, 'S011', '12月7日请年假 回老家');
    for (const asked of ['郑雨今年请了几天假', '郑雨的请假情况'])
      expect(one(await sim.say('S005', asked), 'S005'), asked).toContain('请假记录（郑雨）：共1份');
  });

  it('answers HR’s own words for a correction (「给孙浩的年假加2天」) with the command filled in, changing nothing', async () => {
    sim = await leaveSim();
    expect(one(await sim.say('S005', '给孙浩的年假加2天'), 'S005')).toBe(
      '要调整余额，请这样发（理由会记入余额变动记录）：\n调整余额 孙浩 年假 +2 理由',
    );
    expect(one(await sim.say('S005', '帮郑雨调休扣4小时'), 'S005')).toContain('调整余额 郑雨 调休 -4小时 理由');
    // The reason said with it is filled in: HR sends the line back as it is.
    expect(one(await sim.say('S005', '给孙浩的年假加1天 原因 补录'), 'S005')).toContain('\n调整余额 孙浩 年假 +1 补录');
    expect(one(await sim.say('S005', '余额记录 郑雨'), 'S005')).toContain('还没有余额变动记录');
    expect(one(await sim.say('S011', '给孙浩的年假加2天'), 'S011')).toBe('这个功能只对人力资源部开放。');
  });

  it('logs every balance change of a request: its hold and its release', async () => {
    sim = await leaveSim();
    const id = await submitLeave(sim, 'S011', '12月7日到9日请年假 回老家');
    await sim.say('S011', `撤回 ${id}`);
    const log = one(await sim.say('S005', '余额记录 郑雨'), 'S005');
    expect(log).toContain(`年假2026 -3天 请假占用 第${id}号请假（郑雨）`);
    expect(log).toContain(`年假2026 +3天 释放 第${id}号请假（郑雨：撤回）`);
  });

  it('exports a month as CSV for Excel with the 人事报告书 fields', async () => {
    sim = await leaveSim();
    await someRequests(sim);
    await submitLeave(sim, 'S013', '11月30日到12月1日请事假，搬家');
    const db = sim.app.db;
    const requests = await findLeave(db, { month: { year: 2026, month: 11 } });
    const csv = leaveMonthCsv(
      sim.app.store.org,
      2026,
      11,
      requests,
      await new LeaveRequestsRepo(db).stepsFor(requests.map((r) => r.id)),
    );
    expect(csv.startsWith('\uFEFF编号,工号,姓名')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe(LEAVE_CSV_HEADER.join(','));
    expect(lines).toHaveLength(5);
    const approved = lines.find((l) => l.startsWith('1,'))!;
    // Dates and times as words with the weekday, which Excel keeps as written (an ISO date it turns into its own).
    expect(approved).toContain(
      '1,S011,郑雨,服务部,长者服务组,事假,2026年11月9日（周一）,全天,2026年11月10日（周二）,全天,2,2,家里有事,已批准',
    );
    expect(approved).toMatch(/,已批准,2026年11月\d+日（周.）\d\d:\d\d,/);
    expect(approved).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(approved).toContain('林晓（转呈）同意');
    const sick = lines.find((l) => l.startsWith('2,'))!;
    expect(sick).toContain(',病假,');
    expect(sick).not.toContain('发烧');
    // Withdrawn by the applicant: the approvers did not cancel anything.
    const withdrawn = lines.find((l) => l.startsWith('3,'))!;
    expect(withdrawn).toContain(',已撤回,');
    expect(withdrawn).toContain('申请人已撤回');
    expect(withdrawn).not.toMatch(/）取消/);
    // 11月30日 and 12月1日: one of the two days falls in November.
    expect(lines.find((l) => l.startsWith('4,'))).toContain(',2,1,搬家,');
  });
});
