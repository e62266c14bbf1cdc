import { spawn } from 'node:child_process';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ConsoleChannel } from '../../../bot/channels/console/console-channel.ts';
import { ManualClock, OffsetClock } from '../../../bot/clock.ts';
import { loadOrg } from '../../../data/org/load-org.ts';
import { tempDbPath } from '../../fakes/org-fixture.ts';

/* The terminal chat's simulated time: forward only, and an earlier start chosen at launch. */
describe('the terminal chat clock', () => {
  it('refuses /time to an earlier moment, saying why and how to start earlier', async () => {
    const org = loadOrg();
    const wall = new ManualClock(new Date('2026-12-06T10:00:00+08:00'));
    const clock = new OffsetClock(wall);
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = '';
    output.on('data', (d: Buffer) => (printed += d.toString()));
    const moved: Date[] = [];
    const channel = new ConsoleChannel({
      directory: () => org.directory,
      clock,
      startAs: 'S011',
      roomNames: () => undefined,
      input,
      output,
      onTimeChanged: async (to) => void moved.push(to),
    });
    await channel.start(async () => {});
    input.write('/time 2026-12-01 09:00\n');
    await new Promise((r) => setTimeout(r, 50));
    expect(printed).toContain('模拟时间只能往后拨');
    expect(printed).toContain('--start');
    expect(moved).toEqual([]);
    expect(clock.now().toISOString()).toBe('2026-12-06T02:00:00.000Z');
    input.write('/time 2026-12-07 09:00\n');
    await new Promise((r) => setTimeout(r, 50));
    expect(moved.map((d) => d.toISOString())).toEqual(['2026-12-07T01:00:00.000Z']);
    await channel.stop();
  });

  it('npm start -- --start opens the chat at the chosen time and runs what falls due from there', async () => {
    const db = tempDbPath();
    // 2026-12-25 is a reminder day: the 09:00 reminders run when the clock passes 09:00.
    const typed = ['/time', '/time 2026-12-25 09:01', '/quit'];
    const out = await runTerminal(['--start', '2026-12-25T08:59', '--db', db], typed);
    expect(out).toContain('模拟时间 12月25日（周五）08:59');
    expect(out).toContain('同工助手：\n  【交材料提醒】');
  }, 120_000);

  it('refuses --start earlier than a database has already run', async () => {
    const db = tempDbPath();
    await runTerminal(['--start', '2026-12-24T09:00', '--db', db], ['/quit']);
    const out = await runTerminal(['--start', '2026-12-01T09:00', '--db', db], ['/quit']);
    expect(out).toContain('--start');
    expect(out).toContain('another --db file');
  }, 120_000);
});

/** Runs the terminal chat (no channel configured), types `lines`, returns everything printed. */
function runTerminal(args: string[], lines: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'silent', TONGGONG_CONSOLE: 'true' };
    delete env.WECHATY_PUPPET;
    delete env.WECOM_BOT_ID;
    const child = spawn(process.execPath, ['--import', 'tsx', 'app/main.ts', ...args], {
      env,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('exit', () => resolve(out));
    let sent = false;
    child.stdout.on('data', () => {
      if (sent || !out.includes('同工助手 · 终端模式')) return;
      sent = true;
      // One line at a time, each after the bot has had time to run what it starts.
      void (async () => {
        for (const line of lines) {
          await new Promise((r) => setTimeout(r, 1500));
          child.stdin.write(`${line}\n`);
        }
      })();
    });
    setTimeout(() => child.kill(), 100_000);
  });
}
