import { ManualClock } from '../../../bot/clock.ts';
import { silentLogger } from '../../../bot/logger.ts';
import { openDatabase } from '../../../data/db/open-database.ts';
import { Directory } from '../../../data/org/directory.ts';
import { loadOrg, type Org } from '../../../data/org/load-org.ts';
import type { Staff } from '../../../data/org/staff.ts';
import type { Job, JobEnv, PlannedSend } from '../../../scheduler/job.ts';

export const sampleOrg = loadOrg();

/** A job environment on a fresh in-memory database: the sample org, or the sample with other staff. */
export async function jobEnv(staff?: readonly Staff[]): Promise<JobEnv> {
  const org: Org = staff ? { ...sampleOrg, directory: new Directory(staff) } : sampleOrg;
  const clock = new ManualClock(new Date('2026-01-01T00:00:00Z'));
  return { org, db: await openDatabase(':memory:'), clock, log: silentLogger(), calendar: org.calendar };
}

export interface RunSend extends PlannedSend {
  readonly key: string;
  readonly dueAt: Date;
}

/** What a job would send over (from, to], occurrence by occurrence: the scheduler's work without the outbox. */
export async function runJob(job: Job, env: JobEnv, from: Date, to: Date): Promise<RunSend[]> {
  const out: RunSend[] = [];
  for (const occurrence of await job.occurrences(from, to, env)) {
    for (const send of await job.sends(occurrence, env))
      out.push({ ...send, key: occurrence.key, dueAt: occurrence.dueAt });
  }
  return out;
}

export function person(id: string, name: string, birthday: Staff['birthday'], extra: Partial<Staff> = {}): Staff {
  return {
    id,
    name,
    roles: ['social_worker'],
    team: '长者服务组',
    department: '服务部',
    gender: 'female',
    hireDate: '2020-01-01',
    birthday,
    greetPublicly: true,
    identities: {},
    reachVia: null,
    ...extra,
  };
}

export const textOf = (s: PlannedSend) => (typeof s.message === 'string' ? s.message : s.message.text);
