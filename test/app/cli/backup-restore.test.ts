import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../../app/app.ts';
import { MemoryChannel } from '../../../bot/channels/memory/memory-channel.ts';
import { staffIdRoute } from '../../../bot/channels/staff-id-route.ts';
import { ManualClock } from '../../../bot/clock.ts';
import { silentLogger } from '../../../bot/logger.ts';
import { backupDatabase, restoreDatabase, rowCounts } from '../../../data/db/backup-database.ts';
import { openDatabase } from '../../../data/db/open-database.ts';
import { postgresTarget } from '../../../data/db/open-postgres.ts';
import { loadOrg, SAMPLE_ORG_DIR } from '../../../data/org/load-org.ts';
import { onPostgres } from '../../fakes/test-store.ts';

const START = new Date('2026-12-07T08:30:00+08:00');

/** A database with a morning's work in it: messages, a conversation, planned and sent reminders. */
async function fill(location: string): Promise<Record<string, number>> {
  const clock = new ManualClock(START);
  const channel = new MemoryChannel('wecom', () => clock.now());
  const app = await createApp({
    orgDir: SAMPLE_ORG_DIR,
    org: loadOrg(),
    db: await openDatabase(location),
    clock,
    log: silentLogger(),
    routes: () => [staffIdRoute(channel)],
  });
  await app.start();
  for (const text of ['你好', '年假有几天', '我要请假']) await channel.receive({ from: 'S011', text });
  for (let m = 0; m < 120; m += 30) await app.scheduler.runDue(new Date(START.getTime() + m * 60_000));
  const counts = await rowCounts(app.db);
  await app.stop();
  return counts;
}

const dir = () => mkdtempSync(join(tmpdir(), 'tonggong-backup-'));

describe('backup and restore', () => {
  it.skipIf(onPostgres)('restores an SQLite backup into an empty file with every row', async () => {
    const d = dir();
    const before = await fill(join(d, 'live.db'));
    expect(before.processed_messages).toBe(3);
    expect(before.outbox).toBeGreaterThan(0);
    await backupDatabase(join(d, 'live.db'), join(d, 'backup.db'));
    await restoreDatabase(join(d, 'restored.db'), join(d, 'backup.db'));
    const restored = await openDatabase(join(d, 'restored.db'));
    expect(await rowCounts(restored)).toEqual(before);
    await restored.destroy();
    // Never into a database that has data: that would be a merge nobody can check.
    await expect(restoreDatabase(join(d, 'live.db'), join(d, 'backup.db'))).rejects.toThrow(/not empty/);
  });

  it.runIf(onPostgres)(
    'restores a pg_dump of an organisation schema into an empty database with every row',
    async () => {
      const server = process.env.TONGGONG_TEST_STORE!;
      const suffix = `${Date.now().toString(36)}_${process.pid}`;
      const names = [`tonggong_bk_src_${suffix}`, `tonggong_bk_dst_${suffix}`];
      const admin = new pg.Client({ connectionString: postgresTarget(server).url });
      await admin.connect();
      const urlOf = (name: string) => {
        const u = new URL(server);
        u.pathname = `/${name}`;
        u.searchParams.set('schema', 'org_a');
        return u.toString();
      };
      try {
        for (const n of names) await admin.query(`create database ${n}`);
        const before = await fill(urlOf(names[0]!));
        expect(before.processed_messages).toBe(3);
        const file = join(dir(), 'org_a.dump');
        await backupDatabase(urlOf(names[0]!), file);
        await restoreDatabase(urlOf(names[1]!), file);
        const restored = await openDatabase(urlOf(names[1]!));
        expect(await rowCounts(restored)).toEqual(before);
        await restored.destroy();
      } finally {
        for (const n of names) await admin.query(`drop database if exists ${n} with (force)`);
        await admin.end();
      }
    },
  );
});
