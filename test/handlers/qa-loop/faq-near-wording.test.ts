import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Simulation } from '../../../app/simulation/simulation.ts';
import { declined, HR, idOf, startLoop, to, ZHENG_YU } from './qa-loop-kit.ts';

const S014 = 'S014';
const PARKING = '中心楼下停车场员工凭工牌免费停，找前台登记车牌';

let sim: Simulation;
let close: () => Promise<void>;
beforeEach(async () => {
  ({ sim, close } = await startLoop());
});
afterEach(async () => close());

describe('an answer HR saved with 「存为问答」', () => {
  it('answers a shorter wording of the same question (「停车位免费吗」), and still not an unrelated one', async () => {
    expect(declined(await sim.say(ZHENG_YU, '中心的停车位可以免费停吗'))).toBe(true);
    const id = await idOf(sim, '中心的停车位可以免费停吗');
    await sim.say(HR, `回复问题 ${id} ${PARKING}`);
    expect(to(await sim.say(HR, '存为问答'), HR)[0]).toContain('已存为问答');
    for (const asked of ['停车位免费吗', '中心的停车位免费吗']) {
      expect(to(await sim.say(S014, asked), S014)[0], asked).toContain(PARKING);
    }
    for (const asked of ['婚假有几天', '单位有没有食堂']) {
      expect(to(await sim.say(S014, asked), S014).join('\n'), asked).not.toContain(PARKING);
    }
  });
});
