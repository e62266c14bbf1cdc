import { parseArgs } from 'node:util';
import { openDatabase } from '../../../data/db/open-database.ts';
import { loadOrg } from '../../../data/org/load-org.ts';
import { featureJobs } from '../../../handlers/index.ts';
import { planOccurrences, type PlannedOccurrence } from '../../../scheduler/plan-occurrences.ts';
import { toOutgoing } from '../../../data/message.ts';
import { silentLogger } from '../../../bot/logger.ts';
import {
  addDays,
  atShanghai,
  parseLocalDate,
  shanghaiDate,
  shanghaiTime,
  WEEKDAY_NAMES,
  weekdayOf,
} from '../../../data/time/index.ts';
import { systemClock } from '../../../bot/clock.ts';
import { cliEnv, orgDirFrom, print } from '../cli-context.ts';

const PREVIEW = 60;

/**
 * `tonggong schedule --from 2026-12-01 --to 2027-01-31 [--org DIR] [--db PATH] [--json]`: the plan
 * (date, weekday, time, job, recipients, a preview of the text), computed from the job
 * declarations. Nothing is sent and nothing is written: with `--db`, acknowledgements
 * already recorded there are taken into account.
 */
export async function scheduleCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      from: { type: 'string' },
      to: { type: 'string' },
      org: { type: 'string' },
      db: { type: 'string' },
      json: { type: 'boolean' },
      all: { type: 'boolean' },
    },
  });
  const from = values.from ? parseLocalDate(values.from) : null;
  const to = values.to ? parseLocalDate(values.to) : null;
  if (!from || !to || to < from) {
    process.stderr.write(
      'usage: tonggong schedule --from YYYY-MM-DD --to YYYY-MM-DD [--org DIR] [--db PATH] [--json] [--all]\n',
    );
    return 2;
  }
  const org = loadOrg(orgDirFrom(values.org, cliEnv()));
  const db = await openDatabase(values.db ?? ':memory:');
  try {
    const env = { org, db, clock: systemClock, log: silentLogger(), calendar: org.calendar };
    const before = new Date(atShanghai(from).getTime() - 1);
    const plan = await planOccurrences(featureJobs(), env, before, atShanghai(addDays(to, 1)));
    for (const year of org.calendar.unscheduledYears(from, to)) {
      const note = `注意：${year}年的放假安排尚未公布，按法定节假日计算，调休上班日未计入（那几天不会发提醒）。请在 holidays.json 里加上${year}年。`;
      if (values.json) process.stderr.write(`${note}\n`);
      else print(note);
    }
    // Daily checks that find nobody to message (no overdue approval today) are noise in a plan; --all shows them.
    const shown = values.all ? plan : plan.filter((p) => p.sends.length > 0);
    for (const p of shown) print(values.json ? JSON.stringify(toJson(p)) : toLine(p));
    if (!values.json)
      print(
        `共 ${shown.length} 次定时任务，${plan.reduce((n, p) => n + p.sends.length, 0)} 条消息（只是计划，没有发送）。`,
      );
  } finally {
    await db.destroy();
  }
  return 0;
}

function recipients(p: PlannedOccurrence): { people: number; rooms: number } {
  const rooms = p.sends.filter((s) => 'room' in s.to).length;
  return { people: p.sends.length - rooms, rooms };
}

function preview(p: PlannedOccurrence): string {
  const first = p.sends[0];
  if (!first) return '（此时无人需要发送）';
  const text = toOutgoing(first.message).text.replace(/\s*\n\s*/g, ' ');
  return text.length > PREVIEW ? `${text.slice(0, PREVIEW)}…` : text;
}

function toLine(p: PlannedOccurrence): string {
  const day = shanghaiDate(p.occurrence.dueAt);
  const { people, rooms } = recipients(p);
  const who = `${people}人${rooms ? `+${rooms}群` : ''}`;
  return [
    day,
    WEEKDAY_NAMES[weekdayOf(day)],
    shanghaiTime(p.occurrence.dueAt),
    p.job.title ?? p.job.name,
    who,
    preview(p),
  ].join('  ');
}

function toJson(p: PlannedOccurrence) {
  const day = shanghaiDate(p.occurrence.dueAt);
  return {
    date: day,
    weekday: WEEKDAY_NAMES[weekdayOf(day)],
    time: shanghaiTime(p.occurrence.dueAt),
    job: p.job.name,
    title: p.job.title ?? p.job.name,
    occurrence: p.occurrence.key,
    recipients: recipients(p),
    preview: preview(p),
  };
}
