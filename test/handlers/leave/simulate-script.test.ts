import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runNode } from '../../fakes/run-node.ts';

const ROOT = resolve(import.meta.dirname, '../../..');

describe('tonggong simulate', () => {
  it('runs a whole leave and overtime script from JSON lines', async () => {
    const script = readFileSync(join(import.meta.dirname, 'fixtures', 'leave-demo.jsonl'), 'utf8');
    const run = await runNode(
      ['--import', 'tsx', 'app/cli/main.ts', 'simulate', '--start', '2026-11-02T10:00:00+08:00'],
      {
        cwd: ROOT,
        input: script,
        env: { ...process.env, TONGGONG_ORG_DIR: '', LOG_LEVEL: 'silent' },
      },
    );
    expect(run.status, run.stderr).toBe(0);
    const sent = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { to?: string; room?: string; text: string });
    const texts = (who: string) =>
      sent
        .filter((s) => s.to === who || s.room === who)
        .map((s) => s.text)
        .join('\n');
    expect(texts('S011')).toContain('已由周文华批准');
    expect(texts('S011')).toContain('已记入调休3.5小时');
    expect(texts('S011')).toContain('剩余可用：2天');
    expect(texts('staff-group')).toBe('涉及个人信息，已私信您。');
    expect(texts('S005')).toContain('第1号 郑雨（长者服务组）年假 12月7日（周一）至12月9日（周三），3天 · 已批准');
  });
});
