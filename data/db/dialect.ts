import type { Kysely, SelectQueryBuilder } from 'kysely';

/**
 * The one place where SQLite and PostgreSQL differ. Everything else (migrations, repositories)
 * is written once: times are ISO text, booleans 0/1, JSON text, upserts `on conflict`, and
 * `returning` works on both.
 */

/** Whether a database location is a PostgreSQL URL (anything else is an SQLite file or `:memory:`). */
export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/** Which SQL engine we're on, for the few places a migration or a query must differ. */
export function isPostgres(db: Kysely<any>): boolean {
  // The adapter's class name is the only stable, public marker Kysely gives us.
  return db.getExecutor().adapter.constructor.name.startsWith('Postgres');
}

/** An auto-numbered integer primary key column type, portable across SQLite and PostgreSQL. */
export function serialType(db: Kysely<any>): 'integer' | 'serial' {
  return isPostgres(db) ? 'serial' : 'integer';
}

/**
 * A floating-point column (days, hours, balances). SQLite's `real` is 8 bytes; PostgreSQL's is
 * 4, where ⅓ hour would come back as 0.33333334: use `double precision` there.
 */
export function floatType(db: Kysely<any>): 'real' | 'double precision' {
  return isPostgres(db) ? 'double precision' : 'real';
}

/**
 * A claim's row pick (`select id … limit 1`), locked on PostgreSQL so that concurrent claimers
 * each take a different row instead of queueing on the same one (`for update skip locked`).
 * SQLite has one writer at a time, so the conditional update alone already makes claims exclusive.
 */
export function skipLocked<DB, TB extends keyof DB, O>(
  db: Kysely<any>,
  pick: SelectQueryBuilder<DB, TB, O>,
): SelectQueryBuilder<DB, TB, O> {
  return isPostgres(db) ? pick.forUpdate().skipLocked() : pick;
}
