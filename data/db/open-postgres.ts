import { userInfo } from 'node:os';
import pg from 'pg';
import { Kysely, PostgresDialect, type DatabaseIntrospector, type Driver } from 'kysely';
import { SchemaIntrospector } from './schema-introspector.ts';
import type { Database } from './schema.ts';

export interface PostgresOptions {
  /** The schema to keep the tables in (created if missing); else `?schema=` in the URL, else `public`. */
  readonly schema?: string;
  /** Drop the schema when the database is closed: a throwaway store, like SQLite's `:memory:`. */
  readonly dropOnClose?: boolean;
  /**
   * Connections this database may open (pg's default: 10). A process serving many organisations
   * opens one pool per organisation: the month bench's 3 × 20 pools would pass the server's 100.
   */
  readonly poolMax?: number;
}

const INT8 = 20;
const NUMERIC = 1700;

/**
 * Results as better-sqlite3 gives them: `count(*)` and `sum()` are bigint or numeric on
 * PostgreSQL, which pg returns as strings; ours are counts and day totals, well inside a double.
 */
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8 || oid === NUMERIC
      ? (v: string) => Number(v)
      : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
};

/** A PostgreSQL schema name we create and put in `search_path` (so nothing needs quoting). */
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** Splits our own `?schema=` off a PostgreSQL URL (pg would pass it to the server as a setting). */
export function postgresTarget(url: string, options: PostgresOptions = {}): { url: string; schema: string } {
  const parsed = new URL(url);
  const schema = options.schema ?? parsed.searchParams.get('schema') ?? 'public';
  parsed.searchParams.delete('schema');
  // As psql does: no user in the URL or PGUSER means the operating-system user (pg would want USER set).
  if (!parsed.username && !process.env.PGUSER) parsed.username = userInfo().username;
  if (!SCHEMA_NAME.test(schema)) {
    throw new Error(`schema ${JSON.stringify(schema)}: use lower-case letters, digits and _`);
  }
  return { url: parsed.toString(), schema };
}

/**
 * A Kysely instance on PostgreSQL, every connection working in `schema` (created if missing).
 * Idle connections let the process exit, as an SQLite file does: a CLI command needs no close.
 */
export async function connectPostgres(url: string, options: PostgresOptions = {}): Promise<Kysely<Database>> {
  const target = postgresTarget(url, options);
  const pool = new pg.Pool({
    connectionString: target.url,
    options: `-c search_path=${target.schema}`,
    types,
    allowExitOnIdle: true,
    ...(options.poolMax ? { max: options.poolMax } : {}),
  });
  // An idle connection the server dropped (a restart) is replaced by the pool; the next query
  // fails loudly if the server is really gone. Without a listener the error would end the process.
  pool.on('error', () => {});
  try {
    await createSchema(pool, target.schema);
  } catch (error) {
    await pool.end();
    throw error;
  }
  const drop = options.dropOnClose ? () => pool.query(`drop schema if exists ${target.schema} cascade`) : undefined;
  return new Kysely<Database>({ dialect: new SchemaDialect(pool, drop) });
}

/** Creates the schema if missing; for `public`, only checks the server answers (so a bad URL fails here). */
async function createSchema(pool: pg.Pool, schema: string): Promise<void> {
  if (schema === 'public') {
    await pool.query('select 1');
    return;
  }
  try {
    await pool.query(`create schema if not exists ${schema}`);
  } catch (error) {
    // Two processes creating the same schema at once: `if not exists` still lets one of them fail.
    const code = (error as { code?: string }).code;
    if (code !== '23505' && code !== '42P06') throw error;
  }
}

/** Kysely's PostgreSQL dialect, introspecting only its own schema and (optionally) dropping it on close. */
class SchemaDialect extends PostgresDialect {
  constructor(
    pool: pg.Pool,
    private readonly dropOnClose?: () => Promise<unknown>,
  ) {
    super({ pool });
  }

  override createDriver(): Driver {
    const driver = super.createDriver();
    const drop = this.dropOnClose;
    if (!drop) return driver;
    const destroy = driver.destroy.bind(driver);
    driver.destroy = async () => {
      // A throwaway schema that could not be dropped goes with the test run's database.
      await drop().catch(() => {});
      await destroy();
    };
    return driver;
  }

  override createIntrospector(db: Kysely<any>): DatabaseIntrospector {
    return new SchemaIntrospector(db);
  }
}
