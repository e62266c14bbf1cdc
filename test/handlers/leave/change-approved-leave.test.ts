import { afterEach, describe, expect, it } from 'vitest';
import { Simulation } from '../../../app/simulation/simulation.ts';
import { loadOrg, SAMPLE_ORG_DIR } from '../../../data/org/load-org.ts';
import { tempDbPath } from '../../fakes/org-fixture.ts';
import { approveAll, leaveSim, one, submitLeave, to } from './leave-sim.ts';

let sim: Simulation | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

const at = (iso: string) => new Date(iso);

describe('changing approved leave', () => {
  it('cancels approved leave once the approvers confirm (across a restart) and restores the balance', async () => {
    const dbPath = tempDbPath();
    const org = loadOrg(SAMPLE_ORG_DIR);
    const options = {
      orgDir: org.dir,
      dbPath,
      org: { ...org, info: { ...org.info, hrCopies: { mode: 'every-hr' as const } } },
    };
    sim = await Simulation.create({ ...options, start: at('2026-11-02T10:00:00+08:00') });
    const id = await submitLeave(sim, 'S011', '12月14日到16日请年假 回老家');
    await approveAll(sim, id);
    expect(one(await sim.say('S011', '我还有几天年假'), 'S011')).toContain('剩余可用：2天');
    // Withdrawing approved leave points to the cancellation.
    expect(one(await sim.say('S011', `撤回 ${id}`), 'S011')).toContain(`取消已批准的 ${id} 号`);
    const asked = await sim.say('S011', `取消已批准的 ${id} 号`);
    expect(one(asked, 'S011')).toContain('已请林晓确认取消');
    expect(one(asked, 'S010')).toContain(`【取消请假待确认】郑雨申请取消已批准的第${id}号`);
    // Nothing changes before the confirmation.
    expect(one(await sim.say('S011', '我还有几天年假'), 'S011')).toContain('剩余可用：2天');
    expect(one(await sim.say('S012', `同意取消 ${id}`), 'S012')).toContain('没有等待您确认');
    await sim.close();

    sim = await Simulation.create({ ...options, start: at('2026-11-03T09:30:00+08:00') });
    expect(to(await sim.say('S010', '待我审批'), 'S010').join('\n')).toContain('申请取消，待您确认');
    const first = await sim.say('S010', `同意取消 ${id}`);
    expect(one(first, 'S010')).toContain('转由陈思远确认');
    expect(one(first, 'S003')).toContain(`【取消请假待确认】郑雨申请取消已批准的第${id}号`);
    expect(one(await sim.say('S003', `同意取消 ${id}`), 'S003')).toContain('转由周文华确认');
    const done = await sim.say('S001', `同意取消 ${id}`);
    expect(one(done, 'S011')).toContain(
      `第${id}号（年假 12月14日（周一）至12月16日（周三），3天）已取消，年假余额已退回3天`,
    );
    const hr = to(done, 'S005').join('\n');
    expect(hr).toContain('【取消请假】郑雨已批准的第');
    expect(hr).toContain('经林晓、陈思远、周文华确认');
    expect(one(await sim.say('S011', '我还有几天年假'), 'S011')).toContain('剩余可用：5天');
    const ledger = await sim.app.db.selectFrom('balance_ledger').selectAll().where('request_id', '=', id).execute();
    expect(ledger.map((e) => [e.entry, e.amount, e.note])).toEqual([
      ['request-hold', -3, null],
      ['request-release', 3, '已批准后取消'],
    ]);
    const audit = await sim.app.db.selectFrom('leave_changes').selectAll().execute();
    expect(audit).toEqual([
      expect.objectContaining({ kind: 'cancel', status: 'confirmed', confirmed: 3, old_days: 3 }),
    ]);
  });

  it('a declined cancellation keeps the leave; leave that has begun is not cancelled but reported back', async () => {
    sim = await leaveSim(at('2026-11-02T10:00:00+08:00'));
    const id = await submitLeave(sim, 'S011', '12月14日请年假 办事');
    await approveAll(sim, id);
    await sim.say('S011', '取消已批准的14号');
    const no = await sim.say('S010', `不同意取消 ${id} 那天有活动`);
    expect(one(no, 'S011')).toContain('林晓未同意取消');
    expect(one(no, 'S011')).toContain('那天有活动');
    expect(one(await sim.say('S011', '我还有几天年假'), 'S011')).toContain('剩余可用：4天');
    await sim.advanceTo(at('2026-12-14T10:00:00+08:00'));
    expect(one(await sim.say('S011', `取消已批准的 ${id} 号`), 'S011')).toContain('请发「销假」');
  });

  it('reporting back early shortens the leave to the days taken and gives the rest back', async () => {
    sim = await leaveSim(at('2026-11-02T10:00:00+08:00'));
    const id = await submitLeave(sim, 'S011', '11月9日到13日请年假 回老家');
    await approveAll(sim, id);
    expect(one(await sim.say('S011', '我还有几天年假'), 'S011')).toContain('剩余可用：0天');
    await sim.advanceTo(at('2026-11-11T09:10:00+08:00'));
    const back = await sim.say('S011', '提前回来上班了');
    const reply = one(back, 'S011');
    expect(reply).toContain('已为您销假');
    expect(reply).toContain('比原定（至11月13日（周五））提前回来');
    expect(reply).toContain('11月9日（周一）至11月10日（周二），2天');
    expect(reply).toContain('年假余额已退回3天');
    expect(reply).not.toContain('请与人力资源部核对');
    expect(one(back, 'S010')).toContain('比原定提前回来');
    expect(to(back, 'S005').join('\n')).toContain('【提前销假】郑雨第');
    expect(to(back, 'S005').join('\n')).toContain('（原5天）；年假余额已退回3天');
    expect(one(await sim.say('S011', '我还有几天年假'), 'S011')).toContain('剩余可用：3天');
    // The calendar knows: from today she is not away.
    const row = await sim.app.db.selectFrom('leave_requests').selectAll().where('id', '=', id).executeTakeFirst();
    expect([row?.end_date, row?.days]).toEqual(['2026-11-10', 2]);
  });

  it('reporting back before noon on the leave’s only day keeps its morning as leave, not as withdrawn', async () => {
    sim = await leaveSim(at('2026-12-07T09:30:00+08:00'));
    const id = await submitLeave(sim, 'S011', '12月9日请一天病假 发烧');
    await approveAll(sim, id);
    await sim.advanceTo(at('2026-12-09T10:31:00+08:00'));
    expect(one(await sim.say('S011', '销假'), 'S011')).toContain('病假 12月9日（周三）上午，0.5天');
    expect(one(await sim.say('S011', '我的请假'), 'S011')).toContain('病假 12月9日（周三）上午，0.5天 · 已销假');
  });
});
