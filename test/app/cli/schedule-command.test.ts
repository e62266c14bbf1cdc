import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runNode } from '../../fakes/run-node.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');

function schedule(...args: string[]) {
  return runNode(['--import', 'tsx', join(ROOT, 'app/cli/main.ts'), 'schedule', ...args], {
    cwd: ROOT,
    env: { ...process.env, TZ: 'UTC' },
  });
}

describe('tonggong schedule', () => {
  it('prints the plan with date, weekday, time, job, recipients and a preview, sending nothing', async () => {
    const r = await schedule('--from', '2026-12-01', '--to', '2027-01-31');
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toContain('2027年的放假安排尚未公布，按法定节假日计算');
    expect(
      lines.some((l) => l.startsWith('2026-12-04  周五  09:00  交材料提醒  18人  【交材料提醒】请在12月5日（周六）前')),
    ).toBe(true);
    expect(lines.some((l) => l.startsWith('2026-12-30  周三  16:00  未交名单（组长）'))).toBe(true);
    expect(lines.some((l) => l.startsWith('2026-12-07  周一  09:00  生日祝福  1人+1群'))).toBe(true);
    expect(lines.at(-1)).toMatch(/^共 \d+ 次定时任务，\d+ 条消息（只是计划，没有发送）。$/);
  });

  it('prints JSON lines with --json', async () => {
    const r = await schedule('--from', '2026-12-25', '--to', '2026-12-25', '--json');
    const rows = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(rows.find((x) => x.job === 'deadline-reminders')).toMatchObject({
      date: '2026-12-25',
      weekday: '周五',
      time: '09:00',
      recipients: { people: 19, rooms: 0 },
    });
  });

  it('explains its arguments when they are wrong', async () => {
    const r = await schedule('--from', '2026-13-01');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('usage: tonggong schedule');
  });
});
