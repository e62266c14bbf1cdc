import { Simulation, type SimulatedSend } from '../../../app/simulation/simulation.ts';
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
