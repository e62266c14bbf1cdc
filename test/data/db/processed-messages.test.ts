import { afterEach, describe, expect, it } from 'vitest';
import { Simulation } from '../../../app/simulation/simulation.ts';

const START = new Date('2026-12-01T09:00:00+08:00');
let sim: Simulation;

afterEach(async () => {
  await sim?.close();
});

const ids = async () =>
  (await sim.app.db.selectFrom('processed_messages').select('message_id').execute()).map((r) => r.message_id).sort();

describe('the processed-message ids (dedup of redeliveries)', () => {
  it('are forgotten after seven days as messages keep arriving; a recent redelivery is still dropped', async () => {
    sim = await Simulation.create({ start: START });
    await sim.say('S011', '帮助', { id: 'old-1' });
    await sim.advanceTo(new Date('2026-12-05T09:00:00+08:00'));
    await sim.say('S011', '帮助', { id: 'mid-1' });
    await sim.advanceTo(new Date('2026-12-09T10:00:00+08:00'));
    await sim.say('S011', '帮助', { id: 'new-1' });
    expect(await ids()).toEqual(['mid-1', 'new-1']);
    expect(await sim.say('S011', '帮助', { id: 'mid-1' })).toEqual([]);
  });
});
