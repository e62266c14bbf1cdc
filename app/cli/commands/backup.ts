import { parseArgs } from 'node:util';
import { backupDatabase, restoreDatabase, rowCounts } from '../../../data/db/backup-database.ts';
import { openDatabase } from '../../../data/db/open-database.ts';
import { redactLocation } from '../../../data/db/database-open-error.ts';
import { databaseLocation } from '../../../bot/config/env.ts';
import { cliEnv, print } from '../cli-context.ts';

const options = { db: { type: 'string' }, out: { type: 'string' }, from: { type: 'string' } } as const;

/** `tonggong backup --out FILE [--db PATH|URL]`: a consistent copy while the bot runs; prints the row counts. */
export async function backupCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options });
  if (!values.out) {
    print('usage: tonggong backup --out FILE [--db PATH|postgres://…]');
    return 2;
  }
  const location = databaseLocation(values.db, cliEnv());
  await backupDatabase(location, values.out);
  print(`已备份 backed up ${redactLocation(location)} → ${values.out}`);
  return 0;
}

/**
 * `tonggong restore --from FILE [--db PATH|URL]`: into an empty database only (a new file, a new
 * PostgreSQL database), then checked: the schema is brought up to date and every table counted.
 */
export async function restoreCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options });
  if (!values.from) {
    print('usage: tonggong restore --from FILE [--db PATH|postgres://…]   (into an empty database)');
    return 2;
  }
  const location = databaseLocation(values.db, cliEnv());
  await restoreDatabase(location, values.from);
  const db = await openDatabase(location);
  try {
    const counts = await rowCounts(db);
    print(`已恢复 restored ${values.from} → ${redactLocation(location)}`);
    for (const [table, n] of Object.entries(counts)) if (n > 0) print(`  ${table}: ${n}`);
    return 0;
  } finally {
    await db.destroy();
  }
}
