import { defineConfig } from 'vitest/config';

/**
 * Made for a slow, shared machine (CI runs on a loaded 2-core one):
 * - two forked workers at most: more only makes them fight over the same cores;
 * - generous timeouts: a conversation test that takes 2 s on an idle machine took 30 s under
 *   load, and a timeout there is a false failure, not a finding;
 * - vitest's own worker↔runner messages time out after a fixed 60 s that no option changes
 *   (birpc's DEFAULT_TIMEOUT in vitest 3): a test must never block its worker that long, so
 *   child processes are run asynchronously (test/fakes/run-node.ts), never with spawnSync,
 *   and the event loop gets a turn around every test and every simulated clock step.
 */
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Every test runs with the process in UTC so that any stray use of local time shows up
    // as a wrong Asia/Shanghai date.
    env: { TZ: 'UTC' },
    testTimeout: 120_000,
    hookTimeout: 120_000,
    teardownTimeout: 60_000,
    setupFiles: ['test/setup/let-the-worker-breathe.ts'],
    pool: 'forks',
    poolOptions: { forks: { minForks: 1, maxForks: 2 } },
  },
});
