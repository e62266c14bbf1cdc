import { afterEach, describe, expect, it } from 'vitest';
import { Simulation } from '../../../app/simulation/simulation.ts';

/**
 * Issue 12 §2 through the real dispatcher: when the Q&A is unsure it offers numbered sections;
 * a number answers from that section, 「都不是」/「转人事」 sends the question to HR's queue, and
 * anything else goes on as a new message (the offer passed over is queued too).
 */
const START = new Date('2026-12-01T09:00:00+08:00');
const ASKER = 'S011';
const HR = 'S005';
/** All its words are in the documents, its topic is not: the Q&A offers choices. */
const UNSURE = '可以申请在家办公吗';

let sim: Simulation;
afterEach(async () => {
  await sim?.close();
});

const textTo = (sent: { to?: string; text: string }[], who: string) =>
  sent.filter((m) => m.to === who).map((m) => m.text);

describe('choices when the Q&A is unsure', () => {
  it('offers numbered sections ending with the way to HR, and answers the one picked with its citation', async () => {
    sim = await Simulation.create({ start: START });
    const [offer] = textTo(await sim.say(ASKER, UNSURE), ASKER);
    expect(offer).toMatch(/^不太确定您问的是哪一条，您是想问：\n1\. .+\n2\. /);
    expect(offer).toContain('都不是的话，回复「转人事」。');
    const [answer] = textTo(await sim.say(ASKER, '2'), ASKER);
    expect(answer).toContain('——《');
  });

  it('takes 「都不是」 as passing the question to HR, whose queue then lists it', async () => {
    sim = await Simulation.create({ start: START });
    await sim.say(ASKER, UNSURE);
    expect(textTo(await sim.say(ASKER, '都不是'), ASKER)).toEqual([
      '好的，已把您的问题转给人力资源部，他们答复后我会告诉您。',
    ]);
    const [list] = textTo(await sim.say(HR, '待回复问题'), HR);
    expect(list).toContain(UNSURE);
  });

  it('takes a bare 「不对」 to the choices as none of them, leaving the answer before it alone', async () => {
    sim = await Simulation.create({ start: START });
    await sim.say(ASKER, '外勤交通费每天多少钱');
    await sim.say(ASKER, UNSURE);
    expect(textTo(await sim.say(ASKER, '不对'), ASKER)).toEqual([
      '好的，已把您的问题转给人力资源部，他们答复后我会告诉您。',
    ]);
    const queued = (await sim.app.features.loop.repo.open()).map((q) => q.text);
    expect(queued).toEqual([UNSURE]);
  });

  it('lets another message through as itself, and queues the offer passed over', async () => {
    sim = await Simulation.create({ start: START });
    await sim.say(ASKER, UNSURE);
    const [answer] = textTo(await sim.say(ASKER, '婚假有几天'), ASKER);
    expect(answer).toContain('婚假');
    const [list] = textTo(await sim.say(HR, '待回复问题'), HR);
    expect(list).toContain(UNSURE);
  });

  it('lets an offer left unanswered lapse quietly, queueing the question: no 「已超时」 notice later', async () => {
    sim = await Simulation.create({ start: START });
    await sim.say(ASKER, UNSURE);
    await sim.advanceTo(new Date('2026-12-02T09:00:00+08:00'));
    const next = textTo(await sim.say(ASKER, '婚假有几天'), ASKER);
    expect(next).toHaveLength(1);
    expect(next[0]).toContain('婚假');
    expect(next.join('\n')).not.toContain('超时');
    const queued = (await sim.app.features.loop.repo.open()).map((q) => q.text);
    expect(queued).toContain(UNSURE);
  });

  it('offers no choices in a group: the group gets the short decline', async () => {
    sim = await Simulation.create({ start: START });
    const sent = await sim.say(ASKER, UNSURE, { room: 'staff-group', mention: true });
    expect(sent.map((m) => m.text).join('\n')).not.toContain('您是想问');
  });
});
