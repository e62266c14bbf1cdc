import { afterEach, describe, expect, it } from 'vitest';
import { Simulation } from '../../../app/simulation/simulation.ts';
import { NoticeRepo } from '../../../data/repos/notice-repo.ts';
import { START } from './notice-harness.ts';

let sim: Simulation;
afterEach(async () => {
  await sim?.close();
});

describe('a notice said in one line, with its audience and time', () => {
  it('takes 「发通知 给林晓、郑雨：…今晚11点半发」 whole: the night time read back, then the preview', async () => {
    sim = await Simulation.create({ start: START });
    const [night] = await sim.say('S006', '发通知 给林晓、郑雨：下周一交年度总结初稿 今晚11点半发');
    expect(night!.text).toContain('11月20日（周五）23:30在深夜');
    const [preview] = await sim.say('S006', '确认');
    expect(preview!.text).toContain('————————\n下周一交年度总结初稿\n————————');
    expect(preview!.text).toContain('发送对象：林晓、郑雨，共 2 人');
    expect(preview!.text).toContain('发送时间：11月20日（周五）23:30');
    const [done] = await sim.say('S006', '确认');
    expect(done!.text).toContain('通知 1 已安排在 11月20日（周五）23:30 发送给 2 位同事');
    const notice = await new NoticeRepo(sim.app.db).get(1);
    expect(notice?.text).toBe('下周一交年度总结初稿');
  });

  it('takes 「发个通知给长者服务组：…」 as the audience and the text, and asks only when to send', async () => {
    sim = await Simulation.create({ start: START });
    const [asked] = await sim.say('S006', '发个通知给长者服务组：明天上午10点督导来中心检查个案档案，请提前整理好');
    expect(asked!.text).toContain('什么时候发');
    const [preview] = await sim.say('S006', '下午4点半');
    expect(preview!.text).toContain('————————\n明天上午10点督导来中心检查个案档案，请提前整理好\n————————');
    expect(preview!.text).toContain('发送对象：长者服务组，共 5 人');
    expect(preview!.text).toContain('发送时间：11月20日（周五）16:30');
  });

  it('reads 「给大家发个通知：…，明天9点发」 and 「发通知：…」 with the time at the end', async () => {
    sim = await Simulation.create({ start: START });
    const [preview] = await sim.say('S005', '给大家发个通知：下周一上午全体大扫除，请穿便装，下周一8点发');
    expect(preview!.text).toContain('————————\n下周一上午全体大扫除，请穿便装\n————————');
    expect(preview!.text).toContain('发送对象：全体同工');
    expect(preview!.text).toContain('发送时间：11月23日（周一）08:00');
    await sim.say('S005', '取消');
    const [audience] = await sim.say('S005', '发通知：周五下午3点开会 现在发');
    expect(audience!.text).toContain('发给谁');
    const [now] = await sim.say('S005', '服务部');
    expect(now!.text).toContain('发送时间：确认后立即发送');
    expect(now!.text).toContain('————————\n周五下午3点开会\n————————');
  });

  it('keeps a time that belongs to the text in the text (「…明天上午10点检查」 is no send time)', async () => {
    sim = await Simulation.create({ start: START });
    const [asked] = await sim.say('S005', '发通知 全体 明天上午10点督导来中心检查');
    expect(asked!.text).toContain('什么时候发');
    const [preview] = await sim.say('S005', '现在');
    expect(preview!.text).toContain('————————\n明天上午10点督导来中心检查\n————————');
  });

  it('keeps 「给各位组长：」 in the text when it names nobody in the directory, and asks whom to send to', async () => {
    sim = await Simulation.create({ start: START });
    const [asked] = await sim.say('S005', '发通知 给各位组长：周五交材料');
    expect(asked!.text).toContain('发给谁');
    await sim.say('S005', '郑雨');
    const [preview] = await sim.say('S005', '现在');
    expect(preview!.text).toContain('————————\n给各位组长：周五交材料\n————————');
  });
});
