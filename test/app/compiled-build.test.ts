import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../data/project-root.ts';
import { tempDbPath } from '../fakes/org-fixture.ts';
import { runNode } from '../fakes/run-node.ts';

/**
 * Production runs the bundle `npm install` builds (tools/build/build.mjs), not the TypeScript:
 * built here into a folder of its own under var/ (inside the project, as dist/ is), it must find
 * the data files that sit beside the code and answer as the TypeScript does.
 */
describe('the compiled build', () => {
  let out = '';
  beforeAll(async () => {
    mkdirSync(join(PROJECT_ROOT, 'var'), { recursive: true });
    out = mkdtempSync(join(PROJECT_ROOT, 'var', 'build-test-'));
    const build = await runNode(['tools/build/build.mjs', out], { cwd: PROJECT_ROOT, timeout: 90_000 });
    expect(build.stderr).toBe('');
    expect(build.status).toBe(0);
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('answers `tonggong ask` from the sample organisation, with the citation', async () => {
    const run = await runNode([join(out, 'cli.js'), 'ask', '婚假几天'], {
      env: { ...process.env, LOG_LEVEL: 'silent' },
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('结婚假为三日');
    expect(run.stdout).toContain('——《');
  });

  it('keeps its Q&A index on disk and answers from it on the next start exactly as it did', async () => {
    const cache = mkdtempSync(join(out, 'cache-'));
    const ask = () =>
      runNode([join(out, 'cli.js'), 'ask', '--json'], {
        input: '结婚可以休几天\n病假工资怎么算\n出去家访打车能报销吗\n借钱给服务对象可以吗\n',
        env: { ...process.env, LOG_LEVEL: 'silent', TONGGONG_CACHE_DIR: cache },
      });
    const built = await ask();
    expect(built.status).toBe(0);
    const kept = readdirSync(cache).filter((f) => f.startsWith('policy-index-'));
    expect(kept).toHaveLength(1);
    const writtenAt = statSync(join(cache, kept[0]!)).mtimeMs;
    const restored = await ask();
    // Read back, not built and written again.
    expect(statSync(join(cache, kept[0]!)).mtimeMs).toBe(writtenAt);
    expect(restored.stderr).toBe('');
    expect(restored.stdout).toBe(built.stdout);
    expect(built.stdout.split('\n').filter(Boolean)).toHaveLength(4);
  });

  it('starts the terminal chat, as `npm start` does, and quits', async () => {
    const run = await runNode([join(out, 'main.js'), '--db', tempDbPath()], {
      input: '/quit\n',
      env: { ...process.env, LOG_LEVEL: 'warn', WEB_ENABLED: 'false' },
      timeout: 90_000,
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('同工助手 · 终端模式');
  });
});
