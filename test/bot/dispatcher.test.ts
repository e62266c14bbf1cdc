import { afterEach, describe, expect, it } from 'vitest';
import { Simulation } from '../../app/simulation/simulation.ts';
import { hears } from '../../bot/triggers.ts';
import { handlerFirst } from '../fakes/handler-first.ts';

const START = new Date('2026-12-01T09:00:00+08:00');
let sim: Simulation;

afterEach(async () => {
  await sim?.close();
});

describe('dispatcher', () => {
  it('answers a direct question privately, with a citation', async () => {
    sim = await Simulation.create({ start: START });
    const sent = await sim.say('S011', '外勤交通费每天多少钱');
    expect(sent).toHaveLength(1);
    expect(sent[0]!.to).toBe('S011');
    expect(sent[0]!.text).toMatch(/——《.+》/);
  });

  it('ignores a group message that does not mention the bot', async () => {
    sim = await Simulation.create({ start: START });
    expect(await sim.say('S011', '档案什么时候要归档', { room: 'staff-group', mention: false })).toEqual([]);
  });

  it('answers in the group when mentioned', async () => {
    sim = await Simulation.create({ start: START });
    const sent = await sim.say('S011', '你好', { room: 'staff-group', mention: true });
    expect(sent).toHaveLength(1);
    expect(sent[0]!.room).toBe('staff-group');
  });

  it("drops the bot's own messages", async () => {
    sim = await Simulation.create({ start: START });
    await sim.channel.receive({ from: 'S011', text: '帮助', isSelf: true });
    expect(sim.drain()).toEqual([]);
  });

  it('handles a redelivered message id only once', async () => {
    sim = await Simulation.create({ start: START });
    expect(await sim.say('S011', '帮助', { id: 'm-1' })).toHaveLength(1);
    expect(await sim.say('S011', '帮助', { id: 'm-1' })).toEqual([]);
  });

  it('tells an unknown sender how to register and nothing else', async () => {
    sim = await Simulation.create({ start: START });
    const sent = await sim.say('stranger-1', '婚假几天');
    expect(sent).toHaveLength(1);
    expect(sent[0]!.to).toBe('stranger-1');
    expect(sent[0]!.text).toContain('绑定码');
    expect(sent[0]!.text).not.toMatch(/婚假|3天|——《/);
  });

  it('asks an unknown sender in a group to register privately', async () => {
    sim = await Simulation.create({ start: START });
    const sent = await sim.say('stranger-1', '婚假几天', { room: 'staff-group', mention: true });
    expect(sent).toEqual([expect.objectContaining({ room: 'staff-group', text: expect.stringContaining('私聊') })]);
  });

  it.each(['image', 'sticker', 'voice', 'file', 'video'] as const)(
    'says only text is understood when sent a %s directly',
    async (kind) => {
      sim = await Simulation.create({ start: START });
      const sent = await sim.say('S011', '', { kind });
      expect(sent).toEqual([expect.objectContaining({ to: 'S011', text: expect.stringContaining('只能看懂文字') })]);
    },
  );

  it('stays silent about a picture posted in a group', async () => {
    sim = await Simulation.create({ start: START });
    expect(await sim.say('S011', '', { kind: 'image', room: 'staff-group', mention: true })).toEqual([]);
  });

  it.each([
    ['an empty message', ''],
    ['white space only', ' \u3000 \n '],
  ])('answers %s with a prompt to type a question', async (_label, text) => {
    sim = await Simulation.create({ start: START });
    const sent = await sim.say('S011', text);
    expect(sent).toEqual([expect.objectContaining({ text: expect.stringContaining('请直接打字') })]);
  });

  it('asks for a shorter message when sent 10,000 characters', async () => {
    sim = await Simulation.create({ start: START });
    const sent = await sim.say('S011', '请'.repeat(10_000));
    expect(sent).toEqual([expect.objectContaining({ text: expect.stringContaining('10000 字') })]);
  });

  it('greets back when sent emoji only', async () => {
    sim = await Simulation.create({ start: START });
    const sent = await sim.say('S011', '😀👍');
    expect(sent).toEqual([expect.objectContaining({ text: expect.stringContaining('同工助手') })]);
  });

  it('apologises when a handler fails, and keeps working', async () => {
    const broken = handlerFirst({
      name: 'broken',
      trigger: hears('出错'),
      handle: async () => {
        throw new Error('boom');
      },
    });
    sim = await Simulation.create({ start: START, features: broken });
    const first = await sim.say('S011', '出错');
    expect(first).toEqual([expect.objectContaining({ text: expect.stringContaining('出了点问题') })]);
    expect((await sim.say('S011', '帮助'))[0]!.text).toContain('我是同工助手');
  });

  it('refuses questions about other people’s personal data', async () => {
    sim = await Simulation.create({ start: START });
    for (const q of ['谁请病假了', '林晓的生日是哪天', '郑雨工资多少']) {
      const [reply] = await sim.say('S011', q);
      expect(reply!.text, q).toContain('个人信息');
    }
  });

  it('answers small talk with what the bot can do', async () => {
    sim = await Simulation.create({ start: START });
    const [weather] = await sim.say('S011', '明天天气怎么样');
    expect(weather!.text).toContain('帮不上忙');
    const [poem] = await sim.say('S011', '给我写一首诗');
    expect(poem!.text).toContain('帮不上忙');
  });
});
