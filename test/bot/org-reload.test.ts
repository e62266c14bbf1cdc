import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Simulation } from '../../app/simulation/simulation.ts';
import { copySampleOrg } from '../fakes/org-fixture.ts';

const START = new Date('2026-12-01T09:00:00+08:00');
let sim: Simulation;

afterEach(async () => {
  await sim?.close();
});

describe('reloading the organisation data', () => {
  it('keeps answering with the old index while the new one is built, then swaps it in at once', async () => {
    const dir = copySampleOrg();
    sim = await Simulation.create({ start: START, orgDir: dir });
    const before = sim.app.features.qa();
    writeFileSync(join(dir, 'synonyms.txt'), '婚假 喜假\n');
    let reloaded = false;
    const reloading = Promise.resolve(sim.app.store.reload()).then((problems) => {
      reloaded = true;
      return problems;
    });
    const [reply] = await sim.say('S011', '婚假有几天');
    // Answered before the rebuild finished, by the Q&A in use when it was asked.
    expect(reloaded).toBe(false);
    expect(reply!.text).toMatch(/——《/);
    expect(sim.app.features.qa()).toBe(before);
    expect(await reloading).toBeNull();
    expect(sim.app.features.qa()).not.toBe(before);
    expect(sim.app.features.qa().answer('喜假有几天').found).toBe(true);
  });

  it('runs reloads asked for during another one after it, never two at once', async () => {
    sim = await Simulation.create({ start: START, orgDir: copySampleOrg() });
    const first = sim.app.features.qa();
    const results = await Promise.all([sim.app.store.reload(), sim.app.store.reload(), sim.app.store.reload()]);
    expect(results).toEqual([null, null, null]);
    expect(sim.app.features.qa()).not.toBe(first);
  });
});
