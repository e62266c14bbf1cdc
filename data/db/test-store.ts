import { createHash, randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import type { PostgresOptions } from './open-postgres.ts';

/**
 * The test suite's switch to PostgreSQL (`npm run test:pg` sets it; a deployment never does):
 * with `TONGGONG_TEST_STORE` holding a PostgreSQL URL, every SQLite location the tests open, in
 * this process and in the CLI processes it starts, becomes a schema there — `:memory:` a fresh
 * schema dropped on close, a file a schema named after its path, so a restart on the same file
 * finds its data and two processes on one file share one database.
 */
export function testStoreFor(
  location: string,
  env = process.env,
): { url: string; options: PostgresOptions } | undefined {
  const url = env.TONGGONG_TEST_STORE;
  if (!url) return undefined;
  if (location === ':memory:') {
    return { url, options: { schema: `mem_${process.pid}_${randomBytes(6).toString('hex')}`, dropOnClose: true } };
  }
  const digest = createHash('sha256').update(resolve(location)).digest('hex').slice(0, 24);
  return { url, options: { schema: `file_${digest}` } };
}
