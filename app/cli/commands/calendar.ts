import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { databaseLocation } from '../../../bot/config/env.ts';
import { openDatabase } from '../../../data/db/open-database.ts';
import { loadOrg } from '../../../data/org/load-org.ts';
import { LeaveRequestsRepo } from '../../../data/repos/leave-requests-repo.ts';
import { shanghaiDate } from '../../../data/time/index.ts';
import { icsCalendar } from '../../../web/views/ics.ts';
import { icsWindow, leaveIcsEvents } from '../../../web/views/leave-ics-events.ts';
import { cliEnv, orgDirFrom, print } from '../cli-context.ts';

const USAGE =
  'usage: tonggong calendar (--team TEAM | --person ID|NAME) [--out FILE|-] [--org DIR] [--db PATH]   (iCalendar)';

/**
 * `tonggong calendar --team 长者服务组 --out team.ics`: a team's (or one person's) approved leave
 * as an iCalendar file Outlook and WeCom calendars import, built like the web console's feed
 * (three months back to a year ahead, no reasons). A team's file shows sick leave as 「请假」.
 */
export async function calendarCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      team: { type: 'string' },
      person: { type: 'string' },
      out: { type: 'string' },
      org: { type: 'string' },
      db: { type: 'string' },
    },
  });
  if (!values.team === !values.person) {
    print(USAGE);
    return 2;
  }
  const env = cliEnv();
  const org = loadOrg(orgDirFrom(values.org, env));
  const person = values.person
    ? (org.directory.get(values.person) ?? org.directory.all.find((s) => s.name === values.person))
    : undefined;
  if (values.person && !person) {
    print(`no staff member "${values.person}" in ${org.dir}/staff.csv`);
    return 2;
  }
  if (values.team && !org.directory.teams().includes(values.team)) {
    print(`no team "${values.team}"; teams: ${org.directory.teams().join(', ')}`);
    return 2;
  }
  const db = await openDatabase(databaseLocation(values.db, env));
  try {
    const now = new Date();
    const requests = (
      await new LeaveRequestsRepo(db).find({
        statuses: ['approved'],
        ...(person ? { staffIds: [person.id] } : {}),
        ...icsWindow(shanghaiDate(now)),
      })
    ).filter((r) => !values.team || (org.directory.get(r.staffId)?.team ?? r.team) === values.team);
    const events = leaveIcsEvents(org, requests, { forColleagues: values.team !== undefined });
    const label = person ? person.name : values.team!;
    const ics = icsCalendar(`${org.info.name} 请假 · ${label}`, events, now);
    const out = values.out ?? `${person ? person.id : values.team}.ics`;
    if (out === '-') process.stdout.write(ics);
    else {
      writeFileSync(out, ics);
      print(`${events.length} leave events → ${out}`);
    }
    return 0;
  } finally {
    await db.destroy();
  }
}
