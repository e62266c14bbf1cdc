import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { Simulation } from '../../../app/simulation/simulation.ts';
import { rowCounts } from '../../../data/db/backup-database.ts';
import { copyDatabase } from '../../../data/db/copy-database.ts';
import { openDatabase, type Db } from '../../../data/db/open-database.ts';
import { onPostgres } from '../../fakes/test-store.ts';

const START = new Date('2026-12-07T09:00:00+08:00');

/** A week's work: a leave approved in two steps, a notice confirmed, a question HR must answer. */
async function fill(location: string): Promise<void> {
  const sim = await Simulation.create({ start: START, dbPath: location });
  await sim.say('S011', '下周三请一天事假 陪孩子看病');
  await sim.say('S011', '确认');
  await sim.say('S010', '同意 1');
  await sim.say('S003', '同意 1');
  await sim.say('S005', '发通知 全体 周五下午消防演练');
  await sim.say('S005', '现在');
  await sim.say('S005', '确认');
  await sim.advanceTo(new Date(START.getTime() + 30 * 60_000));
  await sim.say('S011', '收到');
  await sim.say('S011', '个案档案要保存几年');
  await sim.close();
}

/** Every row of every table, in id order where there is one: the copy must hold exactly these. */
async function everything(db: Db): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of Object.keys(await rowCounts(db))) {
    const rows = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(db);
    out[table] = rows.rows.map((r) => JSON.stringify(r)).sort();
  }
  return out;
}

const dir = () => mkdtempSync(join(tmpdir(), 'tonggong-copy-'));
const server = process.env.TONGGONG_TEST_STORE;

describe('copying an organisation to another database', () => {
  it('copies every row, requests before their approvals, and refuses a target that has data', async () => {
    const d = dir();
    await fill(join(d, 'live.db'));
    const from = await openDatabase(join(d, 'live.db'));
    const to = await openDatabase(join(d, 'copy.db'));
    try {
      const counts = await copyDatabase(from, to);
      expect(counts.leave_requests).toBe(1);
      expect(counts.leave_approvals).toBeGreaterThan(0);
      expect(counts.notice_recipients).toBeGreaterThan(0);
      expect(await everything(to)).toEqual(await everything(from));
      await expect(copyDatabase(from, to)).rejects.toThrow(/not empty/);
    } finally {
      await from.destroy();
      await to.destroy();
    }
  });

  it.runIf(onPostgres)(
    'moves an SQLite organisation to PostgreSQL, where new requests continue the numbering',
    async () => {
      const d = dir();
      await fill(join(d, 'live.db'));
      const url = new URL(server!);
      url.searchParams.set('schema', `copy_${Date.now().toString(36)}_${process.pid}`);
      const from = await openDatabase(join(d, 'live.db'));
      const to = await openDatabase(url.toString());
      try {
        await copyDatabase(from, to);
        expect(await everything(to)).toEqual(await everything(from));
      } finally {
        await from.destroy();
        await to.destroy();
      }
      // The bot on the copy: the next request is number 2, not a clash with the copied number 1.
      const sim = await Simulation.create({ start: new Date(START.getTime() + 3_600_000), dbPath: url.toString() });
      try {
        await sim.say('S012', '下周四请一天事假 家里有事');
        const [submitted] = await sim.say('S012', '确认');
        expect(submitted!.text).toContain('第2号');
      } finally {
        await sim.close();
        const db = await openDatabase(url.toString());
        await sql`drop schema if exists ${sql.id(url.searchParams.get('schema')!)} cascade`.execute(db);
        await db.destroy();
      }
    },
  );
});
