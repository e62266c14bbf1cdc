import { afterEach, describe, expect, it } from 'vitest';
import { Simulation } from '../../../app/simulation/simulation.ts';

let sim: Simulation;
afterEach(async () => {
  await sim?.close();
});

describe('what the staff group hears when the documents have no answer', () => {
  it('points 「改成1月5号到6号」 said in the group to a private chat, not to the documents’ lack of an answer', async () => {
    sim = await Simulation.create({ start: new Date('2026-12-07T09:30:00+08:00') });
    const out = await sim.say('S011', '改成1月5号到6号', { room: 'staff-group', mention: true });
    expect(out).toEqual([
      expect.objectContaining({ room: 'staff-group', text: expect.stringContaining('请私聊我说') }),
    ]);
    const question = await sim.say('S011', '出差住宿标准多少钱一晚', { room: 'staff-group', mention: true });
    expect(question[0]!.text).toContain('没有找到');
  });
});
