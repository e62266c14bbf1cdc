import { Simulation } from '../../../app/simulation/simulation.ts';

/** A Beijing wall-clock time: `at('2026-12-25T09:05:00')`. */
export const at = (iso: string) => new Date(`${iso}+08:00`);

/** December's monthly report and the year's annual summary, as hand-ins are recorded against them. */
export const REPORT = { deadlineId: 'monthly-report', period: '2026-12' };
export const ANNUAL = { deadlineId: 'annual-summary', period: '2026' };

/** 25 December, just after the 09:00 reminder: the monthly report and the annual summary are open for everyone. */
export async function afterDecemberReminder(): Promise<Simulation> {
  const sim = await Simulation.create({ start: at('2026-12-25T08:50:00') });
  await sim.advanceTo(at('2026-12-25T09:05:00'));
  return sim;
}
