import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../data/db/open-database.ts';
import { OutboxRepo } from '../../data/repos/outbox-repo.ts';
import { tempDbPath } from '../fakes/org-fixture.ts';

const WORKER = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'outbox-worker.ts');
const BATCH = 1000;

function start(env: Record<string, string>): {
  child: ChildProcess;
  output: () => string;
  exit: Promise<number | null>;
} {
  const child = spawn(process.execPath, ['--import', 'tsx', WORKER], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => out, exit };
}

function deliveries(log: string): Map<string, number> {
  const counts = new Map<string, number>();
  if (!existsSync(log)) return counts;
  for (const line of readFileSync(log, 'utf8').split('\n').filter(Boolean)) {
    const key = line.split(' ')[1]!;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

async function sentRows(db: string): Promise<number> {
  const database = await openDatabase(db);
  try {
    return (await new OutboxRepo(database).countByStatus()).sent;
  } finally {
    await database.destroy();
  }
}

async function outboxRows(db: string): Promise<{ recipient: string; status: string }[]> {
  const database = await openDatabase(db);
  try {
    return (await new OutboxRepo(database).list()).map((r) => ({ recipient: r.recipient, status: r.status }));
  } finally {
    await database.destroy();
  }
}

function expectEachOnce(counts: Map<string, number>): void {
  expect(counts.size).toBe(BATCH);
  expect([...counts.values()].filter((n) => n !== 1)).toEqual([]);
  for (let i = 0; i < BATCH; i++) expect(counts.has(`r${i}`)).toBe(true);
}

describe('no loss, and at most the message in flight twice, across processes', () => {
  it('a process killed in the middle of 1,000 sends, then restarted: each message sent once', async () => {
    const db = tempDbPath();
    const log = join(dirname(db), 'deliveries.log');
    // Killed with the 400th send claimed but not yet delivered: the worst moment to die.
    const first = start({ DB: db, LOG: log, BATCH: String(BATCH), HANG_AT: '400', TAG: 'first' });
    await new Promise<void>((resolve, reject) => {
      const timer = setInterval(() => {
        if (first.output().includes('HANG')) {
          clearInterval(timer);
          resolve();
        }
      }, 20);
      void first.exit.then(() => {
        clearInterval(timer);
        reject(new Error(`worker exited before hanging:\n${first.output()}`));
      });
    });
    first.child.kill('SIGKILL');
    await first.exit;
    expect(deliveries(log).size).toBe(399);

    const second = start({ DB: db, LOG: log, BATCH: String(BATCH), TAG: 'second' });
    expect(await second.exit).toBe(0);
    expect(second.output()).toContain('DONE 601');
    expectEachOnce(deliveries(log));
    expect(await sentRows(db)).toBe(BATCH);
  }, 120_000);

  it('a process killed between a channel accepting a send and its mark: only that one twice, none lost', async () => {
    const db = tempDbPath();
    const log = join(dirname(db), 'deliveries.log');
    const first = start({ DB: db, LOG: log, BATCH: String(BATCH), CRASH_AT: '400', TAG: 'first' });
    expect(await first.exit).toBeNull(); // killed by the signal
    expect(deliveries(log).size).toBe(400);
    // Everything accepted before it was marked at once; the one in flight is still recorded as such.
    const rows = await outboxRows(db);
    expect(rows.filter((r) => r.status === 'sent')).toHaveLength(399);
    expect(rows.filter((r) => r.status === 'sending').map((r) => r.recipient)).toEqual(['r399']);

    const second = start({ DB: db, LOG: log, BATCH: String(BATCH), TAG: 'second' });
    expect(await second.exit).toBe(0);
    const counts = deliveries(log);
    expect(counts.size).toBe(BATCH);
    expect([...counts].filter(([, n]) => n !== 1)).toEqual([['r399', 2]]);
    expect(await sentRows(db)).toBe(BATCH);
  }, 120_000);

  it('two processes on one database file over the same window: each message sent once', async () => {
    const db = tempDbPath();
    const log = join(dirname(db), 'deliveries.log');
    // Create the schema first, as a deployment does, so the two don't race to migrate.
    await (await openDatabase(db)).destroy();
    const a = start({ DB: db, LOG: log, BATCH: String(BATCH), TAG: 'a', DELAY_MS: '1' });
    const b = start({ DB: db, LOG: log, BATCH: String(BATCH), TAG: 'b', DELAY_MS: '1' });
    const [codeA, codeB] = await Promise.all([a.exit, b.exit]);
    expect([codeA, codeB], `${a.output()}\n${b.output()}`).toEqual([0, 0]);
    expectEachOnce(deliveries(log));
    expect(await sentRows(db)).toBe(BATCH);
  }, 120_000);
});
