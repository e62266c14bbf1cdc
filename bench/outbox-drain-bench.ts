import { sql } from 'kysely';
import { openDatabase, type Db } from '../data/db/open-database.ts';
import { redactLocation } from '../data/db/database-open-error.ts';
import { OutboxRepo, type NewOutboxEntry } from '../data/repos/outbox-repo.ts';
import type { BenchRow } from './bench-row.ts';
import { tempDbFile } from './temp-db.ts';

const SIZES = [1_000, 3_000, 10_000] as const;
const DUE = new Date('2026-12-01T09:00:00+08:00');

/**
 * Draining n pending sends, as the scheduler does (claim the send due first, mark it sent), on
 * each store. Each claim used to sort every pending row, so 10× the sends took ~100× the time;
 * with the claim's index it should take ~10×. Only the drain is timed, not writing the sends.
 */
async function drain(db: Db, n: number): Promise<number> {
  const outbox = new OutboxRepo(db);
  const entries: NewOutboxEntry[] = Array.from({ length: n }, (_, i) => ({
    job: 'bench-drain',
    occurrence: String(n),
    recipient: `S${i}`,
    to: { staffId: `S${i}` },
    message: { text: '【通知】周五下午三点全体例会。收到请回复「收到」。' },
    // Spread over an hour so the claim's order (due_at, id) is not the insertion order.
    dueAt: new Date(DUE.getTime() - ((i * 7919) % 3_600_000)),
    staleAfter: new Date(DUE.getTime() + 86_400_000),
    status: 'pending',
  }));
  await outbox.expand('bench-drain', String(n), DUE, entries, DUE);
  const lease = new Date(DUE.getTime() + 60_000);
  const started = performance.now();
  let drained = 0;
  for (;;) {
    const entry = await outbox.claimNext(DUE, 'bench', lease);
    if (!entry) break;
    if (!(outbox.markSentNow(entry.id, 'bench', DUE) ?? (await outbox.markSent(entry.id, 'bench', DUE)))) {
      throw new Error(`send ${entry.id} was not marked sent`);
    }
    drained++;
  }
  const ms = performance.now() - started;
  if (drained !== n) throw new Error(`drained ${drained} of ${n} sends`);
  return ms;
}

async function benchStore(
  label: string,
  open: () => Promise<Db>,
  close: (db: Db) => Promise<void>,
): Promise<BenchRow[]> {
  const times: number[] = [];
  for (const n of SIZES) {
    const db = await open();
    try {
      times.push(await drain(db, n));
    } finally {
      await close(db);
    }
  }
  const ratio = times.at(-1)! / times[0]!;
  const growth = SIZES.at(-1)! / SIZES[0]!;
  return [
    {
      name: `Outbox: drain ${SIZES.map((n) => n.toLocaleString('en')).join(' / ')} sends (${label})`,
      value: `${times.map((ms) => `${ms.toFixed(0)}`).join(' / ')} ms`,
    },
    {
      name: `Outbox: ${SIZES.at(-1)!.toLocaleString('en')} vs ${SIZES[0]!.toLocaleString('en')} sends (${label})`,
      value: `${ratio.toFixed(1)}× the time for ${growth}× the sends`,
      // Linear is 10×; a claim that sorted every pending row made it ~100×.
      target: `≤ ${growth * 1.5}× (linear)`,
      ok: ratio <= growth * 1.5,
    },
  ];
}

/** The outbox rows for `npm run bench`: SQLite always; PostgreSQL when BENCH_DATABASE_URL's server answers. */
export async function benchOutboxDrain(): Promise<BenchRow[]> {
  const rows = await benchStore(
    'SQLite file',
    () => openDatabase(tempDbFile()),
    (db) => db.destroy(),
  );
  const server = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://127.0.0.1:5432/test';
  const schema = `bench_drain_${process.pid}`;
  const url = new URL(server);
  url.searchParams.set('schema', schema);
  try {
    const dropAndClose = async (db: Db) => {
      await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(db);
      await db.destroy();
    };
    rows.push(...(await benchStore('PostgreSQL', () => openDatabase(url.toString()), dropAndClose)));
  } catch (error) {
    const why = error instanceof Error ? error.message.split('\n')[0] : String(error);
    rows.push({ name: 'Outbox: drain on PostgreSQL', value: `not run: ${redactLocation(server)} (${why})` });
  }
  return rows;
}
