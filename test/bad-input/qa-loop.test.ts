import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Simulation } from '../../app/simulation/simulation.ts';
import { loopText } from '../../handlers/qa-loop/messages.ts';
import { HR, idOf, openQueue, startLoop, SUN_HAO, to, ZHENG_YU } from '../handlers/qa-loop/qa-loop-kit.ts';

let sim: Simulation;
let dir: string;
let close: () => Promise<void>;
let id: number;
let faqBefore: string;
beforeEach(async () => {
  ({ sim, dir, close } = await startLoop());
  await sim.say(ZHENG_YU, '无人机飞行规定是什么');
  id = await idOf(sim, '无人机飞行规定是什么');
  faqBefore = readFileSync(join(dir, 'faq.csv'), 'utf8');
});
afterEach(async () => close());

const hrSays = async (text: string) => sim.say(HR, text);
const faqNow = () => readFileSync(join(dir, 'faq.csv'), 'utf8');

describe('HR types a queue command wrong', () => {
  it('回复问题 with a number not in the queue: says so, tells nobody, answers nothing', async () => {
    const out = await hrSays(`回复问题 ${id + 40} 不组织无人机活动。`);
    expect(out).toEqual([expect.objectContaining({ to: HR, text: loopText.notFound(id + 40) })]);
    expect(await openQueue(sim)).toHaveLength(1);
  });

  it('回复问题 with no answer after the number: asks for it, the question stays open', async () => {
    expect(to(await hrSays(`回复问题 ${id}`), HR)).toEqual([loopText.replyEmpty(id)]);
    expect(to(await hrSays(`回复问题 ${id}：  `), HR)).toEqual([loopText.replyEmpty(id)]);
    expect((await openQueue(sim)).map((q) => q.id)).toEqual([id]);
  });

  it('回复问题 with an answer too long for a phone: asks to shorten it, nobody is told', async () => {
    const out = await hrSays(`回复问题 ${id} ${'不组织无人机活动。'.repeat(120)}`);
    expect(out).toEqual([expect.objectContaining({ to: HR, text: loopText.replyTooLong(1080, 1000) })]);
    expect(await openQueue(sim)).toHaveLength(1);
  });

  it('回复问题 without a number: shows how to write it', async () => {
    expect(to(await hrSays('回复问题 不组织无人机活动'), HR)).toEqual([loopText.replyUsage]);
    expect(await openQueue(sim)).toHaveLength(1);
  });

  it('回复问题 twice: the askers hear once, HR is told it was answered already', async () => {
    const first = await hrSays(`回复问题 ${id} 不组织无人机活动。`);
    expect(to(first, ZHENG_YU)).toHaveLength(1);
    const second = await hrSays(`回复问题 ${id} 改一下：不组织。`);
    expect(second).toEqual([expect.objectContaining({ to: HR, text: loopText.notOpen(id, 'answered') })]);
  });

  it('存为问答 without a prior answer: says what to do first, faq.csv untouched', async () => {
    expect(to(await hrSays('存为问答'), HR)).toEqual([loopText.saveNothing]);
    expect(faqNow()).toBe(faqBefore);
  });

  it('存为问答 a second time: nothing more is saved', async () => {
    await hrSays(`回复问题 ${id} 不组织无人机活动。`);
    await hrSays('存为问答');
    const once = faqNow();
    expect(to(await hrSays('存为问答'), HR)).toEqual([loopText.saveNothing]);
    expect(faqNow()).toBe(once);
  });

  it('存为问答 by another HR officer than the one who answered: not theirs to save', async () => {
    await hrSays(`回复问题 ${id} 不组织无人机活动。`);
    expect(to(await sim.say('S005', '存为问答'), 'S005')).toEqual([loopText.saveNothing]);
    expect(faqNow()).toBe(faqBefore);
  });

  it('存为问答 citing a missing, then an ambiguous section: nothing saved, the answer can still be saved', async () => {
    await hrSays(`回复问题 ${id} 不组织无人机活动。`);
    expect(to(await hrSays('存为问答 引用 员工手册 无人机'), HR)).toEqual([loopText.sectionNone('员工手册 无人机')]);
    const [ambiguous] = to(await hrSays('存为问答 引用 档案'), HR);
    expect(ambiguous).toMatch(/^「档案」对应好几个章节[\s\S]*1\. 《/);
    expect(faqNow()).toBe(faqBefore);
    expect(to(await hrSays('存为问答'), HR)[0]).toContain('已存为问答');
  });

  it('存为问答 of an answer too long for the FAQ: says so, faq.csv untouched', async () => {
    const long = '不组织无人机活动。'.repeat(40);
    await hrSays(`回复问题 ${id} ${long}`);
    expect(to(await hrSays('存为问答'), HR)).toEqual([loopText.saveTooLong(long.length)]);
    expect(faqNow()).toBe(faqBefore);
  });

  it('存为问答 when someone broke faq.csv by hand: says why, the file is left as it was', async () => {
    await hrSays(`回复问题 ${id} 不组织无人机活动。`);
    writeFileSync(join(dir, 'faq.csv'), 'question,answer,doc,section\n"unclosed,quote\n');
    const [reply] = to(await hrSays('存为问答'), HR);
    expect(reply).toMatch(/^抱歉，没有存上，faq\.csv 没有改动/);
    expect(faqNow()).toBe('question,answer,doc,section\n"unclosed,quote\n');
  });

  it('an answer with a bar, quotes and a line break is saved as one valid row', async () => {
    await hrSays(`回复问题 ${id} 不组织|不报销，"航拍"另议。\n详情问办公室。`);
    expect(to(await hrSays('存为问答'), HR)[0]).toContain('已存为问答');
    const answer = '不组织|不报销，"航拍"另议。 详情问办公室。';
    expect(sim.app.store.org.faq.at(-1)).toMatchObject({ questions: ['无人机飞行规定是什么'], answer });
  });

  it('问题 N 对应 with an unknown number or heading: says which, nothing changes', async () => {
    expect(to(await hrSays(`问题 ${id + 40} 对应 年假`), HR)).toEqual([loopText.notFound(id + 40)]);
    expect(to(await hrSays(`问题 ${id} 对应 无人机`), HR)).toEqual([loopText.sectionNone('无人机')]);
    expect(to(await hrSays(`问题 对应 年假`), HR)).toEqual([loopText.mapUsage]);
    expect(faqNow()).toBe(faqBefore);
    expect(await openQueue(sim)).toHaveLength(1);
  });

  it('忽略问题 without a number, or twice: shows how, or says it is already ignored', async () => {
    expect(to(await hrSays('忽略问题 无人机'), HR)).toEqual([loopText.ignoreUsage]);
    await hrSays(`忽略问题 ${id}`);
    expect(to(await hrSays(`忽略问题 ${id}`), HR)).toEqual([loopText.notOpen(id, 'ignored')]);
    expect(to(await hrSays(`回复问题 ${id} 不组织。`), HR)).toEqual([loopText.notOpen(id, 'ignored')]);
  });
});

describe('staff say something odd', () => {
  it('不对 with no answer before it is not queued as a question', async () => {
    await sim.say(SUN_HAO, '不对');
    await sim.say(SUN_HAO, '好的');
    expect((await openQueue(sim)).map((q) => q.text)).toEqual(['无人机飞行规定是什么']);
  });

  it('不对 twice after one answer queues it once', async () => {
    await sim.say(SUN_HAO, '婚假有几天');
    await sim.say(SUN_HAO, '不对');
    await sim.say(SUN_HAO, '不对');
    expect((await openQueue(sim)).find((q) => q.text === '婚假有几天')?.count).toBe(1);
  });
});
