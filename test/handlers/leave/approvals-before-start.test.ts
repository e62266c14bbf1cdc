import { afterEach, describe, expect, it } from 'vitest';
import type { Simulation } from '../../../app/simulation/simulation.ts';
import { tempDbPath } from '../../fakes/org-fixture.ts';
import { leaveSim, one, submitLeave, to } from './leave-sim.ts';

let sim: Simulation;
afterEach(async () => {
  await sim?.close();
});

const at = (iso: string) => new Date(iso);
/** The sample org (stall.beforeStart on), on a database that outlives a restart. */
const start = (dbPath: string, when: string) => leaveSim(at(when), undefined, { mode: 'every-hr' }, dbPath);

describe('approvals never wait past the leave start (stall.beforeStart)', () => {
  it('sends a step up at 09:00 the working day before the start, saying why, once across restarts', async () => {
    const db = tempDbPath();
    sim = await start(db, '2026-11-02T10:00:00+08:00');
    const id = await submitLeave(sim, 'S011', '11月5日请事假 家里有事');
    await sim.close();
    // Restarted on Tuesday: two working days have not passed and Thursday is not yet near.
    sim = await start(db, '2026-11-03T18:00:00+08:00');
    expect((await sim.advanceTo(at('2026-11-03T20:00:00+08:00'))).filter((s) => s.text.includes('转交'))).toEqual([]);
    const wednesday = await sim.advanceTo(at('2026-11-04T10:00:00+08:00'));
    const head = to(wednesday, 'S003').join('\n');
    expect(head).toContain(`第${id}号假期将于11月5日（周四）开始，仍未审批（原审批人：林晓）`);
    expect(head).not.toContain('已等待超过');
    const told = to(wednesday, 'S011').filter((t) => t.includes(`第${id}号请假`));
    expect(told).toEqual([expect.stringContaining('快开始了，仍未审批，已转由陈思远审批')]);
    expect(to(wednesday, 'S010').filter((t) => t.includes(`第${id}号`))).toEqual([]);
    expect(one(await sim.say('S011', '我的请假'), 'S011')).toContain('（假期临近，已转上一级）');
    await sim.close();
    // A second restart the same morning sends it to nobody again; the head decides both steps at once.
    sim = await start(db, '2026-11-04T10:30:00+08:00');
    expect((await sim.advanceTo(at('2026-11-04T12:00:00+08:00'))).filter((s) => s.text.includes('转交'))).toEqual([]);
    const decided = await sim.say('S003', `同意 ${id}`);
    expect(to(decided, 'S011').join('\n')).toContain('批准');
  });

  it('on the first day tells the holder it waits for them, and HR whom it waits for', async () => {
    sim = await start(tempDbPath(), '2026-11-02T10:00:00+08:00');
    const id = await submitLeave(sim, 'S011', '11月5日请事假 家里有事');
    await sim.advanceTo(at('2026-11-04T10:00:00+08:00'));
    const thursday = await sim.advanceTo(at('2026-11-05T10:00:00+08:00'));
    const flag = (who: string) => to(thursday, who).filter((t) => t.startsWith('【请假已开始仍未审批】第'));
    expect(flag('S003')).toEqual([expect.stringContaining(`第${id}号`)]);
    expect(flag('S003')[0]).toContain('仍在等待您审批');
    expect(flag('S005')[0]).toContain('仍在等待陈思远审批');
  });

  it('on the first day lets every level above decide, the first decision wins and the others are told', async () => {
    sim = await start(tempDbPath(), '2026-11-02T10:00:00+08:00');
    const id = await submitLeave(sim, 'S011', '11月3日请事假 家里有事');
    const tuesday = await sim.advanceTo(at('2026-11-03T10:00:00+08:00'));
    // Made the day before: up to the head at the first day's round, the director may decide too.
    expect(to(tuesday, 'S003').join('\n')).toContain(
      `第${id}号假期11月3日（周二）开始，今天仍未审批（原审批人：林晓）`,
    );
    expect(one(tuesday, 'S001')).toContain('您也可以直接审批，以最先作出的决定为准');
    const flag = tuesday.filter((s) => s.text.startsWith('【请假已开始仍未审批】第'));
    expect(flag.map((s) => s.to).sort()).toEqual(['S001', 'S005', 'S006']);
    expect(one(tuesday, 'S011')).toContain('仍在等待陈思远审批');
    expect(to(tuesday, 'S010').filter((t) => t.includes(`第${id}号`))).toEqual([]);
    expect(one(await sim.say('S011', '我的请假'), 'S011')).toContain('周文华也可直接审批');
    expect(to(await sim.say('S001', '待我审批'), 'S001').join('\n')).toContain(`第${id}号`);
    // Never the lead it passed, who is told where it went (nor the applicant); the director's decision
    // covers the head's step.
    expect(one(await sim.say('S010', `同意 ${id}`), 'S010')).toBe(
      `郑雨的第${id}号请假已于11月3日（周二）09:00转给陈思远审批，不用您再处理了。`,
    );
    await sim.advanceTo(at('2026-11-04T10:00:00+08:00'));
    const decided = await sim.say('S001', `同意 ${id}`);
    expect(to(decided, 'S001').join('\n')).toContain('假期已于11月3日（周二）开始');
    expect(one(decided, 'S003')).toContain(`第${id}号（郑雨（长者服务组）`);
    expect(one(decided, 'S003')).toContain('已由周文华批准，您无需再处理');
    expect(to(decided, 'S011').join('\n')).toContain('批准');
    expect(one(await sim.say('S003', `同意 ${id}`), 'S003')).toContain('目前不需要您审批');
  });

  it('sends the director’s steps to the standing deputy while the director is on leave with none named', async () => {
    sim = await start(tempDbPath(), '2026-10-30T10:00:00+08:00');
    await submitLeave(sim, 'S001', '11月2日到6日请年假 休息');
    await sim.advanceTo(at('2026-11-02T10:00:00+08:00'));
    const readBack = await sim.say('S003', '11月20日请事假 办事');
    expect(one(readBack, 'S003')).toContain('请核对');
    const sent = await sim.say('S003', '确认');
    const id = Number(/编号第(\d+)号/.exec(to(sent, 'S003').join('\n'))?.[1]);
    expect(to(sent, 'S001')).toEqual([]);
    expect(to(sent, 'S002').join('\n')).toContain(`第${id}号`);
    expect(to(await sim.say('S002', `同意 ${id}`), 'S003').join('\n')).toContain('批准');
  });
});
