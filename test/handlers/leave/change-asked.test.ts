import { afterEach, describe, expect, it } from 'vitest';
import type { Simulation } from '../../../app/simulation/simulation.ts';
import { leaveSim, one, submitLeave } from './leave-sim.ts';

let sim: Simulation;
afterEach(async () => {
  await sim?.close();
});

describe('asking to change leave already submitted', () => {
  it('offers to withdraw the one still waiting and read back the new day, changing nothing yet', async () => {
    sim = await leaveSim();
    const id = await submitLeave(sim, 'S013', '11月11日请一天事假 孩子家长会');
    const reply = one(await sim.say('S013', '不好意思 家长会改到周四了 能改吗'), 'S013');
    expect(reply).toContain(`第${id}号（事假 11月11日（周三），1天）还在审批中，不能直接改`);
    expect(reply).toContain('要改成事假 11月12日（周四），需要先撤回再重新申请');
    expect(reply).toContain(`回复「是」，我帮您撤回第${id}号`);
    expect(one(await sim.say('S013', '我的请假'), 'S013')).toContain('审批中');
  });

  it('answers privately when asked in the group, naming no leave there', async () => {
    sim = await leaveSim();
    const id = await submitLeave(sim, 'S013', '11月11日请一天事假 孩子家长会');
    const sent = await sim.say('S013', '请假日期能改吗', { room: 'staff-group', mention: true });
    const inGroup = sent.filter((m) => m.room === 'staff-group').map((m) => m.text);
    expect(inGroup.join('\n')).not.toContain('事假');
    expect(one(sent, 'S013')).toContain(`发「撤回 ${id}」`);
  });

  it('points approved leave to 「取消已批准的 N」', async () => {
    sim = await leaveSim();
    const id = await submitLeave(sim, 'S011', '11月11日请一天事假 家里有事');
    await sim.say('S010', '同意');
    await sim.say('S003', `同意 ${id}`);
    expect(one(await sim.say('S011', '请假时间想改一下'), 'S011')).toContain(`发「取消已批准的 ${id}」`);
  });

  it('leaves news of a meeting moved to the other handlers, and says when there is nothing to change', async () => {
    sim = await leaveSim();
    expect(one(await sim.say('S011', '周五的会改到周四了吗'), 'S011')).not.toContain('请假');
    expect(one(await sim.say('S011', '婚假时间想改一下'), 'S011')).toContain('您目前没有审批中');
  });
});
