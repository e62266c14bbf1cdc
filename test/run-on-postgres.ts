/**
 * `npm run test:pg`: the whole suite on PostgreSQL. Creates a fresh database for the run on the
 * server of TEST_DATABASE_URL (default: the local one, trust auth), points TONGGONG_TEST_STORE at it
 * (each test's database becomes a schema there, see data/db/test-store.ts), runs vitest with the
 * arguments given, and drops the database after, whatever the outcome.
 */
import { spawn } from 'node:child_process';
import pg from 'pg';
import { postgresTarget } from '../data/db/open-postgres.ts';

const server = process.env.TEST_DATABASE_URL ?? 'postgres://127.0.0.1:5432/test';
const name = `tonggong_test_${Date.now().toString(36)}_${process.pid}`;

async function admin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: postgresTarget(server).url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

function vitest(args: string[], url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const bin = new URL('../node_modules/vitest/vitest.mjs', import.meta.url).pathname;
    // Each query is a round trip to the server rather than a call into SQLite: the year-long
    // simulations take two to three times as long, so their hooks and tests get twice the time.
    const timeouts = ['--testTimeout=240000', '--hookTimeout=240000'];
    const child = spawn(process.execPath, [bin, 'run', ...timeouts, ...args], {
      stdio: 'inherit',
      env: { ...process.env, TONGGONG_TEST_STORE: url },
    });
    // Stopped with Ctrl+C or a kill: stop vitest first, so the database is still dropped below.
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => child.kill(signal));
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

await admin(async (c) => {
  await c.query(`create database ${name}`);
  // The run's data is thrown away: waiting for each commit to reach the disk would only slow it.
  await c.query(`alter database ${name} set synchronous_commit = off`);
});
const url = new URL(server);
url.pathname = `/${name}`;
let code = 1;
try {
  process.stdout.write(`PostgreSQL store: database ${name}\n`);
  code = await vitest(process.argv.slice(2), url.toString());
} finally {
  await admin((c) => c.query(`drop database if exists ${name} with (force)`));
}
process.exitCode = code;
