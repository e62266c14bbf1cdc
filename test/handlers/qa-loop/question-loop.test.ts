import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Simulation } from '../../../app/simulation/simulation.ts';
import { loopText } from '../../../handlers/qa-loop/messages.ts';
import { hrOnly } from '../../../bot/guards.ts';
import { declined, HR, idOf, openQueue, queueIt, startLoop, SUN_HAO, to, ZHENG_YU } from './qa-loop-kit.ts';

let sim: Simulation;
let dir: string;
let close: () => Promise<void>;
beforeEach(async () => {
  ({ sim, dir, close } = await startLoop());
});
afterEach(async () => close());

const minutes = (n: number) => new Date(sim.clock.now().getTime() + n * 60_000);

describe('the unanswered-questions queue', () => {
  it('queues a declined question with the names and phone number taken out', async () => {
    const out = await sim.say(ZHENG_YU, '孙浩说能不能远程办公？我手机13812345678');
    expect(declined(out)).toBe(true);
    const [q] = await openQueue(sim);
    expect(q).toMatchObject({ count: 1, section: null, status: 'open' });
    expect(q!.text).not.toMatch(/孙浩|13812345678/);
    expect(q!.text).toContain('能不能远程办公');
    expect(await sim.app.features.loop.repo.kinds(q!.id)).toEqual({ declined: 1 });
  });

  it('queues a question answered a moment ago when the asker says 不对, with the section quoted', async () => {
    const answer = await sim.say(ZHENG_YU, '婚假有几天');
    expect(answer[0]!.text).toContain('结婚假为三日');
    const out = await sim.say(ZHENG_YU, '不对');
    expect(to(out, ZHENG_YU)).toEqual([loopText.dislikeNoted]);
    const [q] = await openQueue(sim);
    expect(q).toMatchObject({ text: '婚假有几天', count: 1 });
    expect(q!.section?.path).toMatch(/5\. 婚假$/);
    expect(await sim.app.features.loop.repo.kinds(q!.id)).toEqual({ disliked: 1 });
  });

  it('queues a question answered a moment ago when the asker says 转人事, and says HR will answer', async () => {
    await sim.say(ZHENG_YU, '婚假有几天');
    expect(to(await sim.say(ZHENG_YU, '转人事'), ZHENG_YU)).toEqual([loopText.forwardNoted]);
    const [q] = await openQueue(sim);
    expect(q).toMatchObject({ text: '婚假有几天', count: 1 });
    expect(q!.section?.path).toMatch(/5\. 婚假$/);
    // HR asks for the list in yet other words.
    expect(to(await sim.say(HR, '待答问题'), HR)[0]).toContain(`${q!.id}. 婚假有几天`);
  });

  it('does not take 不对 long after an answer, nor from someone else, as a verdict on it', async () => {
    await sim.say(ZHENG_YU, '婚假有几天');
    await sim.say(SUN_HAO, '👎');
    await sim.advanceTo(minutes(11));
    await sim.say(ZHENG_YU, '不对');
    expect(await openQueue(sim)).toEqual([]);
  });

  it("takes WeChat's thumbs-down [弱] and 没用 as saying the answer was wrong", async () => {
    await sim.say(ZHENG_YU, '婚假有几天');
    await sim.say(ZHENG_YU, '[弱]');
    await sim.say(SUN_HAO, '丧假有几天');
    await sim.say(SUN_HAO, '没用');
    expect((await openQueue(sim)).map((q) => q.text).sort()).toEqual(['丧假有几天', '婚假有几天']);
  });

  it('queues a question answered from the section picked among choices when the asker then says 不对', async () => {
    const offer = await sim.say(ZHENG_YU, '年假可以分开休吗');
    expect(offer[0]!.text).toContain('您是想问');
    const n = offer[0]!.text.split('\n').findIndex((line) => /^\d\. 年假$/.test(line));
    expect(n).toBeGreaterThan(0);
    const answer = await sim.say(ZHENG_YU, String(n));
    expect(answer[0]!.text).toContain('年休假');
    expect(to(await sim.say(ZHENG_YU, '不对'), ZHENG_YU)).toEqual([loopText.dislikeNoted]);
    const [q] = await openQueue(sim);
    expect(q).toMatchObject({ text: '年假可以分开休吗', count: 1 });
    expect(q!.section?.path).toMatch(/2\. 年假$/);
    expect(await sim.app.features.loop.repo.kinds(q!.id)).toEqual({ disliked: 1 });
  });

  it('takes a choice not picked from the Q&A, for the offer of choices to report', async () => {
    const id = await sim.app.features.loop.choiceNotPicked(ZHENG_YU, '出去家访打车能报销吗', sim.clock.now());
    const [q] = await openQueue(sim);
    expect(q).toMatchObject({ id, text: '出去家访打车能报销吗', count: 1, section: null });
    expect(await sim.app.features.loop.repo.kinds(id!)).toEqual({ 'choice-not-picked': 1 });
  });

  it('counts similar questions together, most asked first', async () => {
    await sim.say(ZHENG_YU, '无人机飞行规定是什么');
    await sim.say(SUN_HAO, '能不能远程办公');
    await sim.say('S013', '请问，能不能远程办公？');
    await sim.say('S014', '能不能远程办公啊');
    const queue = await openQueue(sim);
    expect(queue.map((q) => [q.text, q.count])).toEqual([
      ['能不能远程办公', 3],
      ['无人机飞行规定是什么', 1],
    ]);
  });
});

describe('HR works the queue in chat', () => {
  it('lists the questions numbered, most asked first, with counts and the section quoted, not who asked', async () => {
    await sim.say(ZHENG_YU, '无人机飞行规定是什么');
    await sim.say(SUN_HAO, '能不能远程办公');
    await sim.say(ZHENG_YU, '能不能远程办公');
    await sim.say(ZHENG_YU, '婚假有几天');
    await sim.say(ZHENG_YU, '不对');
    const [list] = to(await sim.say(HR, '待回复问题'), HR);
    const home = await idOf(sim, '能不能远程办公');
    const wedding = await idOf(sim, '婚假有几天');
    expect(list).toContain(`${home}. 能不能远程办公（2次）`);
    expect(list).toContain(`${wedding}. 婚假有几天（1次；当时引用了《员工手册》5. 婚假）`);
    expect(list!.indexOf('远程办公')).toBeLessThan(list!.indexOf('无人机'));
    expect(list).not.toMatch(/郑雨|孙浩|S011|S012/);
  });

  it('answers everyone who asked privately, marks it answered, saves it to the FAQ for the next asker', async () => {
    await sim.say(ZHENG_YU, '能不能远程办公');
    await sim.say(SUN_HAO, '能不能远程办公？');
    const id = await idOf(sim, '能不能远程办公');
    const out = await sim.say(HR, `回复问题 ${id} 可以，每月最多两天，需提前一天向主管申请。`);
    expect(to(out, ZHENG_YU)).toEqual([
      loopText.toAsker('能不能远程办公', '可以，每月最多两天，需提前一天向主管申请。'),
    ]);
    expect(to(out, SUN_HAO)).toHaveLength(1);
    expect(to(out, HR)[0]).toContain('2 位同工');
    expect(out.filter((s) => s.room)).toEqual([]);
    expect(await openQueue(sim)).toEqual([]);

    const saved = to(await sim.say(HR, '存为问答'), HR);
    expect(saved[0]).toContain('已存为问答');
    const rows: string[][] = parse(readFileSync(join(dir, 'faq.csv'), 'utf8'));
    expect(rows.at(-1)).toEqual(['能不能远程办公', '可以，每月最多两天，需提前一天向主管申请。', '', '']);

    const next = await sim.say('S013', '能不能远程办公');
    expect(next[0]!.text).toBe('可以，每月最多两天，需提前一天向主管申请。\n——人力资源部答复');
    expect(await openQueue(sim)).toEqual([]);
  });

  it('saves with the citation HR names, quoted properly in the CSV', async () => {
    await sim.say(ZHENG_YU, '无人机飞行规定是什么');
    const id = await idOf(sim, '无人机飞行规定是什么');
    await sim.say(HR, `回复问题 ${id} 机构不组织无人机活动，"航拍"请找办公室，电话8005。`);
    const saved = to(await sim.say(HR, '存为问答 引用 员工手册 婚假'), HR);
    expect(saved[0]).toContain('出处《员工手册》5. 婚假');
    const text = readFileSync(join(dir, 'faq.csv'), 'utf8');
    expect(text).toContain('"机构不组织无人机活动，""航拍""请找办公室，电话8005。"');
    const rows: string[][] = parse(text);
    expect(rows.at(-1)![2]).toBe('leya-employee-handbook');
    expect(rows.at(-1)![3]).toMatch(/三、请假管理 › （一）假类说明 › 5\. 婚假$/);
    const next = await sim.say(SUN_HAO, '无人机飞行规定是什么');
    expect(next[0]!.text).toMatch(/^机构不组织无人机活动，"航拍"请找办公室，电话8005。\n——《东莞市乐雅.*5\. 婚假$/);
  });

  it('maps a question to a section by heading words, so the next asking answers from that section', async () => {
    await queueIt(sim, ZHENG_YU, '年假能跟国庆假连在一起休吗');
    const id = await idOf(sim, '年假能跟国庆假连在一起休吗');
    const out = await sim.say(HR, `问题 ${id} 对应 年假`);
    expect(to(out, HR)[0]).toContain('对应《员工手册》2. 年假');
    expect(to(out, ZHENG_YU)[0]).toMatch(/^您之前问的「年假能跟国庆假连在一起休吗」/);
    const next = await sim.say(SUN_HAO, '年假能跟国庆假连在一起休吗');
    expect(next[0]!.text).toMatch(/年假不能与节假日连休[\s\S]*2\. 年假$/);
    expect(await openQueue(sim)).toEqual([]);
  });

  it('ignores a question: it leaves the list and nobody is told', async () => {
    await sim.say(ZHENG_YU, '无人机飞行规定是什么');
    const id = await idOf(sim, '无人机飞行规定是什么');
    const out = await sim.say(HR, `忽略问题 ${id}`);
    expect(out).toEqual([expect.objectContaining({ to: HR, text: loopText.ignored(id) })]);
    expect(to(await sim.say(HR, '待回复问题'), HR)).toEqual([loopText.listEmpty]);
    // As HR asks it too (it was declined as a policy question).
    for (const asked of ['有哪些问题没回答', '还有几个问题没回复', '未回答的问题'])
      expect(to(await sim.say(HR, asked), HR), asked).toEqual([loopText.listEmpty]);
  });

  it('refuses everyone else politely and changes nothing', async () => {
    await sim.say(ZHENG_YU, '无人机飞行规定是什么');
    const id = await idOf(sim, '无人机飞行规定是什么');
    for (const command of [
      '待回复问题',
      `回复问题 ${id} 不知道`,
      '存为问答',
      `问题 ${id} 对应 年假`,
      `忽略问题 ${id}`,
    ]) {
      const refused = [expect.objectContaining({ to: SUN_HAO, text: hrOnly.refusal })];
      expect(await sim.say(SUN_HAO, command)).toEqual(refused);
    }
    expect(await openQueue(sim)).toHaveLength(1);
  });

  it('keeps everything personal out of the group: a question declined there, HR working the queue there', async () => {
    const group = { room: 'staff-group', mention: true };
    const asked = await sim.say(ZHENG_YU, '能不能远程办公？我手机13812345678', group);
    expect(asked).toEqual([expect.objectContaining({ room: 'staff-group' })]);
    await sim.say(ZHENG_YU, '婚假有几天', group);
    const disliked = await sim.say(ZHENG_YU, '不对', group);
    expect(disliked).toEqual([{ at: expect.any(String), room: 'staff-group', text: loopText.dislikeNoted }]);
    const listed = await sim.say(HR, '待回复问题', group);
    expect(listed.filter((s) => s.room).map((s) => s.text)).toEqual([loopText.sentPrivately]);
    const id = await idOf(sim, '婚假有几天');
    const replied = await sim.say(HR, `回复问题 ${id} 婚假三天，另有晚婚假请看员工手册。`, group);
    expect(replied.filter((s) => s.room).map((s) => s.text)).toEqual([loopText.sentPrivately]);
    expect(to(replied, ZHENG_YU)).toHaveLength(1);
  });
});

describe('the weekly digest', () => {
  it('sends HR the most asked open questions at 09:00 on Monday, once, through the outbox', async () => {
    await sim.say(ZHENG_YU, '能不能远程办公');
    await sim.say(SUN_HAO, '能不能远程办公');
    await sim.say(ZHENG_YU, '无人机飞行规定是什么');
    // 2026-12-07 is a Monday.
    const out = await sim.advanceTo(new Date('2026-12-07T10:00:00+08:00'));
    const digests = out.filter((s) => s.text.startsWith('【每周待回复问题】'));
    expect(digests.map((s) => [s.to, s.at])).toEqual([
      ['S005', '2026-12-07T01:00:00.000Z'],
      ['S006', '2026-12-07T01:00:00.000Z'],
    ]);
    expect(digests[0]!.text).toContain('还有 2 个问题没有答复');
    expect(digests[0]!.text).toMatch(/能不能远程办公（2次）[\s\S]*无人机/);
    expect(digests[0]!.text).not.toMatch(/郑雨|孙浩/);
    const later = await sim.advanceTo(new Date('2026-12-08T10:00:00+08:00'));
    expect(later.filter((s) => s.text.startsWith('【每周待回复问题】'))).toEqual([]);
  });

  it('says nothing when the queue is empty', async () => {
    const out = await sim.advanceTo(new Date('2026-12-08T10:00:00+08:00'));
    expect(out.filter((s) => s.text.startsWith('【每周待回复问题】'))).toEqual([]);
  });

  it("waits for the week's first working day when Monday is a holiday", async () => {
    await close();
    ({ sim, dir, close } = await startLoop(new Date('2026-09-30T09:00:00+08:00')));
    await sim.say(ZHENG_YU, '能不能远程办公');
    // National Day: Monday 5 to Wednesday 7 October 2026 are days off.
    const out = await sim.advanceTo(new Date('2026-10-09T10:00:00+08:00'));
    const digests = out.filter((s) => s.text.startsWith('【每周待回复问题】'));
    expect(digests.map((s) => s.at)).toEqual(['2026-10-08T01:00:00.000Z', '2026-10-08T01:00:00.000Z']);
  });
});

describe('help', () => {
  it('tells staff to say 不对, and HR the queue commands', async () => {
    expect((await sim.say(ZHENG_YU, '帮助'))[0]!.text).toContain('答得不对就回「不对」');
    expect((await sim.say(ZHENG_YU, '帮助'))[0]!.text).not.toContain('待回复问题');
    expect((await sim.say(HR, '帮助'))[0]!.text).toContain('待回复问题 / 回复问题 5 答复内容');
  });
});

describe('what is not a question stays out of the queue', () => {
  const notQuestions = [
    '确认',
    '确认',
    '确认',
    '好的收到了',
    'ok收到',
    '取消',
    '1',
    '谢谢大家',
    '改成1月5号到6号',
    '今晚加班 6点到9点 陪护张伯',
  ];

  it('keeps replies, thanks, numbers and edits a person sends out of the queue', async () => {
    for (const text of notQuestions) await sim.say(SUN_HAO, text);
    expect(await openQueue(sim)).toEqual([]);
  });

  it("still queues a real question the documents do not answer, without a client's name", async () => {
    await sim.say(SUN_HAO, '好的收到了');
    const out = await sim.say(SUN_HAO, '晚上陪护袁奶奶要不要报备');
    expect(declined(out)).toBe(true);
    const queue = await openQueue(sim);
    expect(queue.map((q) => q.text)).toEqual(['晚上陪护某人要不要报备']);
  });
});
