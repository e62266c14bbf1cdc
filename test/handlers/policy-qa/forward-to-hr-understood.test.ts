import { afterEach, describe, expect, it } from 'vitest';
import type { Simulation } from '../../../app/simulation/simulation.ts';
import { leaveSim, to } from '../leave/leave-sim.ts';

let sim: Simulation;
afterEach(async () => {
  await sim?.close();
});

const HR = ['S005', 'S006'];
const toHr = (sent: Awaited<ReturnType<Simulation['say']>>) => HR.flatMap((id) => to(sent, id));

describe('forwarding to HR (issue 11)', () => {
  it('forwards the question the person asked after a yes to it', async () => {
    sim = await leaveSim();
    await sim.say('S011', '无人机飞行规定是什么');
    const sent = await sim.say('S011', '好的');
    expect(toHr(sent)).toHaveLength(2);
    expect(toHr(sent)[0]).toContain('无人机飞行规定是什么');
  });

  it('after a declined offer for 「全部同意」, a later 「好的」 forwards nothing', async () => {
    sim = await leaveSim();
    await sim.say('S010', '全部同意');
    const declined = await sim.say('S010', '不用');
    expect(toHr(declined)).toEqual([]);
    const later = await sim.say('S010', '好的');
    expect(toHr(later)).toEqual([]);
    expect(to(later, 'S010').join('\n')).not.toContain('已把您的问题转给');
  });

  it('lets the offer lapse quietly: a yes the next day forwards nothing and no 「已超时」 notice is sent', async () => {
    sim = await leaveSim();
    await sim.say('S011', '无人机飞行规定是什么');
    await sim.advanceTo(new Date(sim.clock.now().getTime() + 24 * 3600_000));
    const later = await sim.say('S011', '好的');
    expect(toHr(later)).toEqual([]);
    expect(to(later, 'S011').join('\n')).not.toContain('超时');
  });

  it('never forwards something that is no question, even on a yes', async () => {
    sim = await leaveSim();
    await sim.say('S010', '全部同意');
    const sent = await sim.say('S010', '好的');
    expect(toHr(sent)).toEqual([]);
  });
});
