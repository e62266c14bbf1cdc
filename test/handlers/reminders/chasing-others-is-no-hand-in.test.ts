import { afterEach, describe, expect, it } from 'vitest';
import { Simulation } from '../../../app/simulation/simulation.ts';
import { DeadlineAcksRepo } from '../../../data/repos/deadline-acks-repo.ts';

/*
 * Found driving simulate on 8 December: a lead's 「提醒我们组的人交月报」 recorded the lead's own report as
 * handed in, and 「帮我催一下没交月报的」 got 「好的，知道了」. Asking the bot to remind others hears when
 * the scheduled reminders go, as 「提醒一下他们」 does; nothing is recorded.
 */

let sim: Simulation;
afterEach(async () => {
  await sim?.close();
});

const t = (iso: string) => new Date(`${iso}+08:00`);
const OWN = [
  { deadlineId: 'monthly-report', period: '2026-12' },
  { deadlineId: 'monthly-documents', period: '2026-11' },
  { deadlineId: 'monthly-documents', period: '2026-12' },
];

describe('asking the bot to remind others', () => {
  it('tells the lead when the next reminder goes, records nothing and sends nobody anything', async () => {
    sim = await Simulation.create({ start: t('2026-12-08T09:30:00') });
    const acks = new DeadlineAcksRepo(sim.app.db);
    const said = await sim.say('S020', '提醒我们组的人交月报');
    expect(said.map((s) => s.to)).toEqual(['S020']);
    expect(said[0]!.text).toContain('会按计划自动收到提醒');
    expect(said[0]!.text).toContain('12月月报（12月31日（周四）截止）：下次提醒 12月25日（周五）09:00');
    expect(said[0]!.text).not.toContain('归档');
    expect(await acks.forPerson('S020', OWN)).toEqual(new Set());
    for (const asked of ['帮我催一下没交月报的', '催一下组员交月报', '提醒大家交文书', '让他们赶紧交月报']) {
      const sent = await sim.say('S010', asked);
      expect(
        sent.map((s) => s.to),
        asked,
      ).toEqual(['S010']);
      expect(sent[0]!.text, asked).toContain('会按计划自动收到提醒');
    }
    expect(await acks.forPerson('S010', OWN)).toEqual(new Set());
  });

  it('records nothing for staff asking it either (「提醒大家交文书」「提醒我交月报」)', async () => {
    sim = await Simulation.create({ start: t('2026-12-08T09:30:00') });
    const acks = new DeadlineAcksRepo(sim.app.db);
    const [others] = await sim.say('S011', '提醒大家交文书');
    expect(others!.text).toContain('会按计划自动收到提醒');
    expect(others!.text).not.toContain('谁还没交');
    const [me] = await sim.say('S013', '提醒我交月报');
    expect(me!.text).toContain('12月月报（12月31日（周四）截止）：下次提醒 12月25日（周五）09:00');
    for (const who of ['S011', 'S013']) expect(await acks.forPerson(who, OWN)).toEqual(new Set());
  });

  it('reads 「要交月报了」「记得交月报」 as no hand-in: 交 with the item after it is still to do', async () => {
    sim = await Simulation.create({ start: t('2026-12-08T09:30:00') });
    const acks = new DeadlineAcksRepo(sim.app.db);
    for (const said of ['要交月报了', '记得交月报', '帮我交月报']) {
      const [reply] = await sim.say('S014', said);
      expect(reply!.text, said).not.toContain('已记录');
    }
    expect(await acks.forPerson('S014', OWN)).toEqual(new Set());
    expect((await sim.say('S014', '已经交月报了'))[0]!.text).toContain('已记录：您已提交12月的月报');
  });
});
