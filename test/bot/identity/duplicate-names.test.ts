import { spawnSync } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Simulation } from '../../../app/simulation/simulation.ts';
import { copySampleOrg } from '../../fakes/org-fixture.ts';
import { deliverNotices } from '../../handlers/notices/notice-harness.ts';

/** The sample organisation plus a second 郑雨 (S060, 家庭综合组): a copy, the sample stays as it is. */
function orgWithTwoZhengYu(): string {
  const dir = copySampleOrg();
  appendFileSync(
    join(dir, 'staff.csv'),
    'S060,郑雨,social_worker,家庭综合组,服务部,女,2024-03-01,1999-04-04,solar,no,yes,ZhengYu2,\n',
  );
  return dir;
}

let sim: Simulation | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

const textTo = (sends: { to?: string; text: string }[], who: string) =>
  sends
    .filter((s) => s.to === who)
    .map((s) => s.text)
    .join('\n');

describe('two people with the same name', () => {
  it('「绑定码 郑雨」 asks which one, with team and id, and creates no code; the id then works', async () => {
    sim = await Simulation.create({ orgDir: orgWithTwoZhengYu(), start: new Date('2026-12-01T09:00:00+08:00') });
    const asked = textTo(await sim.say('S005', '绑定码 郑雨'), 'S005');
    expect(asked).toContain('目录里有 2 位「郑雨」');
    expect(asked).toContain('郑雨（S011，长者服务组）');
    expect(asked).toContain('郑雨（S060，家庭综合组）');
    expect(asked).not.toContain('的绑定码：');
    expect(textTo(await sim.say('S005', '绑定码 S060'), 'S005')).toContain('郑雨（S060）的绑定码：');
  });

  it('「调整余额 郑雨…」 asks which one and changes nobody’s balance', async () => {
    sim = await Simulation.create({ orgDir: orgWithTwoZhengYu(), start: new Date('2026-12-01T09:00:00+08:00') });
    const sends = await sim.say('S005', '调整余额 郑雨 年假 +1 补录');
    expect(textTo(sends, 'S005')).toContain('例如：调整余额 S011 年假 +1 补录');
    expect(sends.filter((s) => s.to === 'S011' || s.to === 'S060')).toEqual([]);
    expect(textTo(await sim.say('S005', '余额记录 郑雨'), 'S005')).toContain('目录里有 2 位「郑雨」');
    const done = await sim.say('S005', '调整余额 S060 年假 +1 补录');
    expect(textTo(done, 'S060')).toContain('年假');
    expect(textTo(done, 'S011')).toBe('');
  });

  it('a notice to 「郑雨」 asks which one; HR answers with the id', async () => {
    sim = await Simulation.create({ orgDir: orgWithTwoZhengYu(), start: new Date('2026-12-01T09:00:00+08:00') });
    await sim.say('S005', '发通知');
    await sim.say('S005', '明天上午体检，请空腹。');
    const asked = textTo(await sim.say('S005', '郑雨'), 'S005');
    expect(asked).toContain('郑雨（S060，家庭综合组）');
    expect(textTo(await sim.say('S005', 'S060'), 'S005')).toContain('什么时候发');
    const preview = textTo(await sim.say('S005', '现在'), 'S005');
    expect(preview).toContain('郑雨');
    await sim.say('S005', '确认');
    const sent = await deliverNotices(sim, sim.clock.now(), sim.clock.now());
    expect(sent.filter((s) => s.text.includes('体检')).map((s) => s.to)).toEqual(['S060']);
  });

  it('`tonggong check-org` warns about the duplicate name and still passes', () => {
    const cli = spawnSync(process.execPath, ['--import', 'tsx', 'app/cli/main.ts', 'check-org', orgWithTwoZhengYu()], {
      encoding: 'utf8',
      env: { ...process.env, LOG_LEVEL: 'silent' },
    });
    expect(cli.status).toBe(0);
    expect(cli.stdout).toContain('warning: staff.csv: 2 people are named 郑雨 (S011 长者服务组, S060 家庭综合组)');
  });
});
