import { spawn, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/*
 * The command line's output is for other programs: every line it prints must reach a pipe,
 * however slowly the other end reads, and the times must read as the input's Beijing time.
 */
const START = '2026-12-01T09:00:00+08:00';

function tonggong(args: string[], input = '') {
  const result = spawnSync(process.execPath, ['bin/tonggong.js', ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, LOG_LEVEL: 'silent' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * Runs `bin/tonggong.js` with stdout a pipe nobody reads until the command has written its last
 * line to stderr (the complaint about the final, malformed script line) and had ample time to
 * exit: a process that exits with writes still queued loses them here.
 */
function slowReader(args: string[], input: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/tonggong.js', ...args], {
      env: { ...process.env, LOG_LEVEL: 'silent' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let code: number | null | undefined;
    let closed = false;
    child.stdout.pause();
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
      if (/line \d+: not a valid/.test(stderr)) setTimeout(() => child.stdout.resume(), 1500);
    });
    child.on('error', reject);
    child.on('exit', (c) => {
      code = c;
      if (closed) resolve({ code, stdout, stderr });
    });
    child.stdout.on('close', () => {
      closed = true;
      if (code !== undefined) resolve({ code, stdout, stderr });
    });
    child.stdin.end(input);
  });
}

describe('tonggong output through a pipe', () => {
  it('prints every line of a long simulate to a pipe that reads slowly, then exits', async () => {
    const n = 400;
    const help = JSON.stringify({ from: 'S011', text: '帮助' });
    const script = [...Array.from({ length: n }, () => help), 'not json'].join('\n');
    const { code, stdout, stderr } = await slowReader(['simulate', '--start', START], script);
    expect(stderr).toContain(`line ${n + 1}`);
    expect(code).toBe(2);
    const lines = stdout.split('\n').filter(Boolean);
    expect(lines).toHaveLength(n);
    for (const l of lines) expect(JSON.parse(l)).toMatchObject({ to: 'S011' });
  }, 120_000);
});

describe('simulate', () => {
  it('prints `at` in Beijing time with its +08:00 offset, as its input is written', () => {
    const { stdout } = tonggong(['simulate', '--start', START], JSON.stringify({ from: 'S011', text: '帮助' }));
    expect(JSON.parse(stdout.trim())).toMatchObject({ at: '2026-12-01T09:00:00+08:00', to: 'S011' });
  });

  it('answers a clock line that goes backwards with an error for that line, and goes on', () => {
    const script = [
      { at: '2026-12-01T10:00:00+08:00' },
      { at: '2026-12-01T09:30:00+08:00' },
      { from: 'S011', text: '帮助' },
    ]
      .map((l) => JSON.stringify(l))
      .join('\n');
    const { code, stdout, stderr } = tonggong(['simulate', '--start', START], script);
    expect(code).toBe(2);
    expect(stderr).toContain('line 2');
    expect(stderr).toContain('2026-12-01T10:00:00+08:00');
    const out = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const last = { at: '2026-12-01T10:00:00+08:00', to: 'S011', text: expect.stringContaining('我是同工助手') };
    expect(out.at(-1)).toMatchObject(last);
  });
});
