import { type Kysely, sql } from 'kysely';
import { rowCounts } from './backup-database.ts';
import { isPostgres } from './dialect.ts';

/** Rows per insert: well under SQLite's 32,766 bound parameters with the widest table. */
const PARAMETERS_PER_INSERT = 20_000;

/**
 * Copies every row of one database into another, empty one, both already migrated to the same
 * schema: how an organisation moves from SQLite to PostgreSQL (or back) without losing its
 * leave history, balances and notices. Values are stored alike on both (ISO text times, 0/1
 * booleans, JSON text: data/db/dialect.ts), so rows copy as they are. A table whose rows refer
 * to another's (an approval step to its request) is copied after it: a table that fails for a
 * missing parent is rolled back and tried again once the others are in. On PostgreSQL the id
 * sequences are moved past the copied ids. Returns the rows per table, checked equal on both.
 */
export async function copyDatabase(from: Kysely<any>, to: Kysely<any>): Promise<Record<string, number>> {
  const target = await rowCounts(to);
  const filled = Object.entries(target).filter(([, n]) => n > 0);
  if (filled.length)
    throw new Error(`the target is not empty (${filled.map(([t]) => t).join(', ')}): copy into a new one`);
  const source = await rowCounts(from);
  const missing = Object.keys(source).filter((t) => !(t in target));
  if (missing.length) throw new Error(`the target lacks tables ${missing.join(', ')}: migrate it first`);
  let waiting = Object.keys(source).filter((t) => source[t]! > 0);
  while (waiting.length) {
    const failed: { table: string; error: unknown }[] = [];
    for (const table of waiting) {
      try {
        await copyTable(from, to, table);
      } catch (error) {
        failed.push({ table, error });
      }
    }
    // No table got in this round: a real error, not an order to wait for.
    if (failed.length === waiting.length) throw failed[0]!.error;
    waiting = failed.map((f) => f.table);
  }
  if (isPostgres(to)) await moveSequences(to, Object.keys(source));
  const copied = await rowCounts(to);
  const differs = Object.keys(source).filter((t) => copied[t] !== source[t]);
  if (differs.length) throw new Error(`row counts differ after the copy: ${differs.join(', ')}`);
  return copied;
}

/** One table, whole or not at all. */
async function copyTable(from: Kysely<any>, to: Kysely<any>, table: string): Promise<void> {
  const rows = await from.selectFrom(table).selectAll().execute();
  const columns = Object.keys(rows[0] ?? {}).length || 1;
  const batch = Math.max(1, Math.floor(PARAMETERS_PER_INSERT / columns));
  await to.transaction().execute(async (trx) => {
    for (let i = 0; i < rows.length; i += batch)
      await trx
        .insertInto(table)
        .values(rows.slice(i, i + batch))
        .execute();
  });
}

/** Serial ids continue after the copied ones (an insert would otherwise collide with row 1). */
async function moveSequences(db: Kysely<any>, tables: readonly string[]): Promise<void> {
  const all = await db.introspection.getTables();
  for (const table of tables) {
    const columns = all.find((t) => t.name === table)?.columns ?? [];
    if (!columns.some((c) => c.name === 'id' && c.isAutoIncrementing)) continue;
    await sql`select setval(pg_get_serial_sequence(${table}, 'id'), coalesce(max(id), 1), max(id) is not null)
      from ${sql.table(table)}`.execute(db);
  }
}
