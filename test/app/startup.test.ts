import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copySampleOrg, tempDbPath, writeOrgFile } from '../fakes/org-fixture.ts';
import { runNode } from '../fakes/run-node.ts';

async function start(args: string[], env: Record<string, string> = {}) {
  const result = await runNode(['--import', 'tsx', 'app/main.ts', '--db', tempDbPath(), ...args], {
    input: '/quit\n',
    env: { ...process.env, ...env },
    // Start-up builds the policy index: on a loaded machine that takes a while.
    timeout: 90_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('starting the bot', () => {
  it('opens the terminal chat with no settings at all', async () => {
    const { code, stdout } = await start([], { LOG_LEVEL: 'warn' });
    expect(code).toBe(0);
    expect(stdout).toContain('同工助手 · 终端模式');
  });

  it('stops with the setting named when a setting is wrong', async () => {
    const { code, stderr } = await start([], { LOG_LEVEL: 'loud' });
    expect(code).toBe(1);
    expect(stderr).toContain('LOG_LEVEL');
    expect(stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace
  });

  it('stops with the file, row and field named when the organisation data is broken', async () => {
    const dir = copySampleOrg();
    const csv = readFileSync(join(dir, 'staff.csv'), 'utf8').replace(
      'S013,赵丽娜,social_worker,长者服务组,服务部,女,2025-12-01',
      'S013,赵丽娜,social_worker,长者服务组,服务部,女,2025-02-30',
    );
    writeOrgFile(dir, 'staff.csv', csv);
    const { code, stderr } = await start(['--org', dir], { LOG_LEVEL: 'warn' });
    expect(code).toBe(1);
    expect(stderr).toMatch(/staff\.csv[\s\S]*row \d+, field "hire_date": is not a real date/);
  });

  it("refuses one organisation's chat account alongside ORGS_DIR, naming the setting", async () => {
    const { code, stderr } = await start([], {
      LOG_LEVEL: 'warn',
      ORGS_DIR: copySampleOrg(),
      WECOM_BOT_ID: 'bot',
      WECOM_BOT_SECRET: 'secret',
    });
    expect(code).toBe(1);
    expect(stderr).toContain('WECOM_BOT_ID is set: with ORGS_DIR each organisation names its accounts in org.json');
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
