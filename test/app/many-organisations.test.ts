import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../app/app.ts';
import { MemoryChannel } from '../../bot/channels/memory/memory-channel.ts';
import { staffIdRoute } from '../../bot/channels/staff-id-route.ts';
import { ManualClock } from '../../bot/clock.ts';
import { silentLogger } from '../../bot/logger.ts';
import { rowCounts } from '../../data/db/backup-database.ts';
import { listOrgFolders, orgDatabase } from '../../data/db/org-database.ts';
import { openDatabase } from '../../data/db/open-database.ts';
import { loadOrg, SAMPLE_ORG_DIR } from '../../data/org/load-org.ts';
import { tempDbPath } from '../fakes/org-fixture.ts';

const START = new Date('2026-12-07T09:00:00+08:00');
const apps: App[] = [];
afterEach(async () => {
  for (const app of apps.splice(0)) await app.stop();
});

/** ORGS_DIR with two organisations; B has no 郑雨 (S011), its own name and a WeCom account. */
function orgsDir(): string {
  const root = mkdtempSync(join(tmpdir(), 'tonggong-orgs-'));
  for (const id of ['org-a', 'org-b']) cpSync(SAMPLE_ORG_DIR, join(root, id), { recursive: true });
  const b = join(root, 'org-b');
  const info = JSON.parse(readFileSync(join(b, 'org.json'), 'utf8'));
  const accounts = { wecom: { botIdEnv: 'ORG_B_WECOM_BOT_ID', secretEnv: 'ORG_B_WECOM_SECRET' } };
  writeFileSync(join(b, 'org.json'), JSON.stringify({ ...info, name: '乙机构', accounts }));
  const staff = readFileSync(join(b, 'staff.csv'), 'utf8').split('\n');
  writeFileSync(join(b, 'staff.csv'), staff.filter((l) => !l.startsWith('S011,')).join('\n'));
  mkdirSync(join(root, 'not-an-org'));
  return root;
}

async function orgApp(dir: string, database: string) {
  const clock = new ManualClock(START);
  const channel = new MemoryChannel('wecom', () => clock.now());
  const app = await createApp({
    orgDir: dir,
    org: loadOrg(dir),
    db: await openDatabase(database),
    clock,
    log: silentLogger(),
    routes: () => [staffIdRoute(channel)],
    shared: {},
  });
  apps.push(app);
  await app.start();
  return { app, channel };
}

describe('many organisations in one deployment', () => {
  it('gives each organisation folder its own data: a schema on PostgreSQL, a file on SQLite', () => {
    expect(orgDatabase('postgres://db.internal/tonggong', 'Org-A')).toBe(
      'postgres://db.internal/tonggong?schema=org_org_a',
    );
    expect(orgDatabase('var/tonggong.db', 'org-a')).toBe(join('var', 'orgs', 'org_a.db'));
    const root = orgsDir();
    expect(listOrgFolders(root, 'var/tonggong.db').map((o) => o.id)).toEqual(['org-a', 'org-b']);
    cpSync(join(root, 'org-a'), join(root, 'Org_A'), { recursive: true });
    expect(() => listOrgFolders(root, 'var/tonggong.db')).toThrow(/would share data/);
  });

  it('never lets a person of one organisation be answered, counted or planned for in another', async () => {
    const root = orgsDir();
    const base = tempDbPath();
    const [a, b] = listOrgFolders(root, base);
    const orgA = await orgApp(a!.dir, a!.database);
    const orgB = await orgApp(b!.dir, b!.database);
    await orgA.channel.receive({ from: 'S011', text: '你好' });
    expect(orgA.channel.take().length).toBeGreaterThan(0);
    // 郑雨 writing to B's account is a stranger there: B knows nothing of A's people.
    await orgB.channel.receive({ from: 'S011', text: '同意 1' });
    const reply = orgB.channel
      .take()
      .map((s) => s.message.text)
      .join('\n');
    expect(reply).not.toMatch(/郑雨|同心/);
    await orgA.app.scheduler.runDue(START);
    const countsA = await rowCounts(orgA.app.db);
    const countsB = await rowCounts(orgB.app.db);
    expect(countsA.processed_messages).toBe(1);
    expect(countsB.processed_messages).toBe(1);
    expect(countsB.conversations).toBe(0);
    expect(countsB.outbox).toBe(0);
    expect(countsB.leave_requests ?? 0).toBe(0);

    const res = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'app/cli/main.ts', 'orgs', '--orgs-dir', root, '--db', base, '--json'],
      { encoding: 'utf8', env: { ...process.env, LOG_LEVEL: 'silent' } },
    );
    expect(res.status, res.stderr).toBe(0);
    const rows = JSON.parse(res.stdout);
    expect(rows.map((r: { org: string; name: string; health: string }) => [r.org, r.name, r.health])).toEqual([
      ['org-a', '同心社会工作服务中心（示例机构）', 'ok'],
      ['org-b', '乙机构', 'ok'],
    ]);
    expect(rows[0].holder).toMatch(/\/\d+\//);
    // The channels each names accounts for: A none (its sends wait in the outbox), B WeCom.
    expect(rows.map((r: { accounts: string[] }) => r.accounts)).toEqual([[], ['wecom']]);
  });
});
