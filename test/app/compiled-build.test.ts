import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
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
