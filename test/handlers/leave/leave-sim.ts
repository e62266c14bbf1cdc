import { expect } from 'vitest';
import { Simulation, type SimulatedSend } from '../../../app/simulation/simulation.ts';
import { LeaveRequestsRepo } from '../../../data/repos/leave-requests-repo.ts';
import { loadOrg, SAMPLE_ORG_DIR } from '../../../data/org/load-org.ts';
import type { HrCopies } from '../../../data/org/org-info.ts';

/** Monday 2 November 2026, 10:00 in Shanghai. */
export const MONDAY = new Date('2026-11-02T10:00:00+08:00');

/**
 * The bot on the sample organisation. HR's copies go to every HR officer at once here (not in
 * the default daily digest), so a test sees each copy with the step that caused it. With a
 * `dbPath`, a second call on the same file is a restart.
 */
export async function leaveSim(
  start: Date = MONDAY,
  orgDir?: string,
  hrCopies: HrCopies = { mode: 'every-hr' },
  dbPath?: string,
): Promise<Simulation> {
  const org = loadOrg(orgDir ?? SAMPLE_ORG_DIR);
  const withCopies = { ...org, info: { ...org.info, hrCopies } };
  return Simulation.create({ start, orgDir: org.dir, org: withCopies, ...(dbPath ? { dbPath } : {}) });
}

/** What one person (or room) got. */
export function to(sent: readonly SimulatedSend[], who: string): string[] {
  return sent.filter((s) => s.to === who || s.room === who).map((s) => s.text);
}

export function one(sent: readonly SimulatedSend[], who: string): string {
  const got = to(sent, who);
  if (got.length !== 1)
    throw new Error(`expected one message to ${who}, got ${got.length}: ${JSON.stringify(sent, null, 1)}`);
  return got[0]!;
}

/** Asks for leave and confirms it; returns the request number. */
export async function submitLeave(sim: Simulation, staffId: string, text: string): Promise<number> {
  const readBack = await sim.say(staffId, text);
  const rb = one(readBack, staffId);
  if (!rb.includes('请核对')) throw new Error(`no read-back: ${rb}`);
  const sent = await sim.say(staffId, '确认');
  const m = /编号第(\d+)号/.exec(to(sent, staffId).join('\n'));
  if (!m) throw new Error(`not submitted: ${JSON.stringify(sent)}`);
  return Number(m[1]);
}

/** Approves every step of a request, whoever holds it next. */
export async function approveAll(s: Simulation, id: number): Promise<void> {
  for (let i = 0; i < 4; i++) {
    const waiting = await s.app.db
      .selectFrom('leave_approvals')
      .select('approver_id')
      .where('request_id', '=', id)
      .where('status', '=', 'waiting')
      .executeTakeFirst();
    if (!waiting) return;
    await s.say(waiting.approver_id, `同意 ${id}`);
  }
}

/** Four requests waiting on 林晓 (S010, lead of 长者服务组): numbers 1–4, one per member. */
export async function fourWaitingOnLead(): Promise<Simulation> {
  const sim = await leaveSim();
  expect(await submitLeave(sim, 'S011', '12月7日到9日请年假 回老家')).toBe(1);
  expect(await submitLeave(sim, 'S012', '下周二请事假，家里有事')).toBe(2);
  expect(await submitLeave(sim, 'S013', '下周三请事假，家里有事')).toBe(3);
  expect(await submitLeave(sim, 'S014', '下周四请事假，孩子开家长会')).toBe(4);
  return sim;
}

/** Each request's first step (the lead's) as it stands, by request number. */
export async function firstSteps(
  sim: Simulation,
  ids: readonly number[] = [1, 2, 3, 4],
): Promise<Record<number, string>> {
  const repo = new LeaveRequestsRepo(sim.app.db);
  const out: Record<number, string> = {};
  for (const id of ids) out[id] = (await repo.steps(id)).find((s) => s.seq === 1)?.status ?? 'none';
  return out;
}
