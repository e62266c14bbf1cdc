import { rmSync } from 'node:fs';
import { Simulation, type SimulatedSend } from '../../../app/simulation/simulation.ts';
import type { QueuedQuestion } from '../../../data/repos/question-queue-repo.ts';
import { qaText } from '../../../handlers/policy-qa/messages.ts';
import { copySampleOrg } from '../../fakes/org-fixture.ts';

export const HR = 'S006';
export const ZHENG_YU = 'S011';
export const SUN_HAO = 'S012';
export const START = new Date('2026-12-01T09:00:00+08:00');

/** The whole bot on a scratch copy of the sample organisation (saving to the FAQ writes faq.csv). */
export async function startLoop(start = START): Promise<{ sim: Simulation; dir: string; close: () => Promise<void> }> {
  const dir = copySampleOrg();
  const sim = await Simulation.create({ orgDir: dir, start });
  return {
    sim,
    dir,
    close: async () => {
      await sim.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const declined = (out: readonly SimulatedSend[]) =>
  out.some((s) => s.text === qaText.notFound || s.text === qaText.notFoundInGroup);

/**
 * Puts a question in the queue whatever the Q&A makes of it: declined, it is queued; answered,
 * the asker says 「不对」. (The retrieval is being improved beside this loop.)
 */
export async function queueIt(sim: Simulation, who: string, question: string): Promise<SimulatedSend[]> {
  const out = await sim.say(who, question);
  if (!declined(out)) out.push(...(await sim.say(who, '不对')));
  return out;
}

export const openQueue = (sim: Simulation): Promise<QueuedQuestion[]> => sim.app.features.loop.repo.open();

export async function idOf(sim: Simulation, text: string): Promise<number> {
  const q = (await openQueue(sim)).find((x) => x.text === text);
  if (!q) throw new Error(`not queued: ${text}`);
  return q.id;
}

export const to = (out: readonly SimulatedSend[], who: string) => out.filter((s) => s.to === who).map((s) => s.text);
