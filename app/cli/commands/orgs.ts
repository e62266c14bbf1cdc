import { parseArgs } from 'node:util';
import { listOrgFolders } from '../../../data/db/org-database.ts';
import { openDatabase } from '../../../data/db/open-database.ts';
import { redactLocation } from '../../../data/db/database-open-error.ts';
import { loadOrg } from '../../../data/org/load-org.ts';
import { OpsStatsRepo } from '../../../data/repos/ops-stats-repo.ts';
import { databaseLocation } from '../../../bot/config/env.ts';
import { cliEnv, print } from '../cli-context.ts';

interface OrgRow {
  readonly org: string;
  readonly name: string | null;
  /** `ok`, or why not: the folder's data is broken, or the database does not answer. */
  readonly health: string;
  readonly holder: string | null;
  /** The channels org.json's `accounts` names (none: it runs, its sends wait in the outbox); null: folder broken. */
  readonly accounts: readonly string[] | null;
  readonly due: number | null;
  readonly failed: number | null;
  readonly database: string;
}

/**
 * `tonggong orgs [--orgs-dir DIR] [--db PATH|URL] [--json]`: every organisation of the deployment
 * with the channels its org.json names accounts for, the instance holding them, and whether its
 * folder and database are healthy.
 */
export async function orgsCommand(argv: string[]): Promise<number> {
  const options = { 'orgs-dir': { type: 'string' }, db: { type: 'string' }, json: { type: 'boolean' } } as const;
  const { values } = parseArgs({ args: argv, options });
  const env = cliEnv();
  const orgsDir = values['orgs-dir'] ?? env.ORGS_DIR;
  if (!orgsDir) {
    print('usage: tonggong orgs --orgs-dir DIR [--db PATH|postgres://…] [--json]   (or set ORGS_DIR)');
    return 2;
  }
  const rows: OrgRow[] = [];
  for (const folder of listOrgFolders(orgsDir, databaseLocation(values.db, env))) {
    let name: string | null = null;
    let accounts: string[] | null = null;
    let health = 'ok';
    try {
      const info = loadOrg(folder.dir).info;
      name = info.name;
      accounts = Object.keys(info.accounts ?? {});
    } catch (error) {
      health = `folder: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
    }
    const base = { org: folder.id, name, accounts, database: redactLocation(folder.database) };
    try {
      const db = await openDatabase(folder.database);
      try {
        const stats = await new OpsStatsRepo(db).read(new Date());
        const holder = stats.leases[0]?.holder ?? null;
        rows.push({ ...base, health, holder, due: stats.due, failed: stats.outbox.failed });
      } finally {
        await db.destroy();
      }
    } catch (error) {
      const why = error instanceof Error ? error.message.split('\n')[0] : String(error);
      rows.push({ ...base, health: `database: ${why}`, holder: null, due: null, failed: null });
    }
  }
  if (values.json) {
    print(JSON.stringify(rows, null, 2));
  } else {
    if (!rows.length) print(`${orgsDir}: no organisation folders (a folder with an org.json each)`);
    for (const r of rows) {
      const holder = r.holder ?? '无人连接 no holder';
      const queue = r.due === null ? '' : `  待发 due ${r.due}  失败 failed ${r.failed}`;
      const accounts = r.accounts?.length ? `账号 ${r.accounts.join(',')}` : '无账号 no accounts';
      print(`${r.org}  ${r.name ?? '—'}  ${r.health}  ${accounts}  ${holder}${queue}`);
    }
  }
  return rows.every((r) => r.health === 'ok') ? 0 : 1;
}
