import { afterEach, describe, expect, it } from 'vitest';
import { Simulation } from '../../../app/simulation/simulation.ts';
import { DeadlineAcksRepo } from '../../../data/repos/deadline-acks-repo.ts';
import { afterDecemberReminder, ANNUAL, at, REPORT } from './december-kit.ts';

let sim: Simulation;
afterEach(async () => {
  await sim?.close();
});

const READ = '好的，提醒已收到。交好后请回复「已交」或如「月报交了」，交了的就不再提醒您。';

describe('「收到」 answering a deadline reminder', () => {
  it('is taken as the reminder read, recording nothing handed in', async () => {
    sim = await afterDecemberReminder();
    const [reply] = await sim.say('S011', '收到');
    expect(reply!.text).toBe(READ);
    const acks = new DeadlineAcksRepo(sim.app.db);
    expect(await acks.forPerson('S011', [REPORT, ANNUAL])).toEqual(new Set());
    // With one item left, that one; a day later the reminder is no longer what 「收到」 answers.
    await sim.say('S011', '年度总结交了');
    expect((await sim.say('S011', '收到'))[0]!.text).toBe(
      '好的，提醒已收到。交好后请回复「已交」或如「月报交了」，这一项就不再提醒您。',
    );
    await sim.advanceTo(at('2026-12-28T10:00:00'));
    expect((await sim.say('S011', '收到'))[0]!.text).toBe('目前没有需要您确认的通知。');
  });

  it('is taken as the lead’s list read, after the list', async () => {
    sim = await Simulation.create({ start: at('2026-12-30T08:00:00') });
    await sim.advanceTo(at('2026-12-30T16:05:00'));
    expect((await sim.say('S010', '收到'))[0]!.text).toBe('好的，名单已收到。');
  });
});
