import { afterEach, describe, expect, it } from 'vitest';
import type { Simulation } from '../../../app/simulation/simulation.ts';
import { ackedBy, withDeliveredNotice } from './notice-harness.ts';

let sim: Simulation;
afterEach(async () => {
  await sim?.close();
});

describe('confirmations the way people say them', () => {
  it('records 「好的 收到了 谢谢」「好的收到👌」「收到，谢谢张姐」「我收到了」', async () => {
    sim = await withDeliveredNotice();
    for (const [who, said] of [
      ['S011', '好的 收到了 谢谢'],
      ['S012', '好的收到👌'],
      ['S013', '收到，谢谢张姐'],
      ['S014', '我收到了'],
    ] as const) {
      const out = await sim.say(who, said);
      expect(out).toEqual([expect.objectContaining({ to: who, text: expect.stringContaining('已确认收到通知 1') })]);
    }
    expect(await ackedBy(sim)).toEqual(['S011', 'S012', 'S013', 'S014']);
  });

  it('records a confirmation voice input misheard (「收道」「手到了 谢谢」「收道👌」)', async () => {
    sim = await withDeliveredNotice();
    for (const [who, said] of [
      ['S011', '收道'],
      ['S012', '手到了 谢谢'],
      ['S013', '收道👌'],
    ] as const) {
      const out = await sim.say(who, said);
      expect(out).toEqual([expect.objectContaining({ to: who, text: expect.stringContaining('已确认收到通知 1') })]);
    }
    expect(await ackedBy(sim)).toEqual(['S011', 'S012', 'S013']);
  });

  it('records 「收到，我那天要请假可以吗」 and points the leave wish to a leave request, not a policy quote', async () => {
    sim = await withDeliveredNotice();
    const out = await sim.say('S011', '收到，我那天要请假可以吗');
    expect(out.map((s) => s.text)).toEqual([
      expect.stringContaining('已确认收到通知 1'),
      expect.stringContaining('请直接告诉我日期和假别'),
    ]);
    expect(await ackedBy(sim)).toEqual(['S011']);
  });

  it('does not take 「收到了工资条 但是少了100块」, 「我收到孙浩的请假了」 or a lead’s 「郑雨的月报我收到了」 as a confirmation', async () => {
    sim = await withDeliveredNotice();
    const pay = await sim.say('S011', '收到了工资条 但是少了100块');
    expect(pay.map((s) => s.text).join('\n')).not.toContain('已确认收到通知');
    const handIn = await sim.say('S010', '郑雨的月报我收到了');
    expect(handIn.map((s) => s.text).join('\n')).not.toContain('已确认收到通知');
    const colleague = await sim.say('S012', '我收到孙浩的请假了');
    expect(colleague.map((s) => s.text).join('\n')).not.toContain('已确认收到通知');
    expect(await ackedBy(sim)).toEqual([]);
  });
});

describe('confirmations that name what was received', () => {
  it('records 「收到张敏发的通知了 谢谢」 and 「收到通知了，要带什么吗」 (answering the question), not a thing someone gave', async () => {
    sim = await withDeliveredNotice();
    const named = await sim.say('S011', '收到张敏发的通知了 谢谢');
    expect(named).toEqual([expect.objectContaining({ to: 'S011', text: expect.stringContaining('已确认收到通知 1') })]);
    const asked = await sim.say('S012', '收到通知了，要带什么吗');
    expect(asked[0]!.text).toContain('已确认收到通知 1');
    const gift = await sim.say('S013', '收到家属送的锦旗了 好开心');
    expect(gift.map((s) => s.text).join('\n')).not.toContain('已确认收到通知');
    expect(await ackedBy(sim)).toEqual(['S011', 'S012']);
  });
});

describe('HR’s notice commands in HR’s own words', () => {
  it('answers 「通知1有几个人没确认」, reminds on 「1号通知没确认的催一下」, and cancels only on the exact command', async () => {
    sim = await withDeliveredNotice();
    await sim.say('S011', '收到');
    const [status] = await sim.say('S005', '通知1有几个人没确认');
    expect(status!.text).toMatch(/已确认 1 人，未确认 \d+ 人/);
    const [reminded] = await sim.say('S005', '1号通知没确认的催一下');
    expect(reminded!.text).toContain('未确认的');
    const [cancel] = await sim.say('S005', '通知1别发了');
    expect(cancel!.text).toBe('要取消通知 1，请发「取消通知 1」确认。');
    const [notHr] = await sim.say('S012', '通知1有几个人没确认');
    expect(notHr?.text ?? '').not.toContain('未确认');
  });

  it('reports on the latest notice for 「通知谁看了」「谁还没确认通知」, with no number said', async () => {
    sim = await withDeliveredNotice();
    await sim.say('S011', '收到');
    for (const said of ['通知谁看了', '谁还没确认通知', '刚才的通知有几个人确认了', '谁还没确认']) {
      const [status] = await sim.say('S005', said);
      expect(status!.text).toMatch(/^通知 1 「[^」]+」\n已发出：.+已确认 1 人，未确认 \d+ 人/);
    }
  });
});
