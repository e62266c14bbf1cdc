import { sql } from 'kysely';
import { isPostgresUrl } from '../../data/db/dialect.ts';
import { connectPostgres } from '../../data/db/open-postgres.ts';
import type { OrgFolder } from '../../data/db/org-database.ts';
import { loadOrg } from '../../data/org/load-org.ts';
import { percentile } from '../bench-row.ts';
import { checkMonth, type MonthCheck } from './month-checks.ts';
import { MonthFleet } from './month-fleet.ts';
import type { ChatItem } from './month-instance-process.ts';
import { monthOrgs } from './month-orgs.ts';
import { seedMonth } from './month-seed.ts';

export interface MonthScale {
  readonly instances: number;
  readonly orgs: number;
  readonly staff: number;
  readonly messages: number;
}

export interface MonthResult {
  readonly check: MonthCheck;
  readonly sends: number;
  readonly messagesPerSecond: number;
  readonly sendsPerSecond: number;
  readonly answerP99Ms: number;
  /** From the kill -9 until another instance held every account the killed one held. */
  readonly leaseMoveMs?: number;
  readonly wallSeconds: number;
}

const START = new Date('2026-12-01T00:00:00+08:00');
const END = new Date('2027-01-01T00:00:00+08:00');
/** Chat messages arrive every 6 simulated hours, between the instants something falls due. */
const TICK_MS = 6 * 3_600_000;
/** The third notice to everyone: the first instance is killed while it goes out. */
const KILL_AT = new Date('2026-12-17T09:30:00+08:00');
const TEXTS = ['年假有几天', '帮助', '婚假有几天', '你好', '病假怎么请'];

/** The month's chat messages, spread over the organisations and their people. */
function chatItems(orgs: readonly OrgFolder[], count: number): ChatItem[] {
  const people = orgs.map((o) => loadOrg(o.dir).directory.all.map((p) => p.id));
  return Array.from({ length: count }, (_, j) => {
    const k = j % orgs.length;
    const ids = people[k]!;
    return { org: orgs[k]!.id, from: ids[(j * 7 + k) % ids.length]!, text: TEXTS[j % TEXTS.length]! };
  });
}

/**
 * A simulated December for `scale` on `base` (a PostgreSQL URL: a schema per organisation; an
 * SQLite path: a file each): the instance processes step the month together through every instant
 * something falls due, the chat messages arrive every 6 hours, and with `kill` the first instance
 * is SIGKILLed while the third notice goes out, then restarted. Checked from the data after.
 */
export async function runMonth(scale: MonthScale, base: string, kill: boolean): Promise<MonthResult> {
  const began = performance.now();
  const orgs = monthOrgs(scale.orgs, scale.staff, base, `mb${Date.now().toString(36).slice(-6)}`);
  await seedMonth(orgs, START);
  const fleet = await MonthFleet.start(orgs, scale.instances, START);
  const items = chatItems(orgs, scale.messages);
  const ticks: Date[] = [];
  for (let t = START.getTime() + TICK_MS; t <= END.getTime(); t += TICK_MS) ticks.push(new Date(t));
  let stepMs = 0;
  let chatMs = 0;
  let leaseMoveMs: number | undefined;
  const answers: number[] = [];
  await fleet.step(START);
  for (const [i, tick] of ticks.entries()) {
    for (;;) {
      const to = fleet.nextDue && fleet.nextDue < tick ? fleet.nextDue : tick;
      const t0 = performance.now();
      if (kill && leaseMoveMs === undefined && to >= KILL_AT) {
        const { movedMs, pausedMs } = await fleet.killDuring(to);
        leaseMoveMs = movedMs;
        stepMs -= pausedMs;
      } else await fleet.step(to);
      stepMs += performance.now() - t0;
      if (to.getTime() === tick.getTime()) break;
    }
    const t1 = performance.now();
    const from = Math.floor((i * items.length) / ticks.length);
    answers.push(...(await fleet.chat(items.slice(from, Math.floor(((i + 1) * items.length) / ticks.length)))));
    chatMs += performance.now() - t1;
  }
  await fleet.stop();
  const check = await checkMonth(orgs, fleet.logs);
  if (isPostgresUrl(base)) await dropSchemas(base, orgs);
  answers.sort((a, b) => a - b);
  return {
    check,
    sends: fleet.sends,
    messagesPerSecond: (answers.length / chatMs) * 1000,
    sendsPerSecond: (fleet.sends / stepMs) * 1000,
    answerP99Ms: percentile(answers, 99),
    ...(leaseMoveMs !== undefined ? { leaseMoveMs } : {}),
    wallSeconds: (performance.now() - began) / 1000,
  };
}

/** Connected without migrating: opening the server's own schema must not put our tables in it. */
async function dropSchemas(base: string, orgs: readonly OrgFolder[]): Promise<void> {
  const db = await connectPostgres(base);
  for (const o of orgs) {
    const schema = new URL(o.database).searchParams.get('schema')!;
    await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(db);
  }
  await db.destroy();
}
