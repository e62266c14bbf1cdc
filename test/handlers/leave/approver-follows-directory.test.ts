import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Simulation, type SimulatedSend } from '../../../app/simulation/simulation.ts';
import { copySampleOrg, tempDbPath } from '../../fakes/org-fixture.ts';

let sim: Simulation | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

/** Rewrites staff.csv in the org copy: `edit` gets and returns the lines. */
function editStaff(dir: string, edit: (lines: string[]) => string[]): void {
  const file = join(dir, 'staff.csv');
  writeFileSync(file, `${edit(readFileSync(file, 'utf8').trimEnd().split('\n')).join('\n')}\n`);
}

/** 林晓 (S010) leaves the 长者服务组 lead role; 钱多多 (S014) takes it. */
const newTeamLead = (lines: string[]) =>
  lines.map((l) =>
    l.startsWith('S010,')
      ? l.replace('team_lead|social_worker', 'social_worker')
      : l.startsWith('S014,')
        ? l.replace(',social_worker,', ',team_lead|social_worker,')
        : l,
  );

async function start(dir: string): Promise<Simulation> {
  return Simulation.create({ orgDir: dir, start: new Date('2026-12-01T09:00:00+08:00') });
}

const to = (sends: readonly SimulatedSend[], who: string) =>
  sends
    .filter((s) => s.to === who)
    .map((s) => s.text)
    .join('\n');

/** Reloads the directory and collects what the bot sends while open approvals are rerouted. */
async function reload(s: Simulation, until: (sent: SimulatedSend[]) => boolean): Promise<SimulatedSend[]> {
  expect(await s.app.store.reload()).toBeNull();
  const sent: SimulatedSend[] = [];
  await vi.waitFor(() => {
    sent.push(...s.drain());
    expect(until(sent)).toBe(true);
  });
  return sent;
}

describe('who approves follows the directory', () => {
  it('a lead removed from the role can no longer approve; the new lead is sent the request and can', async () => {
    const dir = copySampleOrg();
    sim = await start(dir);
    await sim.say('S011', '12月14日请事假，家里有事');
    const submitted = await sim.say('S011', '确认');
    expect(to(submitted, 'S010')).toContain('【请假待审批】第1号');

    editStaff(dir, newTeamLead);
    const sent = await reload(sim, (s) => s.some((m) => m.to === 'S014'));
    expect(to(sent, 'S014')).toContain('【请假待审批】第1号');
    expect(to(sent, 'S010')).toBe('');

    expect(to(await sim.say('S010', '同意 1'), 'S010')).not.toMatch(/已同意|已转/);
    const approved = await sim.say('S014', '同意 1');
    expect(to(approved, 'S014')).toContain('第1号');
    expect(to(approved, 'S003')).toContain('【请假待审批】第1号');
    const audit = await sim.app.db.selectFrom('approver_changes').selectAll().execute();
    expect(audit).toEqual([
      expect.objectContaining({ kind: 'leave', request_id: 1, seq: 1, from_id: 'S010', to_id: 'S014' }),
    ]);
  });

  // The decision asks the directory, so it follows the file read at start.
  it('after a restart on a changed staff.csv the new lead can approve, the old one can’t', async () => {
    const dir = copySampleOrg();
    const dbPath = tempDbPath();
    const first = await Simulation.create({ orgDir: dir, dbPath, start: new Date('2026-12-01T09:00:00+08:00') });
    await first.say('S011', '12月14日请事假，家里有事');
    await first.say('S011', '确认');
    await first.close();
    editStaff(dir, newTeamLead);
    sim = await Simulation.create({ orgDir: dir, dbPath, start: new Date('2026-12-01T10:00:00+08:00') });
    expect(to(await sim.say('S010', '同意 1'), 'S010')).not.toMatch(/已同意|已转/);
    expect(to(await sim.say('S014', '同意 1'), 'S003')).toContain('【请假待审批】第1号');
  });

  it('HR is told about an open request nobody can approve after the reload', async () => {
    const dir = copySampleOrg();
    sim = await start(dir);
    await sim.say('S002', '12月14日请事假，家里有事');
    expect(to(await sim.say('S002', '确认'), 'S001')).toContain('【请假待审批】');
    editStaff(dir, (lines) => lines.filter((l) => !l.startsWith('S001,')));
    const sent = await reload(sim, (s) => s.some((m) => m.to === 'S006'));
    expect(to(sent, 'S005')).toContain('【审批无人】第1号请假');
    expect(to(sent, 'S005')).toContain('机构负责人');
    expect(to(sent, 'S006')).toContain('原来请的是S001');
  });

  it('overtime follows the new lead too', async () => {
    const dir = copySampleOrg();
    sim = await start(dir);
    await sim.say('S011', '加班登记 11月30日 18:00-21:00 社区活动');
    await sim.say('S011', '确认');
    editStaff(dir, newTeamLead);
    const sent = await reload(sim, (s) => s.some((m) => m.to === 'S014'));
    expect(to(sent, 'S014')).toContain('加班1');
    expect(to(await sim.say('S010', '同意 加班1'), 'S010')).not.toContain('已批准');
    expect(to(await sim.say('S014', '同意 加班1'), 'S011')).toContain('加班');
  });
});
