import { redactLocation } from '../data/db/database-open-error.ts';
import type { BenchRow } from './bench-row.ts';
import { runMonth, type MonthResult, type MonthScale } from './month/run-month.ts';
import { tempDbFile } from './temp-db.ts';

/** The issue's figures (issue 15), the default: the three months took 7½ minutes here (2 cores). */
const FULL: MonthScale = { instances: 3, orgs: 20, staff: 300, messages: 5000 };
/** `BENCH_MONTH=quick`: a few minutes, to see that it works. */
const QUICK: MonthScale = { instances: 3, orgs: 3, staff: 60, messages: 500 };

/** The scale to run: full or quick, each figure settable (BENCH_MONTH_INSTANCES/ORGS/STAFF/MESSAGES). */
export function monthScale(env = process.env): MonthScale {
  const base = env.BENCH_MONTH === 'quick' ? QUICK : FULL;
  const n = (name: string, fallback: number) => (env[name] ? Number(env[name]) : fallback);
  return {
    instances: n('BENCH_MONTH_INSTANCES', base.instances),
    orgs: n('BENCH_MONTH_ORGS', base.orgs),
    staff: n('BENCH_MONTH_STAFF', base.staff),
    messages: n('BENCH_MONTH_MESSAGES', base.messages),
  };
}

const label = (s: MonthScale) => `${s.instances} inst × ${s.orgs} orgs × ${s.staff} staff, ${s.messages} msgs`;

function correctness(name: string, r: MonthResult): BenchRow[] {
  const c = r.check;
  const statuses = Object.entries(c.statuses)
    .filter(([s]) => s !== 'sent')
    .map(([s, n]) => `${n} ${s}`)
    .join(', ');
  return [
    {
      name: `${name}: duplicate / lost sends`,
      value: `${c.duplicates} / ${c.lost} of ${c.planned}${statuses ? ` (${statuses})` : ''}`,
      target: '0 / 0',
      ok: c.duplicates === 0 && c.lost === 0,
    },
    {
      name: `${name}: busiest member-minute / member-hour`,
      value: `${c.busiestMinute} / ${c.busiestHour}`,
      target: '≤ 30 / ≤ 1,000',
      ok: c.busiestMinute <= 30 && c.busiestHour <= 1000,
    },
  ];
}

/** Each month's figures as soon as it is done: the full run is long, and may be stopped. */
function progress(what: string, r: MonthResult): MonthResult {
  process.stderr.write(`month ${what}: ${JSON.stringify(r)}\n`);
  return r;
}

const speed = (r: MonthResult) =>
  `${r.messagesPerSecond.toFixed(0)} msg/s, ${r.sendsPerSecond.toFixed(0)} sends/s, p99 ${r.answerP99Ms.toFixed(0)} ms`;

/**
 * A simulated month for many organisations on one PostgreSQL, several instances with one killed
 * (kill -9) and restarted; the same with one instance for the throughput; and on SQLite files.
 */
export async function benchMonth(): Promise<BenchRow[]> {
  const scale = monthScale();
  const name = `Month (${label(scale)})`;
  const rows: BenchRow[] = [];
  const server = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://127.0.0.1:5432/test';
  try {
    const many = progress('PostgreSQL, kill -9', await runMonth(scale, server, true));
    rows.push(...correctness(`${name}, PostgreSQL, kill -9`, many));
    const moved = many.leaseMoveMs ?? Number.POSITIVE_INFINITY;
    rows.push({
      name: `${name}: accounts moved after kill -9`,
      value: `${(moved / 1000).toFixed(1)} s`,
      target: '≤ 30 s',
      ok: moved <= 30_000,
    });
    const one = progress('PostgreSQL, 1 instance', await runMonth({ ...scale, instances: 1 }, server, false));
    rows.push({ name: `${name}: ${scale.instances} instances`, value: speed(many) });
    rows.push({ name: `${name}: 1 instance`, value: speed(one) });
    rows.push({
      name: `${name}: wall time ${scale.instances} inst / 1 inst`,
      value: `${many.wallSeconds.toFixed(0)} s / ${one.wallSeconds.toFixed(0)} s`,
    });
  } catch (error) {
    const why = error instanceof Error ? error.message.split('\n')[0] : String(error);
    rows.push({ name: `${name}: on PostgreSQL`, value: `not run: ${redactLocation(server)} (${why})` });
  }
  const sqlite = progress('SQLite', await runMonth({ ...scale, instances: 1 }, tempDbFile(), false));
  rows.push(...correctness(`${name}, SQLite files, 1 process`, sqlite));
  rows.push({
    name: `${name}, SQLite files, 1 process`,
    value: `${speed(sqlite)} (${sqlite.wallSeconds.toFixed(0)} s)`,
  });
  return rows;
}

/** `npx tsx bench/month-bench.ts`: this section alone. */
if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of await benchMonth()) process.stdout.write(`${r.name}  ${r.value}  ${r.target ?? ''}\n`);
}
