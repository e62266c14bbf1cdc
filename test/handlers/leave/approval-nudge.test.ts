import { afterEach, describe, expect, it } from 'vitest';
import type { Simulation } from '../../../app/simulation/simulation.ts';
import { waitedLongerThan } from '../../../handlers/leave/jobs/waiting-overdue.ts';
import { calendar } from './leave-test-kit.ts';
import { leaveSim, submitLeave } from './leave-sim.ts';

let sim: Simulation;
afterEach(async () => {
  await sim?.close();
});

const at = (iso: string) => new Date(iso);

describe('approver nudges', () => {
  it('counts waiting in working days', () => {
    const mondayAfternoon = at('2026-11-02T15:00:00+08:00');
    expect(waitedLongerThan(calendar, mondayAfternoon, 1, at('2026-11-03T09:00:00+08:00'))).toBe(false);
    expect(waitedLongerThan(calendar, mondayAfternoon, 1, at('2026-11-04T09:00:00+08:00'))).toBe(true);
    const fridayAfternoon = at('2026-11-06T15:00:00+08:00');
    expect(waitedLongerThan(calendar, fridayAfternoon, 1, at('2026-11-09T09:00:00+08:00'))).toBe(false);
    expect(waitedLongerThan(calendar, fridayAfternoon, 1, at('2026-11-10T09:00:00+08:00'))).toBe(true);
    const saturday = at('2026-11-07T11:00:00+08:00');
    expect(waitedLongerThan(calendar, saturday, 1, at('2026-11-09T09:00:00+08:00'))).toBe(false);
    expect(waitedLongerThan(calendar, saturday, 1, at('2026-11-10T09:00:00+08:00'))).toBe(true);
    // 国庆 (10月1日–7日) is not waiting time: from 9月30日 afternoon, overdue only on 10月9日.
    expect(waitedLongerThan(calendar, at('2026-09-30T15:00:00+08:00'), 1, at('2026-10-08T09:00:00+08:00'))).toBe(false);
    expect(waitedLongerThan(calendar, at('2026-09-30T15:00:00+08:00'), 1, at('2026-10-09T09:00:00+08:00'))).toBe(true);
  });

  it('nudges the approver at 09:00 once a request has waited more than a working day, until decided', async () => {
    sim = await leaveSim(at('2026-11-02T15:00:00+08:00'));
    await submitLeave(sim, 'S011', '12月7日到9日请年假 回老家');
    const nudges = (sent: { to?: string; text: string; at: string }[]) =>
      sent.filter((s) => s.text.includes('【审批提醒】'));
    expect(nudges(await sim.advanceTo(at('2026-11-03T12:00:00+08:00')))).toEqual([]);
    const wednesday = nudges(await sim.advanceTo(at('2026-11-04T12:00:00+08:00')));
    expect(wednesday).toHaveLength(1);
    expect(wednesday[0]).toMatchObject({ to: 'S010', at: '2026-11-04T01:00:00.000Z' });
    expect(wednesday[0]!.text).toContain('第1号 郑雨（长者服务组）年假');
    await sim.say('S010', '同意');
    // The head's step started on Wednesday at noon: Thursday is too early, Friday is due.
    expect(nudges(await sim.advanceTo(at('2026-11-05T12:00:00+08:00')))).toEqual([]);
    const friday = nudges(await sim.advanceTo(at('2026-11-06T12:00:00+08:00')));
    expect(friday.map((s) => s.to)).toEqual(['S003']);
    await sim.say('S003', '同意 1');
    await sim.say('S001', '同意 1');
    expect(nudges(await sim.advanceTo(at('2026-11-12T12:00:00+08:00')))).toEqual([]);
  });

  it('sends no nudge on a weekend', async () => {
    sim = await leaveSim(at('2026-11-05T10:00:00+08:00'));
    await submitLeave(sim, 'S011', '12月7日到9日请年假 回老家');
    const sent = (await sim.advanceTo(at('2026-11-09T12:00:00+08:00'))).filter((s) => s.text.includes('【审批提醒】'));
    expect(sent.map((s) => s.at)).toEqual(['2026-11-09T01:00:00.000Z']);
  });
});
