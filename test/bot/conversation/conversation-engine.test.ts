import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Flow } from '../../../bot/conversation/flow.ts';
import type { Handler } from '../../../bot/handler.ts';
import { hears } from '../../../bot/triggers.ts';
import { Simulation } from '../../../app/simulation/simulation.ts';
import type { Feature } from '../../../handlers/feature.ts';
import { features } from '../../../handlers/index.ts';
import { tempDbPath } from '../../fakes/org-fixture.ts';

const START = new Date('2026-12-01T09:00:00+08:00');

/** A two-step flow: asks a name, then a colour, then reports both. */
function colourFlow(version = 1): Flow<{ name?: string }, undefined, { type: 'done'; text: string }> {
  return {
    name: 'colour',
    version,
    title: '颜色登记',
    schema: z.object({ name: z.string().optional() }),
    timeoutMinutes: 30,
    prepare: async () => undefined,
    step(position, input) {
      if (input.text === '天气') return { passThrough: 'keep' };
      if (position.step === 'ask-name')
        return { next: { step: 'ask-colour', state: { name: input.text } }, replies: ['什么颜色？'] };
      return { effects: [{ type: 'done', text: `${position.state.name} 喜欢 ${input.text}` }] };
    },
    perform: async (effect) => [effect.text],
  };
}

/** The colour flow as a feature of its own, tried before every other. */
function colourFeature(flow = colourFlow()): Feature {
  const starter: Handler = {
    name: 'colour-start',
    trigger: hears('登记颜色'),
    handle: (ctx) => ctx.conversation.start(flow, { step: 'ask-name', state: {} }, ['你叫什么？']),
  };
  return { name: 'colour', help: {}, jobs: [], wire: () => ({ handlers: [starter], flows: [flow] }) };
}

let sims: Simulation[] = [];
afterEach(async () => {
  for (const s of sims) await s.close().catch(() => {});
  sims = [];
});
async function open(dbPath?: string, start = START, flow = colourFlow()): Promise<Simulation> {
  const sim = await Simulation.create({ start, dbPath, features: [colourFeature(flow), ...features] });
  sims.push(sim);
  return sim;
}

describe('conversation engine', () => {
  it('walks a flow step by step and runs its effect at the end', async () => {
    const sim = await open();
    expect((await sim.say('S011', '登记颜色'))[0]!.text).toBe('你叫什么？');
    expect((await sim.say('S011', '小郑'))[0]!.text).toBe('什么颜色？');
    expect((await sim.say('S011', '蓝色'))[0]!.text).toBe('小郑 喜欢 蓝色');
    // The flow is over: the next message goes to the handlers again.
    expect((await sim.say('S011', '帮助'))[0]!.text).toContain('我是同工助手');
  });

  it('keeps each person’s conversation separate', async () => {
    const sim = await open();
    await sim.say('S011', '登记颜色');
    await sim.say('S012', '登记颜色');
    await sim.say('S011', '甲');
    await sim.say('S012', '乙');
    expect((await sim.say('S012', '红'))[0]!.text).toBe('乙 喜欢 红');
    expect((await sim.say('S011', '绿'))[0]!.text).toBe('甲 喜欢 绿');
  });

  it('ends the flow on 取消 at any step', async () => {
    const sim = await open();
    await sim.say('S011', '登记颜色');
    await sim.say('S011', '小郑');
    expect((await sim.say('S011', '取消'))[0]!.text).toContain('已取消颜色登记');
    expect((await sim.say('S011', '帮助'))[0]!.text).toContain('我是同工助手');
  });

  it('lets an unrelated message through without losing the step', async () => {
    const sim = await open();
    await sim.say('S011', '登记颜色');
    await sim.say('S011', '天气'); // answered by the handlers (small talk)
    expect((await sim.say('S011', '小郑'))[0]!.text).toBe('什么颜色？');
  });

  it('continues after a restart on the same database file', async () => {
    const db = tempDbPath();
    const first = await open(db);
    await first.say('S011', '登记颜色');
    await first.say('S011', '小郑');
    await first.close();
    sims = [];
    const second = await open(db, new Date('2026-12-01T09:05:00+08:00'));
    expect((await second.say('S011', '黄色'))[0]!.text).toBe('小郑 喜欢 黄色');
  });

  it('drops a conversation after its timeout and says so', async () => {
    const sim = await open();
    await sim.say('S011', '登记颜色');
    await sim.advanceTo(new Date('2026-12-01T10:00:00+08:00'));
    const sent = await sim.say('S011', '小郑');
    expect(sent[0]!.text).toContain('已超时');
  });

  it('discards a conversation saved by an older version of the flow, politely', async () => {
    const db = tempDbPath();
    const first = await open(db, START, colourFlow(1));
    await first.say('S011', '登记颜色');
    await first.close();
    sims = [];
    const second = await open(db, START, colourFlow(2));
    const sent = await second.say('S011', '小郑');
    expect(sent[0]!.text).toContain('需要重新开始');
  });
});
