import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Simulation } from '../../../app/simulation/simulation.ts';
import { loopText } from '../../../handlers/qa-loop/messages.ts';
import { declined, HR, idOf, openQueue, startLoop, SUN_HAO, to, ZHENG_YU } from './qa-loop-kit.ts';

/** 张敏, the other HR officer. */
const ZHANG_MIN = 'S005';
const ZHAO = 'S013';

let sim: Simulation;
let close: () => Promise<void>;
beforeEach(async () => {
  ({ sim, close } = await startLoop());
});
afterEach(async () => close());

async function ask(who: string, question: string): Promise<number> {
  expect(declined(await sim.say(who, question)), question).toBe(true);
  return idOf(sim, question);
}

const BONUS = '年终奖按机构年终考核结果发放，一般在春节前发';

describe('「问题 4 也是这个答案」 after answering question 3', () => {
  it('sends question 4’s asker the same answer, read back first and sent on 确认', async () => {
    const three = await ask(ZHENG_YU, '年底有没有年终奖');
    const four = await ask(SUN_HAO, '年终奖什么时候发');
    await sim.say(HR, `回复问题 ${three} ${BONUS}`);
    const readBack = await sim.say(HR, `问题${four}也是这个答案`);
    expect(to(readBack, HR)).toEqual([loopText.sameAnswerReadback([four], three, ['年终奖什么时候发'], BONUS)]);
    expect(to(readBack, SUN_HAO)).toEqual([]);
    const sent = await sim.say(HR, '确认');
    expect(to(sent, SUN_HAO)).toEqual([loopText.toAsker('年终奖什么时候发', BONUS)]);
    expect(to(sent, HR)[0]).toContain(`问题 ${four} 标为已回复`);
    expect(await openQueue(sim)).toEqual([]);
  });

  it('with no answer of the past hour to refer to, says how to answer it instead of 「好的，知道了」', async () => {
    const four = await ask(SUN_HAO, '年终奖什么时候发');
    const out = await sim.say(HR, `问题 ${four} 同上`);
    expect(to(out, HR)).toEqual([loopText.sameAnswerNothing(four)]);
    expect(to(out, SUN_HAO)).toEqual([]);
    expect(await openQueue(sim)).toHaveLength(1);
  });
});

describe('the same question asked again', () => {
  it('by someone else after HR answered it: counted on that question, shown with HR’s earlier answer', async () => {
    const id = await ask(ZHENG_YU, '出差住宿标准多少钱一晚');
    await sim.say(ZHANG_MIN, `回复问题 ${id} 住宿按每晚200元以内实报实销`);
    expect(declined(await sim.say(ZHAO, '出差住宿标准多少钱一晚'))).toBe(true);
    const open = await openQueue(sim);
    expect(open.map((q) => [q.id, q.count])).toEqual([[id, 2]]);
    const [list] = to(await sim.say(ZHANG_MIN, '待回复问题'), ZHANG_MIN);
    expect(list).toContain(`${id}. 出差住宿标准多少钱一晚（2次；答复后又有人问，之前答复：住宿按每晚200元以内实报实销`);
    // Saving the earlier answer sends it to the one who asked since; the first asker hears nothing twice.
    const saved = await sim.say(ZHANG_MIN, `存为问答 ${id}`);
    expect(to(saved, ZHAO)).toEqual([loopText.toAsker('出差住宿标准多少钱一晚', '住宿按每晚200元以内实报实销')]);
    expect(to(saved, ZHENG_YU)).toEqual([]);
    expect(await openQueue(sim)).toEqual([]);
  });

  it('answered by a second HR officer: told who answered, when, and what the askers got', async () => {
    const id = await ask(ZHENG_YU, '出差住宿标准多少钱一晚');
    await sim.say(ZHANG_MIN, `回复问题 ${id} 住宿按每晚200元以内实报实销`);
    const out = await sim.say(HR, `回复问题 ${id} 住宿标准每晚150元`);
    const [told] = to(out, HR);
    expect(told).toContain(`问题 ${id} 已由张敏在`);
    expect(told).toContain('住宿按每晚200元以内实报实销');
    expect(told).toContain('您这条答复没有发出');
    expect(told).toContain(`存为问答 ${id}`);
    expect(to(out, ZHENG_YU)).toEqual([]);
  });
});
