import { afterEach, describe, expect, it } from 'vitest';
import type { Simulation } from '../../../app/simulation/simulation.ts';
import { firstSteps, fourWaitingOnLead, one } from './leave-sim.ts';

let sim: Simulation;
afterEach(async () => {
  await sim?.close();
});

describe('approvals with an exception, or a clause about another request', () => {
  it('reads back 「除了2号 其他都同意」 as 1, 3 and 4, and leaves 2 waiting after 确认', async () => {
    sim = await fourWaitingOnLead();
    const readBack = one(await sim.say('S010', '除了2号 其他都同意'), 'S010');
    expect(readBack).toContain('将同意以下3份申请');
    expect(readBack).not.toContain('第2号');
    await sim.say('S010', '确认');
    expect(await firstSteps(sim)).toEqual({ 1: 'approved', 2: 'waiting', 3: 'approved', 4: 'approved' });
  });

  it('takes 孙浩’s request out of 「都同意 除了孙浩的」', async () => {
    sim = await fourWaitingOnLead();
    const readBack = one(await sim.say('S010', '都同意 除了孙浩的'), 'S010');
    expect(readBack).not.toContain('孙浩');
    await sim.say('S010', '确认');
    expect(await firstSteps(sim)).toEqual({ 1: 'approved', 2: 'waiting', 3: 'approved', 4: 'approved' });
  });

  it('decides 1 and 3 on 「1和3同意 2等我问问他再说」, and leaves 2 waiting', async () => {
    sim = await fourWaitingOnLead();
    const readBack = one(await sim.say('S010', '1和3同意 2等我问问他再说'), 'S010');
    expect(readBack).toContain('将同意以下2份申请');
    expect(readBack).not.toContain('第2号');
    await sim.say('S010', '确认');
    expect(await firstSteps(sim)).toEqual({ 1: 'approved', 2: 'waiting', 3: 'approved', 4: 'waiting' });
  });

  it('decides nothing on 「2号行 3号不行」: two decisions are asked again, never both rejected', async () => {
    sim = await fourWaitingOnLead();
    await sim.say('S010', '2号行 3号不行');
    // Were it read as a rejection, this would be taken as its reason and both rejected.
    await sim.say('S010', '那天人手不够');
    expect(await firstSteps(sim)).toEqual({ 1: 'waiting', 2: 'waiting', 3: 'waiting', 4: 'waiting' });
  });
});
