import type { Staff } from '../../data/org/staff.ts';
import type { LocalDate } from '../../data/time/index.ts';
import type { Org } from '../../data/org/load-org.ts';
import { deadlineKey, type DeadlineAcksRepo } from '../../data/repos/deadline-acks-repo.ts';
import { audienceOf } from './audience.ts';
import { currentInstances, instanceOfPeriod, latestInstance, type DeadlineInstance } from './deadline-instances.ts';
import { reminderText, type PersonProgress } from './messages.ts';
import { periodKeysFor, type PeriodSaid } from './period-said.ts';
import type { ProgressQuery } from './progress-text.ts';

/** "月报进度": who has and hasn't acknowledged, team by team (only `onlyTeam` for a lead). */
export async function progressReport(
  query: ProgressQuery,
  org: Org,
  acks: DeadlineAcksRepo,
  today: LocalDate,
  /** Whose hand-ins the asker may see (a lead their team, a head their department); all when absent. */
  visible?: (person: Staff) => boolean,
  /** The periods named (「11月的月报谁没交」): those are reported, not the open one. */
  said: readonly PeriodSaid[] = [],
): Promise<string> {
  const asked = instancesAsked(query, org, today, said);
  if ('notYet' in asked) return reminderText.progressNotYet(asked.notYet, today);
  const { instances } = asked;
  if (!instances.length)
    return query.kind === 'one' ? reminderText.progressNone(query.deadline.title) : reminderText.nothingOpen;
  const acked = await acks.ackedFor(instances.map((i) => ({ deadlineId: i.deadline.id, period: i.period })));
  const blocks: string[] = [];
  for (const i of instances) {
    const done = acked.get(deadlineKey({ deadlineId: i.deadline.id, period: i.period })) ?? new Set<string>();
    const people = audienceOf(i, org.directory).filter((p) => visible === undefined || visible(p));
    if (!people.length) {
      if (query.kind === 'one') blocks.push(reminderText.progressNone(i.deadline.title));
      continue;
    }
    const teams = new Map<string, { total: number; missing: string[] }>();
    for (const p of people) {
      const t = teams.get(p.team) ?? { total: 0, missing: [] };
      t.total++;
      if (!done.has(p.id)) t.missing.push(p.name);
      teams.set(p.team, t);
    }
    const rows: PersonProgress[] = [...teams].map(([team, t]) => ({ team, ...t }));
    blocks.push(reminderText.progress(i, rows, today));
  }
  return blocks.length ? blocks.join('\n\n') : reminderText.nothingOpen;
}

/**
 * The instances to report: those of the periods said that have opened (any of them, past or
 * current: progress is only read), else the open one of each deadline asked. A deadline asked by
 * name whose period said has not opened yet is said so. 「11月谁没交」 asks of the monthly deadlines only.
 */
function instancesAsked(
  query: ProgressQuery,
  org: Org,
  today: LocalDate,
  said: readonly PeriodSaid[],
): { instances: DeadlineInstance[] } | { notYet: DeadlineInstance } {
  const config = org.reminders;
  const deadlines = query.kind === 'one' ? [query.deadline] : config.deadlines;
  const ofPeriods = deadlines.flatMap((d) =>
    periodKeysFor(d, said, query.kind === 'all').flatMap((key) => instanceOfPeriod(d, key, config, org.calendar) ?? []),
  );
  if (ofPeriods.length) {
    const opened = ofPeriods.filter((i) => i.opensOn <= today);
    if (!opened.length && query.kind === 'one') return { notYet: ofPeriods[0]! };
    return { instances: opened };
  }
  if (query.kind === 'all') return { instances: currentInstances(config, org.calendar, today) };
  const latest = latestInstance(query.deadline, config, org.calendar, today);
  return { instances: latest ? [latest] : [] };
}
