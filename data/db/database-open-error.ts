import { isPostgresUrl } from './dialect.ts';

/**
 * The database could not be opened: what to check, for the person starting the bot. Apart from
 * open-database.ts so start-up's error report doesn't load both database drivers to recognise it.
 */
export class DatabaseOpenError extends Error {
  constructor(
    readonly path: string,
    cause: unknown,
  ) {
    const why = cause instanceof Error ? cause.message : String(cause);
    super(
      isPostgresUrl(path)
        ? `无法连接数据库 ${redactLocation(path)}: ${why}\n` +
            `Check that PostgreSQL runs and the URL (DATABASE_URL or --db) names a database this user may use.`
        : `无法打开数据库 ${path}: ${why}\n` +
            `The file may be corrupt or not an SQLite database. Move it aside (keep it for recovery) ` +
            `and start again to create a fresh one, or point TONGGONG_DB to another path.`,
      { cause },
    );
    this.name = 'DatabaseOpenError';
  }
}

/** A database location fit to print: a PostgreSQL URL without its password. */
export function redactLocation(location: string): string {
  if (!isPostgresUrl(location)) return location;
  const url = new URL(location);
  if (url.password) url.password = '***';
  return url.toString();
}
