import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../app/app.ts';
import { ManualClock } from '../../bot/clock.ts';
import { silentLogger } from '../../bot/logger.ts';
import { MemoryChannel } from '../../bot/channels/memory/memory-channel.ts';
import { staffIdRoute } from '../../bot/channels/staff-id-route.ts';
import { Messenger } from '../../bot/outbound/messenger.ts';
import { openDatabase, type Db } from '../../data/db/open-database.ts';
import { SendBudgetRepo } from '../../data/repos/send-budget-repo.ts';
import { SettingsRepo } from '../../data/repos/settings-repo.ts';
import { budgetedRoute } from '../../scheduler/budgeted-route.ts';
import { processOwner } from '../../scheduler/process-owner.ts';
import { Scheduler } from '../../scheduler/scheduler.ts';
import { SchedulerSwitch } from '../../scheduler/scheduler-switch.ts';
import { OverBudgetError, SendBudget, type BudgetLimits } from '../../scheduler/send-budget.ts';
import { tempDbPath } from '../fakes/org-fixture.ts';
import { runNode } from '../fakes/run-node.ts';
import { at, fixedJob, occurrence, sampleOrg } from './fixtures.ts';

const WORKER = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'budget-worker.ts');

/** The worker's delivery log, one entry per message the channel took. */
function deliveries(log: string): { tag: string; at: string; text: string }[] {
  if (!existsSync(log)) return [];
  return readFileSync(log, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [tag, , at, text] = line.split(' ');
      return { tag: tag!, at: at!, text: text! };
    });
}

const T0 = at('2026-12-07T09:00:00+08:00');
const LIMITS: BudgetLimits = { perRecipientMinute: 30, perRecipientHour: 1000 };

/** One instance: its own connection, clock, owner and channel, on the shared database file. */
async function instance(path: string, jobs: Parameters<typeof fixedJob>[], limits = LIMITS) {
  const db = await openDatabase(path);
  const clock = new ManualClock(T0);
  const channel = new MemoryChannel('wecom', () => clock.now());
  const budget = new SendBudget(db, () => limits, clock, silentLogger());
  const messenger = new Messenger(
    [budgetedRoute(staffIdRoute(channel), budget)],
    () => sampleOrg.directory,
    silentLogger(),
  );
  const scheduler = new Scheduler({
    db,
    org: () => sampleOrg,
    jobs: jobs.map((j) => fixedJob(...j)),
    sender: messenger,
    clock,
    log: silentLogger(),
    switch: new SchedulerSwitch(new SettingsRepo(db)),
    owner: processOwner(),
  });
  return { db, clock, channel, scheduler };
}

/** 40 notices to S001, all due at 09:00: more than WeCom takes from one member in a minute. */
const notices = Array.from({ length: 40 }, (_, i) => occurrence(String(i), T0));
const JOB: Parameters<typeof fixedJob> = ['notice', notices, ['S001']];

let open: Db[] = [];
beforeEach(() => {
  open = [];
});
afterEach(async () => {
  for (const db of open) await db.destroy();
});

describe('the send budget shared by instances on one database', () => {
  it('two instances sending to one member together stay within 30 a minute; the rest go the next minute', async () => {
    const path = tempDbPath();
    const log = join(dirname(path), 'deliveries.log');
    // The schema first, as a deployment does, so the two don't race to migrate.
    await (await openDatabase(path)).destroy();
    const both = (now: Date) => {
      const env = { ...process.env, DB: path, LOG: `${log}`, NOW: now.toISOString(), PEERS: `a${+now},b${+now}` };
      return Promise.all(
        ['a', 'b'].map((tag) => runNode(['--import', 'tsx', WORKER], { env: { ...env, TAG: `${tag}${+now}` } })),
      );
    };
    for (const run of await both(T0)) expect(run.status, run.stderr).toBe(0);
    const first = deliveries(log);
    expect(first).toHaveLength(30);
    // Both really sent: the shared budget, not one instance standing aside, kept the total.
    expect(new Set(first.map((d) => d.tag)).size).toBe(2);

    const next = new Date(T0.getTime() + 60_000);
    for (const run of await both(next)) expect(run.status, run.stderr).toBe(0);
    const all = deliveries(log);
    expect(all.map((d) => d.text).sort()).toEqual(notices.map((o) => `notice_${o.key}`).sort());
    expect(all.filter((d) => d.at === next.toISOString())).toHaveLength(10);
  }, 120_000);

  it('holds a send back without using a retry: it goes out unchanged when its window comes', async () => {
    const path = tempDbPath();
    const a = await instance(path, [JOB], { perRecipientMinute: 1 });
    open.push(a.db);
    await a.scheduler.runDue(T0);
    expect(a.channel.sent.filter((s) => s.to.chatId === 'S001')).toHaveLength(1);
    const held = (await a.scheduler.outbox.list()).filter((r) => r.status === 'pending');
    expect(held).toHaveLength(39);
    expect(held.every((r) => r.attempts === 0 && r.error === null)).toBe(true);
    expect(await a.scheduler.outbox.nextAttemptAfter(T0)).toEqual(new Date(T0.getTime() + 60_000));
  });

  it('counts a send in every window or none: a full hour leaves the minute as it was', async () => {
    const db = await openDatabase(':memory:');
    open.push(db);
    const repo = new SendBudgetRepo(db);
    const limits = { perMinute: 30, perHour: 2 };
    expect(await repo.take('wecom', 's001', limits, T0)).toBeUndefined();
    expect(await repo.take('wecom', 's001', limits, new Date(T0.getTime() + 60_000))).toBeUndefined();
    const third = new Date(T0.getTime() + 120_000);
    expect(await repo.take('wecom', 's001', limits, third)).toEqual(new Date('2026-12-07T02:00:00Z'));
    expect(await repo.used('wecom', 's001', third)).toEqual({ minute: 0, hour: 2 });
    expect(await repo.take('wecom', 's001', { perMinute: 5 }, third)).toBeUndefined();
    // An instance whose clock is a minute behind counts into the newer window, never resets it.
    expect(await repo.take('wecom', 's001', { perMinute: 5 }, new Date(T0.getTime() + 60_000))).toBeUndefined();
    expect(await repo.used('wecom', 's001', third)).toEqual({ minute: 2, hour: 4 });
    expect(await repo.prune(new Date('2026-12-07T01:00:00Z'))).toBe(0);
    expect(await repo.prune(new Date('2026-12-07T02:00:00Z'))).toBe(1);
  });

  it('counts a reply even over the limit, and the scheduled sends after it wait', async () => {
    const db = await openDatabase(':memory:');
    open.push(db);
    const budget = new SendBudget(db, () => ({ perRecipientMinute: 2 }), new ManualClock(T0), silentLogger());
    await budget.take('wecom', 'S001');
    await budget.note('wecom', 'S001');
    await budget.note('wecom', 'S001');
    expect(await new SendBudgetRepo(db).used('wecom', 's001', T0)).toEqual({ minute: 3, hour: 3 });
    await expect(budget.take('wecom', 'S001')).rejects.toBeInstanceOf(OverBudgetError);
  });

  it('a full channel holds the send back and gives its recipient’s place back', async () => {
    const db = await openDatabase(':memory:');
    open.push(db);
    const clock = new ManualClock(T0);
    const budget = new SendBudget(db, () => ({ perRecipientMinute: 5, perChannelMinute: 2 }), clock, silentLogger());
    await budget.take('wechaty', 'A');
    await budget.take('wechaty', 'B');
    await expect(budget.take('wechaty', 'C')).rejects.toMatchObject({ retryAt: new Date(T0.getTime() + 60_000) });
    expect(await new SendBudgetRepo(db).used('wechaty', 'c', T0)).toEqual({ minute: 0, hour: 0 });
  });

  it('an instance sharing its database keeps each member within 25 a minute without being told to', async () => {
    const clock = new ManualClock(T0);
    const channel = new MemoryChannel('wecom', () => clock.now());
    const app = await createApp({
      orgDir: sampleOrg.dir,
      org: sampleOrg,
      db: await openDatabase(tempDbPath()),
      clock,
      log: silentLogger(),
      jobs: [fixedJob(...JOB)],
      routes: () => [staffIdRoute(channel)],
      shared: {},
    });
    await app.start();
    await app.scheduler.runDue(T0);
    const toMember = () => channel.sent.filter((s) => s.to.chatId === 'S001');
    expect(toMember()).toHaveLength(25);
    clock.set(new Date(T0.getTime() + 60_000));
    await app.scheduler.runDue(clock.now());
    expect(toMember()).toHaveLength(40);
    await app.stop();
  });
});
