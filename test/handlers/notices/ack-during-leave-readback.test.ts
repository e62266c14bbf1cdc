import { afterEach, describe, expect, it } from 'vitest';
import type { Simulation } from '../../../app/simulation/simulation.ts';
import { ackedBy, withDeliveredNotice } from './notice-harness.ts';

let sim: Simulation;
afterEach(async () => {
  await sim?.close();
});

describe('「收到」 while a leave request waits at its read-back', () => {
  // The leave flow takes the message before any handler: it reads it knowing the person's open notices.
  it('confirms the open notice and keeps the leave request waiting for 「确认」', async () => {
    sim = await withDeliveredNotice();
    expect((await sim.say('S011', '下周三请事假 去办证'))[0]!.text).toContain('请核对您的请假申请');
    const out = (await sim.say('S011', '收到')).map((s) => s.text);
    expect(out.join('\n')).toContain('已确认收到通知 1');
    expect(out.join('\n')).not.toContain('这句我没有当作修改');
    expect(await ackedBy(sim)).toEqual(['S011']);
    expect((await sim.say('S011', '确认')).map((s) => s.text).join('\n')).toContain('已提交');
  });
});
