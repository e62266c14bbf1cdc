import { parseArgs } from 'node:util';
import { copyDatabase } from '../../../data/db/copy-database.ts';
import { redactLocation } from '../../../data/db/database-open-error.ts';
import { openDatabase } from '../../../data/db/open-database.ts';
import { print } from '../cli-context.ts';

/**
 * `tonggong copy-db --from PATH|URL --to PATH|URL`: moves an organisation's data between stores
 * (SQLite → PostgreSQL, docs/deploy.md) with the bot stopped. The target is migrated, must be
 * empty, and is checked table by table after the copy; the source is only read.
 */
export async function copyDbCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { from: { type: 'string' }, to: { type: 'string' } } });
  if (!values.from || !values.to) {
    print('usage: tonggong copy-db --from PATH|postgres://… --to PATH|postgres://…   (into an empty database)');
    return 2;
  }
  const from = await openDatabase(values.from);
  try {
    const to = await openDatabase(values.to);
    try {
      const counts = await copyDatabase(from, to);
      print(`已复制 copied ${redactLocation(values.from)} → ${redactLocation(values.to)}`);
      for (const [table, n] of Object.entries(counts)) if (n > 0) print(`  ${table}: ${n}`);
      return 0;
    } finally {
      await to.destroy();
    }
  } finally {
    await from.destroy();
  }
}
