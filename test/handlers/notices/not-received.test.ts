import { afterEach, describe, expect, it } from 'vitest';
import type { Simulation } from '../../../app/simulation/simulation.ts';
import { leaveSim, to } from '../leave/leave-sim.ts';

let sim: Simulation;
afterEach(async () => {
  await sim?.close();
});

/** HR sends a notice to everyone now; the clock moves on until it has gone out. */
async function noticeSent(text: string): Promise<void> {
  for (const said of ['发通知', text, '全体', '现在', '确认']) await sim.say('S005', said);
  await sim.advanceTo(new Date(sim.clock.now().getTime() + 5 * 60_000));
}

describe('「还没收到通知啊 什么会」 (found by a simulated week: it was declined with an offer to ask HR)', () => {
  it('shows the unconfirmed notice again, privately, with the way to confirm it, and records nothing', async () => {
    sim = await leaveSim();
    await noticeSent('明天上午9点全体例会，地点三楼会议室');
    const again = to(await sim.say('S043', '还没收到通知啊 什么会'), 'S043').join('\n');
    expect(again).toContain('还没确认');
    expect(again).toContain('明天上午9点全体例会');
    expect(again).toContain('收到');
    const status = to(await sim.say('S005', '通知 1 状态'), 'S005').join('\n');
    expect(status).toMatch(/已确认 0 人/);
  });

  it('says there is none when nothing is open for the person, and leaves other things not received alone', async () => {
    sim = await leaveSim();
    const none = to(await sim.say('S043', '我没收到通知'), 'S043').join('\n');
    expect(none).toContain('目前没有发给您');
    const other = to(await sim.say('S043', '没收到工资条'), 'S043').join('\n');
    expect(other).not.toContain('目前没有发给您');
  });
});
