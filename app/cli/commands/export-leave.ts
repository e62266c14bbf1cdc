import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { openDatabase } from '../../../data/db/open-database.ts';
import { loadOrg } from '../../../data/org/load-org.ts';
import { LeaveRequestsRepo } from '../../../data/repos/leave-requests-repo.ts';
import { findLeave } from '../../../handlers/leave/hr/find-leave.ts';
import { leaveMonthCsv } from '../../../handlers/leave/hr/leave-csv.ts';
import { databaseLocation } from '../../../bot/config/env.ts';
import { cliEnv, orgDirFrom, print } from '../cli-context.ts';

const USAGE = 'usage: tonggong export leave --month YYYY-MM [--out FILE|-] [--org DIR] [--db PATH]';

/**
 * `tonggong export leave --month 2026-11`: the month's requests (every status) as the
 * 人事报告书 summary, a CSV that opens in Excel (UTF-8 with BOM). Writes leave-2026-11.csv
 * unless `--out` says otherwise (`-` for stdout).
 */
export async function exportCommand(argv: string[]): Promise<number> {
  const [what, ...rest] = argv;
  if (what !== 'leave') {
    print(USAGE);
    return 2;
  }
  const { values } = parseArgs({
    args: rest,
    options: { month: { type: 'string' }, out: { type: 'string' }, org: { type: 'string' }, db: { type: 'string' } },
  });
  const m = /^(\d{4})-(\d{1,2})$/.exec(values.month ?? '');
  const year = Number(m?.[1]);
  const month = Number(m?.[2]);
  if (!m || month < 1 || month > 12) {
    print(`${USAGE}   (--month must look like 2026-11)`);
    return 2;
  }
  const env = cliEnv();
  const org = loadOrg(orgDirFrom(values.org, env));
  const db = await openDatabase(databaseLocation(values.db, env));
  try {
    const requests = await findLeave(db, { month: { year, month } });
    const steps = await new LeaveRequestsRepo(db).stepsFor(requests.map((r) => r.id));
    const csv = leaveMonthCsv(org, year, month, requests, steps);
    const out = values.out ?? `leave-${year}-${String(month).padStart(2, '0')}.csv`;
    if (out === '-') process.stdout.write(csv);
    else {
      writeFileSync(out, csv);
      print(`${requests.length} requests → ${out}`);
    }
    return 0;
  } finally {
    await db.destroy();
  }
}
