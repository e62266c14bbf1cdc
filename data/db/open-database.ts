import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect, type MigrationProvider } from 'kysely';
import { isPostgresUrl } from './dialect.ts';
import { migrations } from './migrations/index.ts';
import type { PostgresOptions } from './open-postgres.ts';
import { DatabaseOpenError } from './database-open-error.ts';
import type { Database } from './schema.ts';
import { withStatementCache, type CachedSqlite } from './statement-cache.ts';
import { testStoreFor } from './test-store.ts';

export type Db = Kysely<Database>;

/**
 * Opens the database and brings its schema up to date: a PostgreSQL URL (`postgres://…`,
 * optionally `?schema=NAME`), else an SQLite file (created if needed) or `:memory:`.
 */
export async function openDatabase(location: string): Promise<Db> {
  const emulated = isPostgresUrl(location) ? undefined : testStoreFor(location);
  if (emulated) return openPostgres(emulated.url, emulated.options);
  return isPostgresUrl(location) ? openPostgres(location) : openSqlite(location);
}

async function openPostgres(url: string, options?: PostgresOptions): Promise<Db> {
  let db: Db;
  try {
    // pg loads only for a PostgreSQL database: the embedded default never needs it.
    const { connectPostgres } = await import('./open-postgres.ts');
    db = await connectPostgres(url, options);
  } catch (error) {
    throw new DatabaseOpenError(url, error);
  }
  await migrate(db);
  return db;
}

/**
 * SQLite: WAL lets readers and the writer work side by side; the busy timeout lets a second
 * process on the same file wait for the lock instead of failing.
 */
async function openSqlite(path: string): Promise<Db> {
  let sqlite: SQLite.Database;
  try {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    sqlite = new SQLite(path);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('foreign_keys = ON');
    // Reading the schema forces SQLite to read the header: a corrupt file fails here, not later.
    sqlite.prepare('select count(*) from sqlite_master').get();
  } catch (error) {
    throw new DatabaseOpenError(path, error);
  }
  const cached = withStatementCache(sqlite);
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: cached }) });
  await migrate(db);
  handles.set(db, cached);
  return db;
}

const handles = new WeakMap<Db, CachedSqlite>();

/**
 * The SQLite connection behind a database opened here, for the one write that must happen in the
 * same tick as an event outside the process (the outbox's "sent" mark right after a channel
 * accepted a message). Undefined for any other database (PostgreSQL): callers fall back to Kysely.
 */
export function sqliteHandle(db: Db): CachedSqlite | undefined {
  return handles.get(db);
}

const provider: MigrationProvider = { getMigrations: async () => migrations };

export async function migrate(db: Kysely<any>): Promise<void> {
  const { error, results } = await new Migrator({ db, provider }).migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`Database migration ${failed} failed: ${String(error)}`, { cause: error });
  }
}
