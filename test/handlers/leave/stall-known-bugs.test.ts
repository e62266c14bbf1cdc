import { afterEach, describe, expect, it } from 'vitest';
import type { Simulation } from '../../../app/simulation/simulation.ts';
import { approveAll, leaveSim, one, submitLeave, to } from './leave-sim.ts';

let sim: Simulation | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

const at = (iso: string) => new Date(iso);
const deputies = (s: Simulation) =>
  s.app.db.selectFrom('approval_deputies').select(['from_date', 'to_date']).orderBy('id').execute();

describe('approvals that never stall: the known bugs', () => {
  it('reads 「12月30日到2日」 as 30 December to the next 2 January, and a period already begun as this one', async () => {
    sim = await leaveSim(at('2026-12-20T10:00:00+08:00'));
    const named = one(await sim.say('S010', '我12月30日到2日休假，期间由钱多多代批'), 'S010');
    expect(named).toContain('2026年12月30日');
    expect(named).toContain('2027年1月2日');
    await sim.advanceTo(at('2026-12-31T10:00:00+08:00'));
    await sim.say('S020', '我12月30日到1月2日不在，由冯子豪代批');
    expect(await deputies(sim)).toEqual([
      { from_date: '2026-12-30', to_date: '2027-01-02' },
      { from_date: '2026-12-30', to_date: '2027-01-02' },
    ]);
  });

  it('a reload after escalating sends the request to nobody again; the next reminder says when it came', async () => {
    sim = await leaveSim(at('2026-11-02T15:00:00+08:00'));
    const id = await submitLeave(sim, 'S011', '12月7日到9日请年假 回老家');
    const thursday = await sim.advanceTo(at('2026-11-05T10:00:00+08:00'));
    expect(to(thursday, 'S003').join('\n')).toContain(`第${id}号已等待超过2个工作日`);
    expect(await sim.app.store.reload()).toBeNull();
    await new Promise((r) => setTimeout(r, 500));
    expect(sim.drain()).toEqual([]);
    // The head had it from Thursday: not nudged on Friday; on Monday it goes up to the director.
    const friday = await sim.advanceTo(at('2026-11-06T10:00:00+08:00'));
    expect(friday.filter((s) => s.text.includes('待您审批'))).toEqual([]);
    await sim.advanceTo(at('2026-11-09T10:00:00+08:00'));
    // Wednesday: the director's reminder says since when it has been with him, and since when it waits.
    const wednesday = to(await sim.advanceTo(at('2026-11-11T10:00:00+08:00')), 'S001').join('\n');
    expect(wednesday).toContain(`第${id}号`);
    expect(wednesday).toContain('（11月9日（周一）09:00转来，申请自11月2日（周一）15:00起等待）');
    expect(to(await sim.say('S001', `同意 ${id}`), 'S011').join('\n')).toContain('周文华已同意');
  });

  it('a request waiting with a lead who goes on leave afterwards moves past her on those days', async () => {
    sim = await leaveSim(at('2026-11-02T10:00:00+08:00'));
    const id = await submitLeave(sim, 'S011', '12月7日请年假 办事');
    await approveAll(sim, await submitLeave(sim, 'S010', '11月4日请年假 休息'));
    await sim.advanceTo(at('2026-11-04T10:00:00+08:00'));
    expect(one(await sim.say('S011', '我的请假'), 'S011')).toContain('在陈思远处');
    expect(to(await sim.say('S010', `同意 ${id}`), 'S010').join('\n')).not.toContain('已同意');
    expect(to(await sim.say('S003', `同意 ${id}`), 'S011').join('\n')).toContain('已由陈思远批准');
  });
});
