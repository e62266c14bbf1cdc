import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { Simulation } from '../../../app/simulation/simulation.ts';
import { tempDbPath } from '../../fakes/org-fixture.ts';

function tonggong(args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'app/cli/main.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, LOG_LEVEL: 'silent' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('tonggong questions', () => {
  it("lists the queue of the bot's database, most asked first, as text or JSON, never who asked", async () => {
    const db = tempDbPath();
    expect(tonggong(['questions', '--db', db]).stdout).toBe('no unanswered questions\n');
    const sim = await Simulation.create({ dbPath: db, start: new Date('2026-12-01T09:00:00+08:00') });
    await sim.say('S011', '无人机飞行规定是什么');
    await sim.say('S012', '能不能远程办公');
    await sim.say('S013', '能不能远程办公');
    await sim.say('S011', '婚假有几天');
    await sim.say('S011', '不对');
    await sim.close();

    const text = tonggong(['questions', '--db', db]);
    expect(text.code).toBe(0);
    expect(text.stdout.split('\n')[0]).toMatch(/^\d+\t2次\t能不能远程办公\t—\t最近 12月1日（周二）/);
    expect(text.stdout).toMatch(/婚假有几天\t《员工手册》5\. 婚假/);

    const rows = tonggong(['questions', '--json', '--db', db])
      .stdout.trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(rows.map((r) => [r.question, r.count])).toEqual([
      ['能不能远程办公', 2],
      ['婚假有几天', 1],
      ['无人机飞行规定是什么', 1],
    ]);
    const section = { doc: 'leya-employee-handbook', path: expect.stringMatching(/5\. 婚假$/) };
    expect(rows[1]).toMatchObject({ kinds: { disliked: 1 }, section });
    expect(JSON.stringify(rows)).not.toMatch(/S01\d|郑雨|孙浩/);
  });
});
