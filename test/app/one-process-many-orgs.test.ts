import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { OrgSupervisor } from '../../app/instance/org-supervisor.ts';
import { startOrg } from '../../app/instance/start-org.ts';
import { MemoryChannel } from '../../bot/channels/memory/memory-channel.ts';
import { staffIdRoute } from '../../bot/channels/staff-id-route.ts';
import { ManualClock } from '../../bot/clock.ts';
import { silentLogger } from '../../bot/logger.ts';
import { SAMPLE_ORG_DIR } from '../../data/org/load-org.ts';
import { listOrgFolders } from '../../data/db/org-database.ts';
import { openDatabase } from '../../data/db/open-database.ts';
import { LeasesRepo } from '../../data/repos/leases-repo.ts';
import { ACCOUNTS_LEASE } from '../../app/instance/account-lease.ts';
import { processOwner } from '../../scheduler/process-owner.ts';
import { OpsMetrics } from '../../web/ops/ops-metrics.ts';
import { opsRoutes } from '../../web/ops/ops-routes.ts';
import { tempDbPath } from '../fakes/org-fixture.ts';

const NOW = new Date('2026-12-07T10:00:00+08:00');
const TTL = 2000;
const EVERY = 100;
const B_ANSWER = '乙机构年假：入职满一年每年12天。';
const running: OrgSupervisor[] = [];
afterEach(async () => {
  for (const s of running.splice(0)) await s.stop();
});

/** A copy of the sample organisation; `b`: its own name, no 郑雨 (S011), its own annual-leave answer. */
function addOrg(root: string, id: string, kind: 'a' | 'b' = 'a'): void {
  const dir = join(root, id);
  cpSync(SAMPLE_ORG_DIR, dir, { recursive: true });
  if (kind === 'a') return;
  const info = JSON.parse(readFileSync(join(dir, 'org.json'), 'utf8'));
  writeFileSync(join(dir, 'org.json'), JSON.stringify({ ...info, name: '乙机构' }));
  const staff = readFileSync(join(dir, 'staff.csv'), 'utf8').split('\n');
  writeFileSync(join(dir, 'staff.csv'), staff.filter((l) => !l.startsWith('S011,')).join('\n'));
  const faq = readFileSync(join(dir, 'faq.csv'), 'utf8').split('\n');
  const annual = faq.findIndex((l) => l.startsWith('年假有几天'));
  faq[annual] = `年假有几天|年休假怎么算,${B_ANSWER},,`;
  writeFileSync(join(dir, 'faq.csv'), faq.join('\n'));
}

function orgsDir(...orgs: [string, 'a' | 'b'][]): string {
  const root = mkdtempSync(join(tmpdir(), 'tonggong-orgs-'));
  for (const [id, kind] of orgs) addOrg(root, id, kind);
  return root;
}

/**
 * One `npm start` with ORGS_DIR, its chat accounts memory channels (one per organisation, by folder
 * name; `quiet` folders name no account). The scheduler does not tick: these tests are about messages.
 */
async function supervisor(root: string, base: string, rescanMs = 60_000) {
  const clock = new ManualClock(NOW);
  const owner = processOwner();
  const channels = new Map<string, MemoryChannel>();
  const s = new OrgSupervisor({
    orgsDir: root,
    base,
    owner,
    log: silentLogger(),
    rescanMs,
    leaseEveryMs: EVERY,
    leaseTtlMs: TTL,
    start: (folder) =>
      startOrg(folder, {
        clock,
        log: silentLogger(),
        owner,
        leaseTtlMs: TTL,
        ticker: () => async () => {},
        routes: async (f) => {
          const channel = new MemoryChannel('wecom', () => clock.now());
          channels.set(f.id, channel);
          return { channels: f.id.includes('quiet') ? [] : ['wecom'], routes: () => [staffIdRoute(channel)] };
        },
      }),
  });
  running.push(s);
  await s.start();
  const held = () => [...s.orgs.values()].filter((r) => r.app.lease?.held).map((r) => r.folder.id);
  return { s, channels, held };
}

const until = async (check: () => boolean, ms: number) => {
  const end = Date.now() + ms;
  while (!check() && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
  return check();
};

async function ask(channel: MemoryChannel | undefined, from: string, text: string): Promise<string> {
  await channel!.receive({ from, text });
  return channel!
    .take()
    .map((m) => m.message.text)
    .join('\n');
}

async function healthz(s: OrgSupervisor) {
  const web = Fastify();
  opsRoutes(web, { metrics: new OpsMetrics(() => s.opsOrgs()) });
  const res = await web.inject({ url: '/healthz' });
  await web.close();
  return { status: res.statusCode, body: res.json() };
}

describe('one process serving every organisation folder of ORGS_DIR', () => {
  it("answers each organisation's people from its own documents and directory, never the other's", async () => {
    const { channels, held } = await supervisor(orgsDir(['org-a', 'a'], ['org-b', 'b']), tempDbPath());
    expect(held()).toEqual(['org-a', 'org-b']);
    const a = await ask(channels.get('org-a'), 'S001', '年假有几天');
    const b = await ask(channels.get('org-b'), 'S001', '年假有几天');
    expect(a).toContain('年休假5天');
    expect(a).not.toContain(B_ANSWER);
    expect(b).toContain(B_ANSWER);
    expect(b).not.toContain('年休假5天');
    // 郑雨 is in A's directory only: a stranger to B.
    expect(await ask(channels.get('org-a'), 'S011', '我的年假还剩几天')).toContain('剩余可用');
    const stranger = await ask(channels.get('org-b'), 'S011', '我的年假还剩几天');
    expect(stranger).toContain('只为本机构同工服务');
    expect(stranger).not.toMatch(/剩余可用|同心/);
  });

  it('serves a folder added while running and stops a removed one, giving its account back', async () => {
    const root = orgsDir(['org-a', 'a']);
    const { s, channels, held } = await supervisor(root, tempDbPath(), 100);
    expect(held()).toEqual(['org-a']);
    addOrg(root, 'org-b', 'b');
    expect(await until(() => held().includes('org-b'), 3000)).toBe(true);
    expect(await ask(channels.get('org-b'), 'S001', '年假有几天')).toContain(B_ANSWER);
    const removed = s.orgs.get('org-a')!;
    rmSync(join(root, 'org-a'), { recursive: true });
    expect(await until(() => !s.orgs.has('org-a'), 3000)).toBe(true);
    expect(removed.app.lease?.held).toBe(false);
    await expect(channels.get('org-a')!.receive({ from: 'S001', text: '你好' })).rejects.toThrow(/not started/);
    expect(held()).toEqual(['org-b']);
  });

  it('reports a broken folder and an organisation without accounts in /healthz while serving the others', async () => {
    const root = orgsDir(['org-a', 'a'], ['org-b-quiet', 'b'], ['org-c', 'a']);
    writeFileSync(join(root, 'org-c', 'staff.csv'), 'id,name\nS001,\n');
    const { s, channels, held } = await supervisor(root, tempDbPath());
    expect(held()).toEqual(['org-a']);
    expect(await ask(channels.get('org-a'), 'S001', '年假有几天')).toContain('年休假5天');
    const { status, body } = await healthz(s);
    expect(status).toBe(200);
    expect(body.orgs).toEqual([
      { org: 'org-a', database: 'ok', accounts: 'holder' },
      { org: 'org-b-quiet', database: 'ok', accounts: 'none', note: expect.stringContaining('outbox') },
      { org: 'org-c', database: 'not served', accounts: 'none', problem: expect.stringContaining('staff.csv') },
    ]);
  });

  it("splits the organisations' accounts between two instances; one takes the rest when the other stops", async () => {
    const root = orgsDir(['org-a', 'a'], ['org-b', 'b'], ['org-c', 'a'], ['org-d', 'a']);
    const base = tempDbPath();
    const first = await supervisor(root, base);
    expect(first.held()).toEqual(['org-a', 'org-b', 'org-c', 'org-d']);
    const second = await supervisor(root, base);
    const split = () => first.held().length === 2 && second.held().length === 2;
    expect(await until(split, 3000)).toBe(true);
    expect([...first.held(), ...second.held()].sort()).toEqual(['org-a', 'org-b', 'org-c', 'org-d']);
    // Each answers on the accounts it holds.
    const [onSecond] = second.held();
    expect(await ask(second.channels.get(onSecond!), 'S001', '年假有几天')).toMatch(/年休假5天|乙机构年假/);
    await first.s.stop();
    running.splice(running.indexOf(first.s), 1);
    expect(await until(() => second.held().length === 4, 3000)).toBe(true);
  });

  it('takes the organisations of an instance that died once its heartbeat and leases run out', async () => {
    const root = orgsDir(['org-a', 'a'], ['org-b', 'b']);
    const base = tempDbPath();
    const [, b] = listOrgFolders(root, base);
    // Another instance (on another machine) holding org-b, alive while the supervisor starts.
    const other = 'elsewhere/1/other';
    const beat = async (ms: number) => {
      for (const [location, name] of [
        [base, `instance:${other}`],
        [b!.database, ACCOUNTS_LEASE],
      ] as const) {
        const db = await openDatabase(location);
        await new LeasesRepo(db).acquire(name, other, new Date(), ms);
        await db.destroy();
      }
    };
    await beat(60_000);
    const { held } = await supervisor(root, base);
    // Two instances alive: its share is one organisation.
    expect(held()).toEqual(['org-a']);
    // The other's last renewal: then it goes silent, and both its leases run out 1 s later.
    const silent = 1000;
    await beat(silent);
    const lastBeat = Date.now();
    expect(await until(() => held().length === 2, silent + 2000)).toBe(true);
    expect(Date.now() - lastBeat).toBeGreaterThanOrEqual(silent - 50);
  });
});
