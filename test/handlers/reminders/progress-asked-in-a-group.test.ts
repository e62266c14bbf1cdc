import { afterEach, describe, expect, it } from 'vitest';
import { Simulation } from '../../../app/simulation/simulation.ts';

let sim: Simulation;
afterEach(async () => {
  await sim?.close();
});

const t = (iso: string) => new Date(`${iso}+08:00`);
const group = { room: 'staff-group', mention: true };

describe('progress asked in a group', () => {
  it('answers 「@bot 谁还没交月报」 privately, and tells the group it did, naming nobody there', async () => {
    sim = await Simulation.create({ start: t('2026-12-25T10:00:00') });
    const sent = await sim.say('S010', '谁还没交月报', group);
    const privately = sent.filter((s) => s.to === 'S010');
    expect(privately).toHaveLength(1);
    expect(privately[0]!.text).toContain('长者服务组');
    const inGroup = sent.filter((s) => s.room === 'staff-group');
    expect(inGroup.map((s) => s.text)).toEqual(['提交进度已私信发您。']);
  });

  it('says nothing more in a private chat', async () => {
    sim = await Simulation.create({ start: t('2026-12-25T10:00:00') });
    const sent = await sim.say('S005', '月报进度');
    expect(sent).toHaveLength(1);
    expect(sent[0]!.text).toContain('已确认提交');
  });
});
