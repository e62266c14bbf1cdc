import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect, type MigrationProvider } from 'kysely';
import { migrations } from './migrations/index.ts';
import type { Database } from './schema.ts';

export type Db = Kysely<Database>;

export class DatabaseOpenError extends Error {
  constructor(
    readonly path: string,
    cause: unknown,
  ) {
    super(
      `无法打开数据库 ${path}: ${cause instanceof Error ? cause.message : String(cause)}\n` +
        `The file may be corrupt or not an SQLite database. Move it aside (keep it for recovery) ` +
        `and start again to create a fresh one, or point TONGGONG_DB to another path.`,
      { cause },
    );
    this.name = 'DatabaseOpenError';
  }
}

/**
 * Opens (creating if needed) the SQLite database and brings its schema up to date.
 * WAL lets readers and the writer work side by side; the busy timeout lets a second
 * process on the same file wait for the lock instead of failing.
 */
export async function openDatabase(path: string): Promise<Db> {
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
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  await migrate(db);
  handles.set(db, sqlite);
  return db;
}

const handles = new WeakMap<Db, SQLite.Database>();

/**
 * The SQLite connection behind a database opened here, for the one write that must happen in the
 * same tick as an event outside the process (the outbox's "sent" mark right after a channel
 * accepted a message). Undefined for any other database (PostgreSQL): callers fall back to Kysely.
 */
export function sqliteHandle(db: Db): SQLite.Database | undefined {
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
