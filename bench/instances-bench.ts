import { spawn } from 'node:child_process';
import { sql } from 'kysely';
import { createApp } from '../app/app.ts';
import { AccountLease } from '../app/instance/account-lease.ts';
import { MemoryChannel } from '../bot/channels/memory/memory-channel.ts';
import { staffIdRoute } from '../bot/channels/staff-id-route.ts';
import { ManualClock } from '../bot/clock.ts';
import { silentLogger } from '../bot/logger.ts';
import { openDatabase, type Db } from '../data/db/open-database.ts';
import { redactLocation } from '../data/db/database-open-error.ts';
import { loadOrg, SAMPLE_ORG_DIR } from '../data/org/load-org.ts';
import { processOwner } from '../scheduler/process-owner.ts';
import type { BenchRow } from './bench-row.ts';
import { tempDbFile } from './temp-db.ts';

const MESSAGES = 300;
const START = new Date('2026-12-07T09:00:00+08:00');

/** Messages per second through the real dispatcher, with per-person turns (shared) or without. */
async function messagesPerSecond(location: string, shared: boolean): Promise<number> {
  const clock = new ManualClock(START);
  const channel = new MemoryChannel('wecom', () => clock.now());
  const org = loadOrg();
  const app = await createApp({
    orgDir: SAMPLE_ORG_DIR,
    org,
    db: await openDatabase(location),
    clock,
    log: silentLogger(),
    routes: () => [staffIdRoute(channel)],
    ...(shared ? { shared: {} } : {}),
  });
  await app.start();
  const people = org.directory.all.slice(0, 30).map((p) => p.id);
  const t0 = performance.now();
  // Ten at a time, as messages from many people arrive together.
  for (let i = 0; i < MESSAGES; i += 10) {
    await Promise.all(
      Array.from({ length: 10 }, (_, k) => channel.receive({ from: people[(i + k) % people.length]!, text: '帮助' })),
    );
  }
  const ms = performance.now() - t0;
  await app.stop();
  return (MESSAGES / ms) * 1000;
}

/** Kills a lease holder with SIGKILL and times until a standby here holds the accounts. */
async function takeover(url: string, remote: boolean): Promise<number> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/lease-holder-process.ts'], {
    env: { ...process.env, DB: url, ...(remote ? { REMOTE: '1' } : {}) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (d) => (String(d).includes('HELD') ? resolve() : reject(new Error(String(d)))));
    child.on('exit', (code) => reject(new Error(`lease holder exited ${code}`)));
  });
  const db = await openDatabase(url);
  const standby = new AccountLease({
    db,
    owner: processOwner(),
    log: silentLogger(),
    onGained: async () => {},
    onLost: async () => {},
  });
  await standby.start();
  if (standby.held) throw new Error('the standby held the lease while the holder lived');
  child.kill('SIGKILL');
  const killed = performance.now();
  while (!standby.held) await new Promise((r) => setTimeout(r, 50));
  const ms = performance.now() - killed;
  await standby.stop();
  await db.destroy();
  return ms;
}

async function dropSchema(url: string): Promise<void> {
  const db: Db = await openDatabase(url);
  await sql`drop schema if exists ${sql.id(new URL(url).searchParams.get('schema')!)} cascade`.execute(db);
  await db.destroy();
}

/** Several instances: the cost of per-person turns, and how fast a killed holder's accounts move. */
export async function benchInstances(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const sqliteOff = await messagesPerSecond(tempDbFile(), false);
  const sqliteOn = await messagesPerSecond(tempDbFile(), true);
  rows.push({
    name: `Instances: messages/s without / with per-person turns (SQLite, ${MESSAGES} msgs)`,
    value: `${sqliteOff.toFixed(0)} / ${sqliteOn.toFixed(0)}`,
  });
  const server = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://127.0.0.1:5432/test';
  const at = (schema: string) => {
    const u = new URL(server);
    u.searchParams.set('schema', `${schema}_${process.pid}`);
    return u.toString();
  };
  try {
    const pgOff = await messagesPerSecond(at('bench_turns_off'), false);
    const pgOn = await messagesPerSecond(at('bench_turns_on'), true);
    rows.push({
      name: `Instances: messages/s without / with per-person turns (PostgreSQL, ${MESSAGES} msgs)`,
      value: `${pgOff.toFixed(0)} / ${pgOn.toFixed(0)}`,
    });
    const local = await takeover(at('bench_lease_local'), false);
    rows.push({
      name: 'Instances: accounts move after kill -9 of the holder (same machine)',
      value: `${(local / 1000).toFixed(1)} s`,
      target: '≤ 30 s',
      ok: local <= 30_000,
    });
    const remote = await takeover(at('bench_lease_remote'), true);
    rows.push({
      name: 'Instances: accounts move after kill -9 of the holder (other machine: lease runs out)',
      value: `${(remote / 1000).toFixed(1)} s`,
      target: '≤ 30 s',
      ok: remote <= 30_000,
    });
    for (const s of ['bench_turns_off', 'bench_turns_on', 'bench_lease_local', 'bench_lease_remote'])
      await dropSchema(at(s));
  } catch (error) {
    const why = error instanceof Error ? error.message.split('\n')[0] : String(error);
    rows.push({ name: 'Instances: on PostgreSQL', value: `not run: ${redactLocation(server)} (${why})` });
  }
  return rows;
}
