import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Simulation } from '../../../app/simulation/simulation.ts';
import { qaText } from '../../../handlers/policy-qa/messages.ts';
import { loopText } from '../../../handlers/qa-loop/messages.ts';
import { declined, HR, idOf, openQueue, startLoop, to, ZHENG_YU } from './qa-loop-kit.ts';

/** 杨桂兰 and 马建华, who write in Cantonese. */
const YANG = 'S041';
const MA = 'S043';
const OTHER_HR = 'S005';

let sim: Simulation;
let close: () => Promise<void>;
beforeEach(async () => {
  ({ sim, close } = await startLoop());
});
afterEach(async () => close());

/** Asks, is declined, and says 转人事: what the bot sent on the 转人事. */
async function forward(who: string, question: string) {
  expect(declined(await sim.say(who, question)), question).toBe(true);
  return sim.say(who, '转人事');
}

describe('a question passed to HR with 转人事', () => {
  it('reaches HR’s list when it is asked in Cantonese, as the asker is told', async () => {
    for (const [who, question] of [
      [YANG, '我地开工要唔要着制服啊'],
      [MA, '公司有冇宿舍住'],
    ] as const) {
      const out = await forward(who, question);
      expect(to(out, who)).toEqual([qaText.forwarded]);
      const [list] = to(await sim.say(HR, '待回复问题'), HR);
      expect(list).toContain(`${await idOf(sim, question)}. ${question}`);
    }
    expect(await openQueue(sim)).toHaveLength(2);
  });

  it('tells HR in the alert how to answer it, not to 「直接回复」 a colleague the bot cannot reach that way', async () => {
    const out = await forward(ZHENG_YU, '中心的停车位可以免费停吗');
    const [alert] = to(out, HR);
    expect(alert).toContain('中心的停车位可以免费停吗');
    expect(alert).toContain('已列入待回复问题');
    expect(alert).toContain('回复问题');
    expect(alert).not.toContain('请直接回复这位同工');
  });

  it('queues a topic with no question in it too, and HR’s alert names its number', async () => {
    const out = await forward(ZHENG_YU, '无人机飞行规定');
    const id = await idOf(sim, '无人机飞行规定');
    expect(to(out, HR)).toEqual([loopText.forwardedToHr('郑雨', '长者服务组', '无人机飞行规定', id!)]);
    expect(to(out, ZHENG_YU)).toEqual([qaText.forwarded]);
  });
});

describe('the queue’s side of passing a question to HR (QuestionLoop.forwarded, for the forward flow)', () => {
  it('queues what was passed on whatever its shape, once with the decline it follows', async () => {
    const loop = sim.app.features.loop;
    const now = sim.clock.now();
    expect(declined(await sim.say(ZHENG_YU, '中心的停车位可以免费停吗'))).toBe(true);
    const id = await idOf(sim, '中心的停车位可以免费停吗');
    expect(await loop.forwarded(ZHENG_YU, '中心的停车位可以免费停吗', now)).toBe(id);
    const topic = await loop.forwarded(ZHENG_YU, '无人机飞行规定', now);
    expect(topic).toBe(await idOf(sim, '无人机飞行规定'));
    expect((await openQueue(sim)).map((q) => q.count)).toEqual([1, 1]);
  });
});

describe('HR’s plain reply to an alert', () => {
  it('is read back with the question it answers, and sent to the asker on 确认', async () => {
    await forward(ZHENG_YU, '中心的停车位可以免费停吗');
    const id = await idOf(sim, '中心的停车位可以免费停吗');
    const readBack = await sim.say(HR, '可以的，找前台登记');
    expect(to(readBack, HR)).toEqual([loopText.plainReadback(id, '中心的停车位可以免费停吗', '可以的，找前台登记')]);
    expect(to(readBack, ZHENG_YU)).toEqual([]);
    const sent = await sim.say(HR, '确认');
    expect(to(sent, ZHENG_YU)).toEqual([loopText.toAsker('中心的停车位可以免费停吗', '可以的，找前台登记')]);
    expect(to(sent, HR)[0]).toContain(`问题 ${id} 标为已回复`);
    expect(await openQueue(sim)).toEqual([]);
  });

  it('sends nothing when HR says 取消 to the read-back', async () => {
    await forward(ZHENG_YU, '中心的停车位可以免费停吗');
    await sim.say(HR, '可以的，找前台登记');
    const out = await sim.say(HR, '取消');
    expect(to(out, ZHENG_YU)).toEqual([]);
    expect(await openQueue(sim)).toHaveLength(1);
  });

  it('is not taken from HR’s approvals, acknowledgements or questions of their own', async () => {
    await forward(ZHENG_YU, '中心的停车位可以免费停吗');
    for (const text of ['同意', '收到了', '好的', '年假有几天']) {
      const out = await sim.say(OTHER_HR, text);
      expect(to(out, OTHER_HR).join('\n'), text).not.toContain('将回复问题');
    }
    expect(await openQueue(sim)).toHaveLength(1);
  });
});
