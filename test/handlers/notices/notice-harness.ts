import { silentLogger } from '../../../bot/logger.ts';
import { Simulation, type SimulatedSend } from '../../../bot/simulation/simulation.ts';
import { noticeJob } from '../../../handlers/notices/notice-job.ts';
import type { JobEnv } from '../../../scheduler/job.ts';

export const START = new Date('2026-11-20T10:00:00+08:00');

export function jobEnvOf(sim: Simulation): JobEnv {
  const org = sim.app.store.org;
  return { org, db: sim.app.db, clock: sim.clock, log: silentLogger(), calendar: org.calendar };
}

/**
 * Runs the notice job over [from, to] and delivers its sends through the app's messenger, as
 * the scheduler would (without its outbox): what each person would receive. `from` is
 * included because a notice sent "now" is due at the very instant HR confirmed.
 */
export async function deliverNotices(sim: Simulation, from: Date, to: Date): Promise<SimulatedSend[]> {
  const job = noticeJob();
  const env = jobEnvOf(sim);
  for (const occurrence of await job.occurrences(new Date(from.getTime() - 1), to, env)) {
    for (const send of await job.sends(occurrence, env)) await sim.app.messenger.send(send.to, send.message);
  }
  return sim.drain();
}

/** HR composes and confirms a notice; returns the bot's last reply (the "通知 N …" line). */
export async function sendNotice(sim: Simulation, hr: string, text: string, audience: string, when = '现在'): Promise<string> {
  await sim.say(hr, '发通知');
  await sim.say(hr, text);
  await sim.say(hr, audience);
  await sim.say(hr, when);
  const out = await sim.say(hr, '确认');
  return out.at(-1)?.text ?? '';
}

export const recipientsOf = (sends: readonly SimulatedSend[]) => sends.map((s) => s.to ?? `room:${s.room}`).sort();
