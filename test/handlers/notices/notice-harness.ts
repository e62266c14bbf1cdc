import { silentLogger } from '../../../bot/logger.ts';
import { Simulation, type SimulatedSend } from '../../../app/simulation/simulation.ts';
import { NoticeRepo } from '../../../data/repos/notice-repo.ts';
import type { JobEnv } from '../../../scheduler/job.ts';

export const START = new Date('2026-11-20T10:00:00+08:00');

export function jobEnvOf(sim: Simulation): JobEnv {
  const org = sim.app.store.org;
  return { org, db: sim.app.db, clock: sim.clock, log: silentLogger(), calendar: org.calendar };
}

/**
 * Moves the simulated clock to `to` through the real scheduler (outbox, claims, marks) and
 * returns what the notice job sent on the way: each notice and reminder as people receive it.
 * Other jobs (reminders, birthdays) run too, on the same clock; their sends are left out.
 */
export async function deliverNotices(sim: Simulation, _from: Date, to: Date): Promise<SimulatedSend[]> {
  const sent = to > sim.clock.now() ? await sim.advanceTo(to) : await sim.advanceTo(sim.clock.now());
  return sent.filter((s) => /^(📢 通知|⏰ 提醒：您还没有确认通知) \d+/.test(s.text));
}

/** HR composes and confirms a notice; returns the bot's last reply (the "通知 N …" line). */
export async function sendNotice(
  sim: Simulation,
  hr: string,
  text: string,
  audience: string,
  when = '现在',
): Promise<string> {
  await sim.say(hr, '发通知');
  await sim.say(hr, text);
  await sim.say(hr, audience);
  await sim.say(hr, when);
  const out = await sim.say(hr, '确认');
  return out.at(-1)?.text ?? '';
}

export const recipientsOf = (sends: readonly SimulatedSend[]) => sends.map((s) => s.to ?? `room:${s.room}`).sort();

/** A simulation where HR's notice 1 (to 长者服务组) has just been delivered: acks can be said. */
export async function withDeliveredNotice(): Promise<Simulation> {
  const sim = await Simulation.create({ start: START });
  const oneMinute = new Date(START.getTime() + 60_000);
  await sendNotice(sim, 'S005', '周五下午业务培训，请准时参加。', '长者服务组');
  sim.clock.set(oneMinute);
  await deliverNotices(sim, START, oneMinute);
  return sim;
}

/** Who has confirmed notice 1, by staff id. */
export async function ackedBy(sim: Simulation): Promise<string[]> {
  const recipients = await new NoticeRepo(sim.app.db).recipients(1);
  return recipients
    .filter((r) => r.ackedAt)
    .map((r) => r.staffId)
    .sort();
}
