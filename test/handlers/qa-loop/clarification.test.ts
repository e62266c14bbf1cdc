import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Simulation } from '../../../app/simulation/simulation.ts';
import { qaText } from '../../../handlers/policy-qa/messages.ts';
import { loopText } from '../../../handlers/qa-loop/messages.ts';
import { HR, openQueue, startLoop, to } from './qa-loop-kit.ts';

const ZHAO = 'S013';

let sim: Simulation;
let close: () => Promise<void>;
beforeEach(async () => {
  ({ sim, close } = await startLoop());
});
afterEach(async () => close());

describe('what the asker writes right after 「不对」', () => {
  it('is taken as what they meant: HR reads it with the question, and the asker is told so', async () => {
    const answer = await sim.say(ZHAO, '上班路上摔伤算工伤吗');
    expect(answer[0]!.text).toContain('工伤');
    expect(to(await sim.say(ZHAO, '不对'), ZHAO)).toEqual([loopText.dislikeNoted]);
    const out = await sim.say(ZHAO, '我问的是上班路上');
    expect(to(out, ZHAO)).toEqual([loopText.clarified]);
    expect(to(out, ZHAO)).not.toContain(qaText.noted);
    const [q] = await openQueue(sim);
    expect(q).toMatchObject({ text: '上班路上摔伤算工伤吗（补充：我问的是上班路上）', count: 1 });
    // HR's answer reaches the asker, quoting what they asked.
    const replied = await sim.say(HR, `回复问题 ${q!.id} 上下班途中受伤，按工伤认定办理，请联系人力资源部。`);
    expect(to(replied, ZHAO)[0]).toContain('上班路上摔伤算工伤吗');
  });

  it('is a remark as before when it comes long after the 「不对」', async () => {
    await sim.say(ZHAO, '上班路上摔伤算工伤吗');
    await sim.say(ZHAO, '不对');
    await sim.advanceTo(new Date(sim.clock.now().getTime() + 30 * 60_000));
    await sim.say(ZHAO, '我问的是上班路上');
    const [q] = await openQueue(sim);
    expect(q!.text).toBe('上班路上摔伤算工伤吗');
  });

  it('is no clarification when it lets the question go (「那算了」)', async () => {
    await sim.say(ZHAO, '上班路上摔伤算工伤吗');
    await sim.say(ZHAO, '不对');
    expect(to(await sim.say(ZHAO, '那算了'), ZHAO)).not.toContain(loopText.clarified);
    const [q] = await openQueue(sim);
    expect(q!.text).toBe('上班路上摔伤算工伤吗');
  });
});
