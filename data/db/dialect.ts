import type { Kysely } from 'kysely';

/** Which SQL engine we're on, for the few places a migration must differ. */
export function isPostgres(db: Kysely<any>): boolean {
  // The adapter's class name is the only stable, public marker Kysely gives us.
  return db.getExecutor().adapter.constructor.name.startsWith('Postgres');
}

/** An auto-numbered integer primary key column type, portable across SQLite and PostgreSQL. */
export function serialType(db: Kysely<any>): 'integer' | 'serial' {
  return isPostgres(db) ? 'serial' : 'integer';
}
