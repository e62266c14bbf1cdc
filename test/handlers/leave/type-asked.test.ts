import { afterEach, describe, expect, it } from 'vitest';
import type { Simulation } from '../../../app/simulation/simulation.ts';
import { leaveSim, one } from './leave-sim.ts';

const MONDAY_7 = new Date('2026-12-07T09:30:00+08:00');
let sim: Simulation | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

describe('the leave type, as said and as asked', () => {
  it('reads a bare 「病」 with a symptom as 病假 (「请假 明天 病 头痛」)', async () => {
    sim = await leaveSim(MONDAY_7);
    const readBack = one(await sim.say('S043', '请假 明天 病 头痛'), 'S043');
    expect(readBack).toContain('类型：病假');
    expect(readBack).toContain('12月8日（周二）');
    expect(one(await sim.say('S043', '系'), 'S043')).toContain('已提交');
  });

  it('offers the types as numbered choices once the question went unanswered twice, and takes a number', async () => {
    sim = await leaveSim(MONDAY_7);
    expect(one(await sim.say('S043', '听日请假'), 'S043')).toContain('请问请什么假');
    expect(one(await sim.say('S043', '系'), 'S043')).toContain('请问请什么假');
    await sim.channel.receive({ from: 'S043', text: '确认' });
    const sent = sim.channel.take().filter((s) => s.to.chatId === 'S043');
    expect(sent).toHaveLength(1);
    const choices = sent[0]!.message;
    expect(choices.text).toContain('1. 事假');
    expect(choices.text).toContain('3. 病假');
    expect(choices.actions?.[0]?.options.map((o) => o.label)).toContain('病假');
    const readBack = one(await sim.say('S043', '3'), 'S043');
    expect(readBack).toContain('类型：病假');
    expect(readBack).toContain('12月8日（周二）');
  });

  it('takes the type pressed on the choices', async () => {
    sim = await leaveSim(MONDAY_7);
    await sim.say('S043', '听日请假');
    await sim.say('S043', '系');
    await sim.channel.receive({ from: 'S043', text: '确认' });
    const options = sim.channel.take().find((s) => s.to.chatId === 'S043')?.message.actions?.[0];
    const sick = options?.options.find((o) => o.label === '病假');
    expect(sick).toBeDefined();
    const readBack = one(
      await sim.say('S043', sick!.command, { action: { actionId: options!.id, value: sick!.value } }),
      'S043',
    );
    expect(readBack).toContain('类型：病假');
  });
});
