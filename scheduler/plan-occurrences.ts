import type { Job, JobEnv, Occurrence, PlannedSend } from './job.ts';

export interface PlannedOccurrence {
  readonly job: Job;
  readonly occurrence: Occurrence;
  readonly sends: readonly PlannedSend[];
}

/**
 * What the jobs would send with `from < dueAt <= to`, in time order, computed from their
 * declarations (no minute-by-minute crawl, no outbox, nothing sent): `tonggong schedule` and the bench.
 */
export async function planOccurrences(
  jobs: readonly Job[],
  env: JobEnv,
  from: Date,
  to: Date,
): Promise<PlannedOccurrence[]> {
  const out: PlannedOccurrence[] = [];
  for (const job of jobs) {
    for (const occurrence of await job.occurrences(from, to, env)) {
      out.push({ job, occurrence, sends: await job.sends(occurrence, env) });
    }
  }
  return out.sort(
    (a, b) => a.occurrence.dueAt.getTime() - b.occurrence.dueAt.getTime() || a.job.name.localeCompare(b.job.name),
  );
}
