import { afterEach, describe, expect, it } from 'vitest';
import { Simulation, type SimulatedSend } from '../../../app/simulation/simulation.ts';
import { DeadlineAcksRepo } from '../../../data/repos/deadline-acks-repo.ts';
import { afterDecemberReminder, ANNUAL, at, REPORT } from './december-kit.ts';

let sim: Simulation;
afterEach(async () => {
  await sim?.close();
});

const summaryTo = (sent: SimulatedSend[], to: string) =>
  sent.find((s) => s.to === to && s.text.startsWith('【提交情况】'))!.text;

describe('「都交了」 and the lead’s list', () => {
  it.each(['都交了', '两个都交了', '全部交了', '我都交了'])(
    'records every reminded item for 「%s」 without asking which',
    async (said) => {
      sim = await afterDecemberReminder();
      const [reply] = await sim.say('S024', said);
      expect(reply!.text).toBe('已记录：12月月报、2026年年度总结都已提交，不再提醒您。');
      const acks = new DeadlineAcksRepo(sim.app.db);
      expect(await acks.forPerson('S024', [REPORT, ANNUAL]).then((s) => s.size)).toBe(2);
    },
  );

  it('tells the lead the members answer themselves, and how she records one handed to her', async () => {
    sim = await Simulation.create({ start: at('2026-12-30T08:00:00') });
    const sent = await sim.advanceTo(at('2026-12-30T16:05:00'));
    const lead = summaryTo(sent, 'S010').split('\n');
    expect(lead.at(-1)).toBe(
      '名单上的同工交好后请本人回复「已交」；已交到您手上的，您可以回复如「郑雨的月报交给我了」代为登记。',
    );
    // A department head (no member of her own team listed) is told only that the members answer.
    expect(summaryTo(sent, 'S003').split('\n').at(-1)).toBe('名单上的同工交好后请本人回复「已交」即可记录。');
  });
});
