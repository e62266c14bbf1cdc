import Fastify from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../app/app.ts';
import { MemoryChannel } from '../../bot/channels/memory/memory-channel.ts';
import { staffIdRoute } from '../../bot/channels/staff-id-route.ts';
import { ManualClock } from '../../bot/clock.ts';
import { silentLogger } from '../../bot/logger.ts';
import { openDatabase } from '../../data/db/open-database.ts';
import { loadOrg, SAMPLE_ORG_DIR } from '../../data/org/load-org.ts';
import { LeasesRepo } from '../../data/repos/leases-repo.ts';
import { ACCOUNTS_LEASE } from '../../app/instance/account-lease.ts';
import type { Job } from '../../scheduler/job.ts';
import { OpsMetrics, type OpsOrg } from '../../web/ops/ops-metrics.ts';
import { opsRoutes, serveOps } from '../../web/ops/ops-routes.ts';

const DUE = new Date('2026-12-07T09:00:00+08:00');
const apps: App[] = [];
afterEach(async () => {
  for (const app of apps.splice(0)) await app.stop();
});

const job: Job = {
  name: 'batch',
  async occurrences(from, to) {
    return DUE > from && DUE <= to ? [{ key: '1', dueAt: DUE, staleAfter: new Date(DUE.getTime() + 3_600_000) }] : [];
  },
  async sends() {
    return ['S001', 'S002'].map((id) => ({ recipientKey: id, to: { staffId: id }, message: `提醒 ${id}` }));
  },
};

/** An organisation's app; `standby`: another instance holds its chat accounts, so it plans but sends nothing. */
async function orgApp(id: string, standby = false): Promise<{ app: App; channel: MemoryChannel; org: OpsOrg }> {
  const clock = new ManualClock(DUE);
  const channel = new MemoryChannel('wecom', () => clock.now());
  const app = await createApp({
    orgDir: SAMPLE_ORG_DIR,
    org: loadOrg(),
    db: await openDatabase(':memory:'),
    clock,
    log: silentLogger(),
    jobs: [job],
    routes: () => [staffIdRoute(channel)],
    shared: {},
  });
  apps.push(app);
  if (standby) await new LeasesRepo(app.db).acquire(ACCOUNTS_LEASE, 'elsewhere/1/other', new Date(), 600_000);
  await app.start();
  return { app, channel, org: { id, db: app.db, lease: app.lease, messages: () => app.messages } };
}

async function server(orgs: OpsOrg[], token?: string) {
  const web = Fastify();
  opsRoutes(web, {
    metrics: new OpsMetrics(
      () => orgs,
      () => new Date(DUE.getTime() + 90_000),
    ),
    token,
  });
  return web;
}

describe('/healthz and /metrics', () => {
  it('report each organisation: outbox by status, depth and age, messages, declined answers, leases', async () => {
    const a = await orgApp('org-a');
    const b = await orgApp('org-b', true);
    await a.channel.receive({ from: 'S011', text: '你好' });
    // B stands by: it plans, the holder elsewhere has not sent yet; two sends due, 90 s old at the scrape.
    await b.app.scheduler.runDue(DUE);
    const web = await server([a.org, b.org]);
    const health = await web.inject('/healthz');
    expect(health.statusCode).toBe(200);
    expect(health.json()).toEqual({
      ok: true,
      orgs: [
        { org: 'org-a', database: 'ok', accounts: 'holder' },
        { org: 'org-b', database: 'ok', accounts: 'standby' },
      ],
    });
    const res = await web.inject('/metrics');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/plain; version=0\.0\.4/);
    const text = res.body;
    expect(text).toMatch(/^tonggong_up\{org="org-a"\} 1$/m);
    expect(text).toMatch(/^tonggong_messages_handled_total\{org="org-a",channel="wecom"\} 1$/m);
    expect(text).toMatch(/^tonggong_outbox_sends\{org="org-b",status="pending"\} [2-9]$/m);
    expect(text).toMatch(/^tonggong_outbox_depth\{org="org-b"\} [2-9]$/m);
    expect(text).toMatch(/^tonggong_outbox_oldest_due_seconds\{org="org-b"\} 90$/m);
    expect(text).toMatch(/^tonggong_outbox_depth\{org="org-a"\} 0$/m);
    expect(text).toMatch(/^tonggong_answers_declined\{org="org-a"\} \d+$/m);
    expect(text).toMatch(/^tonggong_lease_held\{org="org-a",lease="account:chat",holder="[^"]+"\} 1$/m);
    expect(text).toMatch(/^tonggong_instance_holds_accounts\{org="org-b"\} 0$/m);
    expect(text).toMatch(/^tonggong_lease_held\{org="org-b",lease="account:chat",holder="elsewhere\/1\/other"\} 1$/m);
    expect(text).toMatch(/^tonggong_process_resident_memory_bytes /m);
    // Nothing personal: no staff id, no message text.
    expect(text).not.toMatch(/S0\d\d|提醒|你好/);
  });

  it('answer 503 when an organisation database is gone', async () => {
    const a = await orgApp('org-a');
    const dead = await openDatabase(':memory:');
    await dead.destroy();
    const web = await server([a.org, { id: 'org-x', db: dead }]);
    const health = await web.inject('/healthz');
    expect(health.statusCode).toBe(503);
    expect(health.json().orgs[1]).toEqual({ org: 'org-x', database: 'unreachable', accounts: 'holder' });
    expect((await web.inject('/metrics')).body).toMatch(/^tonggong_up\{org="org-x"\} 0$/m);
  });

  it('want the bearer token for /metrics when METRICS_TOKEN is set', async () => {
    const a = await orgApp('org-a');
    const web = await server([a.org], 's3cret-token');
    expect((await web.inject('/metrics')).statusCode).toBe(401);
    expect((await web.inject({ url: '/metrics', headers: { authorization: 'Bearer wrong' } })).statusCode).toBe(401);
    const ok = await web.inject({ url: '/metrics', headers: { authorization: 'Bearer s3cret-token' } });
    expect(ok.statusCode).toBe(200);
    expect((await web.inject('/healthz')).statusCode).toBe(200);
  });

  it('are served alone, with nothing else, when the console is off', async () => {
    const a = await orgApp('org-a');
    const ops = await serveOps({ metrics: new OpsMetrics(() => [a.org]) }, { host: '127.0.0.1', port: 0 });
    try {
      expect((await ops.app.inject('/healthz')).statusCode).toBe(200);
      expect((await ops.app.inject('/metrics')).statusCode).toBe(200);
      expect((await ops.app.inject('/today')).statusCode).toBe(404);
    } finally {
      await ops.close();
    }
  });
});
