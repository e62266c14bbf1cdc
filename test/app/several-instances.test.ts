import { hostname } from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../app/app.ts';
import { MemoryChannel } from '../../bot/channels/memory/memory-channel.ts';
import { staffIdRoute } from '../../bot/channels/staff-id-route.ts';
import { ManualClock } from '../../bot/clock.ts';
import { silentLogger } from '../../bot/logger.ts';
import type { Context } from '../../bot/context.ts';
import { hears } from '../../bot/triggers.ts';
import { openDatabase } from '../../data/db/open-database.ts';
import { loadOrg, SAMPLE_ORG_DIR } from '../../data/org/load-org.ts';
import { LeasesRepo } from '../../data/repos/leases-repo.ts';
import { SettingsRepo } from '../../data/repos/settings-repo.ts';
import type { Job } from '../../scheduler/job.ts';
import { ACCOUNTS_LEASE } from '../../app/instance/account-lease.ts';
import { handlerFirst } from '../fakes/handler-first.ts';
import { tempDbPath } from '../fakes/org-fixture.ts';

const DUE = new Date('2026-12-07T09:00:00+08:00');
const TTL = 2000;
const EVERY = 100;
const apps: App[] = [];
afterEach(async () => {
  for (const app of apps.splice(0)) await app.stop();
});

/**
 * Reads a counter, waits, writes it plus one: two at once without serialising would both write 1.
 * Each instance's own connection to the database, found by its clock (the context carries no db).
 */
const counter = {
  name: 'counter',
  trigger: hears('加一'),
  async handle(ctx: Context) {
    const repo = settingsOf.get(ctx.clock)!;
    const n = Number((await repo.get('count')) ?? 0);
    await new Promise((r) => setTimeout(r, 50));
    await repo.set('count', String(n + 1), ctx.now);
    await ctx.reply(`${n + 1}`);
  },
};
const settingsOf = new Map<unknown, SettingsRepo>();

const job: Job = {
  name: 'batch',
  async occurrences(from, to) {
    return DUE > from && DUE <= to ? [{ key: '1', dueAt: DUE, staleAfter: new Date(DUE.getTime() + 3_600_000) }] : [];
  },
  async sends() {
    return ['S001', 'S002', 'S003'].map((id) => ({ recipientKey: id, to: { staffId: id }, message: `提醒 ${id}` }));
  },
};

/** One instance: its own connection to the shared database and its own chat connection. */
async function instance(path: string) {
  const clock = new ManualClock(DUE);
  const channel = new MemoryChannel('wecom', () => clock.now());
  const db = await openDatabase(path);
  settingsOf.set(clock, new SettingsRepo(db));
  const app = await createApp({
    orgDir: SAMPLE_ORG_DIR,
    org: loadOrg(),
    db,
    clock,
    log: silentLogger(),
    jobs: [job],
    features: handlerFirst(counter),
    routes: () => [staffIdRoute(channel)],
    shared: { leaseTtlMs: TTL, leaseEveryMs: EVERY },
  });
  apps.push(app);
  return { app, channel, clock };
}

const until = async (check: () => boolean, ms: number) => {
  const end = Date.now() + ms;
  while (!check() && Date.now() < end) await new Promise((r) => setTimeout(r, 10));
  return check();
};

describe('several instances on one database', () => {
  it('connects the chat account on one instance only, and the other takes over when it stops', async () => {
    const path = tempDbPath();
    const a = await instance(path);
    const b = await instance(path);
    await a.app.start();
    await b.app.start();
    expect(a.app.lease?.held).toBe(true);
    expect(b.app.lease?.held).toBe(false);
    await expect(b.channel.receive({ from: 'S011', text: '你好' })).rejects.toThrow(/not started/);
    await a.app.stop();
    apps.splice(apps.indexOf(a.app), 1);
    // A clean stop gives the lease back: B connects at its next try.
    expect(await until(() => b.app.lease?.held === true, EVERY * 5)).toBe(true);
    await b.channel.receive({ from: 'S011', text: '加一' });
    expect(b.channel.take().map((s) => s.message.text)).toEqual(['1']);
  });

  it('moves the account from a holder that stopped renewing once its lease runs out', async () => {
    const b = await instance(tempDbPath());
    // A holder on another machine that went silent: its lease runs out 1.5 s from now.
    const silent = 1500;
    await new LeasesRepo(b.app.db).acquire(ACCOUNTS_LEASE, 'elsewhere/1/dead', new Date(), silent);
    const started = Date.now();
    await b.app.start();
    expect(b.app.lease?.held).toBe(false);
    expect(await until(() => b.app.lease?.held === true, silent + 2000)).toBe(true);
    // Not before the silent holder's lease ran out, and at B's next try after it.
    expect(Date.now() - started).toBeGreaterThanOrEqual(silent - 50);
    expect(Date.now() - started).toBeLessThan(silent + 1000);
  });

  it('takes the account at once from a process on this machine that is gone', async () => {
    const path = tempDbPath();
    const db = await openDatabase(path);
    await new LeasesRepo(db).acquire(ACCOUNTS_LEASE, `${hostname()}/999999999/dead`, new Date(), 60_000);
    await db.destroy();
    const b = await instance(path);
    await b.app.start();
    expect(b.app.lease?.held).toBe(true);
  });

  it('delivers through the holder what an instance without the connection planned', async () => {
    const path = tempDbPath();
    const a = await instance(path);
    const b = await instance(path);
    await a.app.start();
    await b.app.start();
    await b.app.scheduler.runDue(DUE);
    expect(b.channel.sent).toEqual([]);
    expect((await b.app.scheduler.outbox.countByStatus()).pending).toBeGreaterThanOrEqual(3);
    await a.app.scheduler.runDue(DUE);
    const texts = a.channel.take().map((s) => s.message.text);
    expect(texts.filter((t) => t.startsWith('提醒'))).toEqual(['提醒 S001', '提醒 S002', '提醒 S003']);
    expect((await b.app.scheduler.outbox.countByStatus()).pending).toBe(0);
    await b.app.scheduler.runDue(DUE);
    await a.app.scheduler.runDue(DUE);
    expect(a.channel.sent).toEqual([]);
  });

  it('handles two messages from one person at two instances one after the other', async () => {
    const path = tempDbPath();
    const a = await instance(path);
    const b = await instance(path);
    await a.app.start();
    await b.app.start();
    // B has no connection, but a message may still reach it (a webhook, or just before a takeover).
    const message = (id: string) => ({
      id,
      channel: 'wecom',
      senderId: 'S011',
      chatId: 'S011',
      isDirect: true,
      mentionsBot: true,
      isSelf: false,
      kind: 'text' as const,
      text: '加一',
      receivedAt: DUE,
    });
    await Promise.all([a.app.dispatcher.dispatch(message('m1')), b.app.dispatcher.dispatch(message('m2'))]);
    const replies = [...a.channel.take(), ...b.channel.take()].map((s) => s.message.text).sort();
    expect(replies).toEqual(['1', '2']);
  });
});
