import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { sql, type Kysely } from 'kysely';
import { isPostgresUrl } from './dialect.ts';
import { postgresTarget } from './open-postgres.ts';

/**
 * Backup and restore of one organisation's data (docs/deploy.md). SQLite: better-sqlite3's online
 * backup API (`.backup`), safe while the bot writes. PostgreSQL: `pg_dump --format=custom` of the
 * organisation's schema and `pg_restore` (the PostgreSQL client tools must be installed); the dump
 * restores into the same schema name, in the same or another database.
 */
export async function backupDatabase(location: string, file: string): Promise<void> {
  if (isPostgresUrl(location)) {
    const { url, schema } = postgresTarget(location);
    await run('pg_dump', ['--format=custom', '--no-owner', `--schema=${schema}`, `--file=${file}`, `--dbname=${url}`]);
    return;
  }
  if (!existsSync(location)) throw new Error(`no database at ${location}`);
  const db = new SQLite(location, { fileMustExist: true });
  try {
    await db.backup(file);
  } finally {
    db.close();
  }
}

/** Restores a backup into an empty database (refuses one that has tables: restore never merges). */
export async function restoreDatabase(location: string, file: string): Promise<void> {
  if (!existsSync(file)) throw new Error(`no backup at ${file}`);
  if (isPostgresUrl(location)) {
    const { url, schema } = postgresTarget(location);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const r = await client.query('select count(*)::int as n from information_schema.tables where table_schema = $1', [
        schema,
      ]);
      if (r.rows[0].n > 0) throw new Error(`schema ${schema} is not empty: restore into a new database`);
    } finally {
      await client.end();
    }
    // A dump of `public` creates it again, and every database already has one: the target is
    // empty (checked above), so it is dropped and made afresh from the dump.
    const clean = schema === 'public' ? ['--clean', '--if-exists'] : [];
    await run('pg_restore', ['--no-owner', '--exit-on-error', ...clean, `--dbname=${url}`, file]);
    return;
  }
  if (existsSync(location)) {
    const target = new SQLite(location, { readonly: true });
    const tables = target.prepare(`select count(*) as n from sqlite_master where type = 'table'`).get() as {
      n: number;
    };
    target.close();
    if (tables.n > 0) throw new Error(`${location} is not empty: restore into a new file, then swap it in`);
  }
  const source = new SQLite(file, { readonly: true, fileMustExist: true });
  try {
    await source.backup(location);
  } finally {
    source.close();
  }
}

/** Rows per table (Kysely's own migration tables left out): to check a restore against its backup. */
export async function rowCounts(db: Kysely<any>): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  const tables = await db.introspection.getTables();
  for (const t of tables.map((t) => t.name).sort()) {
    if (t.startsWith('kysely_')) continue;
    const row = await sql<{ n: number }>`select count(*) as n from ${sql.table(t)}`.execute(db);
    counts[t] = Number(row.rows[0]?.n ?? 0);
  }
  return counts;
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += String(d);
    });
    child.on('error', (error) =>
      reject(new Error(`${command} could not run (install the PostgreSQL client tools): ${error.message}`)),
    );
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} failed (exit ${code}): ${stderr.trim().slice(0, 2000)}`)),
    );
  });
}
