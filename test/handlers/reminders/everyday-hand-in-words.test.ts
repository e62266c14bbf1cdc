import { afterEach, describe, expect, it } from 'vitest';
import type { Simulation } from '../../../app/simulation/simulation.ts';
import { DeadlineAcksRepo } from '../../../data/repos/deadline-acks-repo.ts';
import { afterDecemberReminder, ANNUAL, REPORT } from './december-kit.ts';

let sim: Simulation;
afterEach(async () => {
  await sim?.close();
});

/** The hand-ins recorded, after December's reminder (see december-kit). */
async function afterTheReminder(): Promise<DeadlineAcksRepo> {
  sim = await afterDecemberReminder();
  return new DeadlineAcksRepo(sim.app.db);
}

describe('hand-ins in everyday words, answering a reminder', () => {
  it.each(['已经交了啊', '交了交了', '已发邮件', '交了哈', '别催了 已经交了'])(
    'asks which item 「%s」 means when two are open, and records the choice',
    async (said) => {
      const acks = await afterTheReminder();
      const [ask] = await sim.say('S013', said);
      expect(ask!.text).toContain('您交的是哪一项？');
      const [done] = await sim.say('S013', '1');
      expect(done!.text).toBe('已记录：12月月报已提交，不再提醒您。');
      expect(await acks.forPerson('S013', [REPORT, ANNUAL])).toEqual(new Set(['monthly-report|2026-12']));
    },
  );

  it('records 「已经交了啊」 at once when only one reminded item is open', async () => {
    const acks = await afterTheReminder();
    await sim.say('S013', '年度总结交了');
    const [reply] = await sim.say('S013', '已经交了啊');
    expect(reply!.text).toBe('已记录：您已提交12月的月报（12月31日（周四）截止）。这一项不再提醒您。');
    expect(await acks.forPerson('S013', [REPORT, ANNUAL]).then((s) => s.size)).toBe(2);
  });

  it('records the Cantonese 「月报搞掂」 and 「月报已发邮件」 as the 月报 handed in', async () => {
    const acks = await afterTheReminder();
    const [cantonese] = await sim.say('S033', '月报搞掂');
    expect(cantonese!.text).toBe('已记录：您已提交12月的月报（12月31日（周四）截止）。这一项不再提醒您。');
    const [mailed] = await sim.say('S051', '月报已发邮件');
    expect(mailed!.text).toContain('已记录：您已提交12月的月报');
    expect(await acks.forPerson('S033', [REPORT, ANNUAL])).toEqual(new Set(['monthly-report|2026-12']));
    expect(await acks.forPerson('S051', [REPORT, ANNUAL])).toEqual(new Set(['monthly-report|2026-12']));
  });

  it('takes no other payment or errand for a hand-in: 「交了房租」「发邮件问一下」「已经交了吗」', async () => {
    const acks = await afterTheReminder();
    for (const said of ['交了房租', '发邮件问一下', '已经交了吗', '已发邮件给社区了吗']) {
      const replies = await sim.say('S013', said);
      for (const r of replies) expect(r.text, said).not.toMatch(/已记录|您交的是哪一项/);
    }
    expect(await acks.forPerson('S013', [REPORT, ANNUAL])).toEqual(new Set());
  });
});
