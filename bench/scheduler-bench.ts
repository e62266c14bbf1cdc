import { createApp } from '../app/app.ts';
import type { Channel } from '../bot/channel.ts';
import { staffIdRoute } from '../bot/channels/staff-id-route.ts';
import { ManualClock } from '../bot/clock.ts';
import { envSchema } from '../bot/config/env.ts';
import { silentLogger } from '../bot/logger.ts';
import { openDatabase } from '../data/db/open-database.ts';
import { Directory } from '../data/org/directory.ts';
import { loadOrg, type Org } from '../data/org/load-org.ts';
import type { Role, Staff } from '../data/org/staff.ts';
import type { Job } from '../scheduler/job.ts';
import { featureJobs } from '../handlers/index.ts';
import { ManualPacerClock } from '../scheduler/pacer.ts';
import { planOccurrences } from '../scheduler/plan-occurrences.ts';
import { stepThrough } from '../scheduler/step-through.ts';
import type { BenchRow } from './bench-row.ts';
import { tempDbFile } from './temp-db.ts';

const STAFF = 300;
const NOTICE_RECIPIENTS = 300;

/** 300 people in 30 teams of two departments: a lead, a project lead's caregivers, social workers, HR. */
function generatedOrg(): Org {
  const sample = loadOrg();
  const staff: Staff[] = [];
  for (let i = 0; i < STAFF; i++) {
    const team = i % 30;
    const roles: Role[] =
      i < 30
        ? team % 5 === 4
          ? ['project_lead']
          : ['team_lead', 'social_worker']
        : i < 33
          ? ['hr']
          : team % 5 === 4
            ? ['caregiver']
            : ['social_worker'];
    staff.push({
      id: `G${String(i).padStart(3, '0')}`,
      name: `同工${i}`,
      roles,
      team: `第${team + 1}组`,
      department: team < 15 ? '服务部' : '项目部',
      gender: i % 2 ? 'female' : 'male',
      hireDate: '2020-01-01',
      birthday: {
        year: 1990,
        month: (i % 12) + 1,
        day: (i % 28) + 1,
        calendar: i % 4 === 0 ? 'lunar' : 'solar',
        leapMonth: false,
      },
      greetPublicly: i % 7 !== 0,
      identities: {},
      reachVia: null,
    });
  }
  for (const team of [0, 15])
    staff.push({ ...staff[team]!, id: `H${team}`, name: `部长${team}`, roles: ['dept_head'] });
  return { ...sample, directory: new Directory(staff) };
}

/** Planning a year of every job's occurrences (and who each goes to) for 300 people. */
async function benchPlanYear(): Promise<BenchRow[]> {
  const org = generatedOrg();
  const db = await openDatabase(':memory:');
  const env = {
    org,
    db,
    clock: new ManualClock(new Date('2026-01-01T00:00:00+08:00')),
    log: silentLogger(),
    calendar: org.calendar,
  };
  const started = performance.now();
  const year = [new Date('2025-12-31T23:59:59+08:00'), new Date('2027-01-01T00:00:00+08:00')] as const;
  const plan = await planOccurrences(featureJobs(), env, ...year);
  const ms = performance.now() - started;
  await db.destroy();
  const sends = plan.reduce((n, p) => n + p.sends.length, 0);
  return [
    {
      name: `Scheduler: plan 2026 for ${STAFF} staff`,
      value: `${ms.toFixed(0)} ms (${plan.length} occ., ${sends} sends)`,
      target: '≤ 2,000 ms',
      ok: ms <= 2000,
    },
  ];
}

/** A notice-like batch of 300 sends through the real scheduler, outbox and Messenger, paced as for personal WeChat. */
async function benchPacedBatch(): Promise<BenchRow[]> {
  const env = envSchema.parse({});
  const limit = env.PACE_WECHATY_PER_MINUTE;
  const pacerClock = new ManualPacerClock();
  const times: number[] = [];
  const channel: Channel = {
    name: 'wechaty',
    start: async () => {},
    stop: async () => {},
    send: async () => void times.push(pacerClock.now()),
  };
  const due = new Date('2026-12-01T09:00:00+08:00');
  const notice: Job = {
    name: 'bench-notice',
    occurrences: async (from, to) =>
      due > from && due <= to ? [{ key: '1', dueAt: due, staleAfter: new Date(due.getTime() + 86_400_000) }] : [],
    sends: async () =>
      Array.from({ length: NOTICE_RECIPIENTS }, (_, i) => ({
        recipientKey: `c${i}`,
        to: { channel: 'wechaty', chatId: `c${i}`, isDirect: true },
        message: '【通知】周五下午三点全体例会。收到请回复「收到」。',
      })),
  };
  const clock = new ManualClock(due);
  const app = await createApp({
    orgDir: loadOrg().dir,
    org: loadOrg(),
    dbPath: tempDbFile(),
    clock,
    log: silentLogger(),
    jobs: [notice],
    routes: () => [
      {
        channel,
        identify: async () => undefined,
        addressOf: async () => undefined,
        roomAddress: async () => undefined,
      },
    ],
    scheduling: {
      pace: { perMinute: (c) => (c === 'wechaty' ? limit : undefined), jitterMs: env.PACE_JITTER_MS },
      pacerClock,
    },
  });
  const started = performance.now();
  await app.scheduler.runDue(due);
  const wallMs = performance.now() - started;
  await app.stop();
  const minutes = (times.at(-1)! - times[0]!) / 60_000;
  const rate = (times.length - 1) / minutes;
  let busiest = 0;
  for (let i = 0, j = 0; i < times.length; i++) {
    while (times[i]! - times[j]! >= 60_000) j++;
    busiest = Math.max(busiest, i - j + 1);
  }
  return [
    {
      name: `Scheduler: ${NOTICE_RECIPIENTS} paced sends (WeChat, fake clock)`,
      value: `${rate.toFixed(1)} msg/min over ${minutes.toFixed(1)} min`,
      target: `≤ ${limit}/min configured`,
      ok: rate <= limit && times.length === NOTICE_RECIPIENTS,
    },
    {
      name: 'Scheduler: busiest 60 s of that batch',
      value: `${busiest} messages`,
      target: `≤ ${limit}`,
      ok: busiest <= limit,
    },
    {
      name: 'Scheduler: that batch, wall time (SQLite file)',
      value: `${wallMs.toFixed(0)} ms`,
      target: '≤ 3,000 ms',
      ok: wallMs <= 3000,
    },
  ];
}

/** `simulate` moving a whole year: every send through the outbox (SQLite file) and the Messenger, 300 staff. */
async function benchSimulateYear(): Promise<BenchRow[]> {
  const org = generatedOrg();
  let sent = 0;
  const channel: Channel = {
    name: 'memory',
    start: async () => {},
    stop: async () => {},
    send: async () => void sent++,
  };
  const clock = new ManualClock(new Date('2026-01-01T00:00:00+08:00'));
  const app = await createApp({
    orgDir: org.dir,
    org,
    dbPath: tempDbFile(),
    clock,
    log: silentLogger(),
    routes: () => [staffIdRoute(channel)],
  });
  const end = new Date('2027-01-01T00:00:00+08:00');
  const started = performance.now();
  await stepThrough(app.scheduler, clock, clock.now(), end);
  const seconds = (performance.now() - started) / 1000;
  await app.stop();
  return [
    {
      name: `Scheduler: simulate 2026 for ${STAFF} staff (outbox)`,
      value: `${seconds.toFixed(1)} s (${sent} sends)`,
      target: '≤ 30 s',
      ok: seconds <= 30,
    },
  ];
}

/** The scheduler's rows for `npm run bench`. */
export async function benchScheduler(): Promise<BenchRow[]> {
  return [...(await benchPlanYear()), ...(await benchSimulateYear()), ...(await benchPacedBatch())];
}
