import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copySampleOrg, tempDbPath, writeOrgFile } from '../../fakes/org-fixture.ts';
import { runNode } from '../../fakes/run-node.ts';

/** Runs the real `tonggong` command in a child process. */
async function tonggong(args: string[], input = '') {
  const result = await runNode(['--import', 'tsx', 'app/cli/main.ts', ...args], {
    input,
    env: { ...process.env, LOG_LEVEL: 'silent' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('tonggong command line', () => {
  it("answers a mistyped option with the command's usage and exit code 2, and --help with the usage", async () => {
    const wrong = await tonggong(['simulate', '--dbb', 'x.db']);
    expect(wrong.code).toBe(2);
    const usage = 'usage: tonggong simulate [--org DIR] [--db PATH] [--start ISO] < script.jsonl';
    expect(wrong.stderr).toBe(`tonggong simulate: Unknown option '--dbb'\n${usage}\n`);
    const help = await tonggong(['simulate', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^usage: tonggong simulate /);
  });

  it('ask --json answers one question per stdin line, found false when not from the documents', async () => {
    const { code, stdout } = await tonggong(['ask', '--json'], '婚假有几天\n今天天气怎么样\n\n谁请病假了\n');
    expect(code).toBe(0);
    const lines = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({ question: '婚假有几天', found: true });
    expect(lines[0].citations[0]).toEqual({ doc: expect.any(String), section: expect.any(String) });
    expect(lines[1]).toMatchObject({ found: false, citations: [] });
    expect(lines[2]).toMatchObject({ found: false, citations: [] });
  });

  it('simulate prints every message the bot sends as JSON lines', async () => {
    const script = [
      { from: 'S011', text: '帮助' },
      { from: 'X-unknown', text: '你好' },
      { from: 'S011', room: 'staff-group', mention: true, text: '你好' },
      { from: 'S011', room: 'staff-group', text: '大家好' },
    ]
      .map((l) => JSON.stringify(l))
      .join('\n');
    const { code, stdout } = await tonggong(['simulate', '--start', '2026-12-01T09:00:00+08:00'], script);
    expect(code).toBe(0);
    const out = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out).toEqual([
      { at: '2026-12-01T09:00:00+08:00', to: 'S011', text: expect.stringContaining('我是同工助手') },
      { at: '2026-12-01T09:00:00+08:00', to: 'X-unknown', text: expect.stringContaining('绑定码') },
      { at: '2026-12-01T09:00:00+08:00', room: 'staff-group', text: expect.stringContaining('您好') },
    ]);
  });

  it('simulate on the same --db file twice behaves like a restart', async () => {
    const db = tempDbPath();
    await tonggong(
      ['simulate', '--db', db, '--start', '2026-12-01T09:00:00+08:00'],
      JSON.stringify({ from: 'S011', text: '食堂中午吃什么' }),
    );
    const { stdout } = await tonggong(
      ['simulate', '--db', db, '--start', '2026-12-01T09:01:00+08:00'],
      JSON.stringify({ from: 'S011', text: '好的' }),
    );
    // The offer to forward the question to HR survived the restart.
    expect(stdout).toContain('"to":"S005"');
    expect(stdout).toContain('食堂中午吃什么');
  });

  it('simulate without --db keeps nothing: HR’s 「存为问答」 in a trial run leaves faq.csv as it was', async () => {
    const org = copySampleOrg();
    const before = readFileSync(join(org, 'faq.csv'), 'utf8');
    const script = [
      { from: 'S011', text: '能不能远程办公' },
      { from: 'S005', text: '回复问题 1 暂时不可以。' },
      { from: 'S005', text: '存为问答' },
    ]
      .map((l) => JSON.stringify(l))
      .join('\n');
    const { code, stdout } = await tonggong(['simulate', '--org', org, '--start', '2026-12-01T09:00:00+08:00'], script);
    expect(code).toBe(0);
    expect(stdout).toContain('已存为问答');
    expect(readFileSync(join(org, 'faq.csv'), 'utf8')).toBe(before);
  });

  it('simulate names a malformed line and goes on', async () => {
    const { code, stdout, stderr } = await tonggong(
      ['simulate', '--start', '2026-12-01T09:00:00+08:00'],
      'not json\n{"from":"S011","text":"帮助"}\n',
    );
    expect(code).toBe(2);
    expect(stderr).toContain('line 1');
    expect(stdout).toContain('我是同工助手');
  });

  it('check-org names the file, row and field of a broken folder', async () => {
    const dir = copySampleOrg();
    const csv = readFileSync(join(dir, 'staff.csv'), 'utf8').replace('S012,孙浩,social_worker', 'S012,孙浩,boss');
    writeOrgFile(dir, 'staff.csv', csv);
    const { code, stdout } = await tonggong(['check-org', dir]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/staff\.csv[\s\S]*row \d+, field "roles": unknown role "boss"/);
  });

  it('staff --json prints one object per person', async () => {
    const { stdout } = await tonggong(['staff', '--json']);
    const rows = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(rows.length).toBeGreaterThanOrEqual(28);
    expect(rows.find((r) => r.id === 'S021')).toMatchObject({ birthdayCalendar: 'lunar', birthdayLeapMonth: true });
  });

  it('bind-code, bindings and unbind work on the bot’s database', async () => {
    const db = tempDbPath();
    expect((await tonggong(['bind-code', 'S011', '--db', db])).stdout).toMatch(
      /郑雨（S011）的绑定码：\d{4} \d{4} \d{4}/,
    );
    expect((await tonggong(['bindings', '--db', db])).stdout).toContain('no bindings yet');
    expect((await tonggong(['unbind', 'S011', '--db', db])).stdout).toContain('removed 0 binding(s)');
  });
});
