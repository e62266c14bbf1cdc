import { afterEach, describe, expect, it } from 'vitest';
import type { Simulation } from '../../../app/simulation/simulation.ts';
import { leaveSim, one, submitLeave, to } from './leave-sim.ts';

let sim: Simulation;
afterEach(async () => {
  await sim?.close();
});

describe('leave approval in chat', () => {
  it('goes lead → head → director, telling the requester each time and HR at the start and the end', async () => {
    sim = await leaveSim();
    const readBack = one(await sim.say('S011', '12月7日到9日请年假，回老家办事'), 'S011');
    expect(readBack).toContain('12月7日（周一）至12月9日（周三）');
    expect(readBack).toContain('3个工作日');
    expect(readBack).toContain('可用5天 → 提交后2天');
    expect(readBack).toContain('林晓（组长·转呈） → 陈思远（部长·审核） → 周文华（机构负责人·批准）');

    const submitted = await sim.say('S011', '确认');
    expect(one(submitted, 'S011')).toContain('编号第1号');
    expect(one(submitted, 'S010')).toContain('【请假待审批】第1号');
    expect(one(submitted, 'S005')).toContain('【请假备案】第1号');
    expect(one(submitted, 'S006')).toContain('【请假备案】第1号');
    expect(to(submitted, 'S003')).toEqual([]);

    const first = await sim.say('S010', '同意');
    expect(one(first, 'S010')).toContain('已同意第1号，已转给陈思远');
    expect(one(first, 'S011')).toContain('林晓已同意，已转陈思远审核');
    expect(one(first, 'S003')).toContain('【请假待审批】第1号');
    expect(to(first, 'S001')).toEqual([]);

    const second = await sim.say('S003', '同意 1');
    expect(one(second, 'S001')).toContain('周文华（机构负责人·批准） ← 当前');
    expect(one(second, 'S011')).toContain('陈思远已同意，已转周文华批准');

    const last = await sim.say('S001', '批准 1');
    expect(one(last, 'S011')).toContain('已由周文华批准');
    expect(one(last, 'S005')).toContain('已批准（周文华）');
    expect(one(last, 'S001')).toContain('已批准第1号');

    expect(one(await sim.say('S011', '我的请假'), 'S011')).toContain(
      '第1号 年假 12月7日（周一）至12月9日（周三），3天 · 已批准',
    );
    const balance = one(await sim.say('S011', '我还有几天年假'), 'S011');
    expect(balance).toContain('已批准：3天');
    expect(balance).toContain('剩余可用：2天');
  });

  it('ends a request on a rejection, says why, and gives the days back', async () => {
    sim = await leaveSim();
    const id = await submitLeave(sim, 'S011', '12月7日到9日请年假 回老家');
    await sim.say('S010', '同意');
    const rejected = await sim.say('S003', `驳回 ${id} 年底服务任务重`);
    expect(one(rejected, 'S011')).toContain('被陈思远驳回。理由：年底服务任务重');
    expect(one(rejected, 'S005')).toContain('已驳回（陈思远：年底服务任务重）');
    expect(to(rejected, 'S001')).toEqual([]);
    expect(one(await sim.say('S001', `同意 ${id}`), 'S001')).toContain('已经驳回');
    expect(one(await sim.say('S011', '我还有几天年假'), 'S011')).toContain('剩余可用：5天');
  });

  it('asks for a reason when a rejection has none, then decides', async () => {
    sim = await leaveSim();
    const id = await submitLeave(sim, 'S011', '下周二请事假，家里有事');
    expect(one(await sim.say('S010', '驳回'), 'S010')).toContain('请说明驳回第1号请假的理由');
    const decided = await sim.say('S010', '那天有督导来访');
    expect(one(decided, 'S011')).toContain('理由：那天有督导来访');
    expect(one(decided, 'S010')).toContain(`已驳回第${id}号`);
  });

  it('changes nothing on a second decision on the same step', async () => {
    sim = await leaveSim();
    const id = await submitLeave(sim, 'S011', '12月7日到9日请年假 回老家');
    await sim.say('S010', `同意 ${id}`);
    const again = await sim.say('S010', `同意 ${id}`);
    expect(again).toHaveLength(1);
    expect(one(again, 'S010')).toContain('已经处理过了');
    const pressed = await sim.say('S010', '', { action: { actionId: `leave:${id}:step:1`, value: 'reject' } });
    expect(pressed).toHaveLength(1);
    expect(one(pressed, 'S010')).toContain('已经处理过了');
  });

  it('says how to go on when a rejection is changed to an approval (「3号改成同意」)', async () => {
    sim = await leaveSim();
    const id = await submitLeave(sim, 'S011', '下周二请事假，家里有事');
    await sim.say('S010', `驳回 ${id} 那天有督导来访`);
    const again = one(await sim.say('S010', `同意 ${id}`), 'S010');
    expect(again).toContain('已经处理过了（已驳回）');
    expect(again).toContain('请告诉申请人重新提交');
  });

  it('lets only the approver whose turn it is decide, and never the requester', async () => {
    sim = await leaveSim();
    const id = await submitLeave(sim, 'S011', '12月7日到9日请年假 回老家');
    expect(one(await sim.say('S003', `同意 ${id}`), 'S003')).toContain('目前不需要您审批');
    expect(one(await sim.say('S011', `同意 ${id}`), 'S011')).toContain('目前不需要您审批');
    expect(one(await sim.say('S012', `驳回 ${id} 不行`), 'S012')).toContain('目前不需要您审批');
    expect(one(await sim.say('S010', '同意 99'), 'S010')).toContain('没有找到第99号');
  });

  it('handles a button press exactly like the typed command', async () => {
    sim = await leaveSim();
    await sim.say('S011', '12月7日到9日请年假 回老家');
    const submitted = await sim.say('S011', '', { action: { actionId: 'leave:draft', value: 'confirm' } });
    expect(one(submitted, 'S011')).toContain('编号第1号');
    expect(
      one(await sim.say('S003', '', { action: { actionId: 'leave:1:step:1', value: 'approve' } }), 'S003'),
    ).toContain('目前不需要您审批');
    const approved = await sim.say('S010', '', { action: { actionId: 'leave:1:step:1', value: 'approve' } });
    expect(one(approved, 'S010')).toContain('已同意第1号');
    expect(one(approved, 'S003')).toContain('【请假待审批】第1号');
    const reject = await sim.say('S003', '', { action: { actionId: 'leave:1:step:2', value: 'reject' } });
    expect(one(reject, 'S003')).toContain('请说明驳回第1号请假的理由');
    expect(one(await sim.say('S003', '人手不足'), 'S011')).toContain('理由：人手不足');
  });

  it('attaches approve and reject buttons to the approver message', async () => {
    sim = await leaveSim();
    await sim.say('S011', '下周二请事假，家里有事');
    await sim.channel.receive({ from: 'S011', text: '确认' });
    const card = sim.channel.take().find((s) => s.to.chatId === 'S010');
    expect(card?.message.actions?.[0]).toMatchObject({
      id: 'leave:1:step:1',
      options: [
        { value: 'approve', command: '同意 1' },
        { value: 'reject', command: '驳回 1' },
      ],
    });
  });

  it('says on the pressed card how it ended', async () => {
    sim = await leaveSim();
    await sim.say('S011', '下周二请事假，家里有事');
    await sim.channel.receive({ from: 'S011', text: '确认', action: { actionId: 'leave:draft', value: 'confirm' } });
    expect(sim.channel.take().find((s) => s.to.chatId === 'S011')?.message.outcome).toEqual({
      actionId: 'leave:draft',
      text: '已提交 · 第1号',
    });
    await sim.channel.receive({
      from: 'S010',
      text: '同意 1',
      action: { actionId: 'leave:1:step:1', value: 'approve' },
    });
    const reply = sim.channel.take().find((s) => s.to.chatId === 'S010');
    expect(reply?.message.outcome).toEqual({
      actionId: 'leave:1:step:1',
      text: '已同意 · 林晓 · 11月2日（周一）10:00',
    });
  });

  it('lets the requester withdraw before the final decision, releasing the days', async () => {
    sim = await leaveSim();
    const id = await submitLeave(sim, 'S011', '12月7日到9日请年假 回老家');
    await sim.say('S010', `同意 ${id}`);
    const withdrawn = await sim.say('S011', `撤回 ${id}`);
    expect(one(withdrawn, 'S011')).toContain(`已撤回第${id}号`);
    expect(one(withdrawn, 'S003')).toContain('已由申请人撤回');
    expect(one(withdrawn, 'S005')).toContain('申请人已撤回');
    expect(one(await sim.say('S003', `同意 ${id}`), 'S003')).toContain('已经撤回');
    expect(one(await sim.say('S011', '我还有几天年假'), 'S011')).toContain('剩余可用：5天');
    expect(one(await sim.say('S012', `撤回 ${id}`), 'S012')).toContain('没有找到');
  });

  it('refuses to withdraw a request that is already approved', async () => {
    sim = await leaveSim();
    const id = await submitLeave(sim, 'S011', '下周二下午请事假，家里有事');
    await sim.say('S010', '同意');
    expect(one(await sim.say('S011', `撤回 ${id}`), 'S011')).toContain('已经批准，不能撤回');
  });

  it('lists what awaits an approver, with buttons', async () => {
    sim = await leaveSim();
    await submitLeave(sim, 'S011', '下周二请事假，家里有事');
    await submitLeave(sim, 'S013', '下周三请事假，搬家');
    const list = one(await sim.say('S010', '待我审批'), 'S010');
    expect(list).toContain('待您审批（2份）');
    expect(list).toContain('第1号 郑雨');
    expect(list).toContain('第2号 赵丽娜');
    expect(one(await sim.say('S010', '同意'), 'S010')).toContain('有2份申请等您审批');
  });

  it('asks about the one request for a bare 「撤回」, and withdraws it on 「是」 (it asked for a number)', async () => {
    sim = await leaveSim();
    const id = await submitLeave(sim, 'S011', '下周二请事假，家里有事');
    expect(one(await sim.say('S011', '撤回'), 'S011')).toContain(`您是要撤回第${id}号请假`);
    expect(one(await sim.say('S011', '是'), 'S011')).toContain(`已撤回第${id}号请假申请`);
  });

  it('lists what waits for a lead who asks 「有几个假要我批」 or 「还有要我批的吗」', async () => {
    sim = await leaveSim();
    await submitLeave(sim, 'S011', '下周二请事假，家里有事');
    for (const said of ['有几个假要我批', '还有要我批的吗', '哪些等我批']) {
      const list = one(await sim.say('S010', said), 'S010');
      expect(list, said).toContain('待您审批（1份）');
      expect(list, said).toContain('第1号 郑雨');
    }
  });

  it('records 销假 after the leave and tells the lead and HR', async () => {
    sim = await leaveSim();
    const id = await submitLeave(sim, 'S011', '下周一下午请事假，带孩子打疫苗');
    await sim.say('S010', '同意');
    expect(one(await sim.say('S011', '销假'), 'S011')).toContain('没有找到需要销假的假期');
    await sim.advanceTo(new Date('2026-11-10T09:00:00+08:00'));
    // Said twice over, as people do: 「我回来了 销假」.
    const back = await sim.say('S011', '我回来了 销假');
    expect(one(back, 'S011')).toContain(`已为您销假：第${id}号`);
    expect(one(back, 'S010')).toContain('【销假】郑雨已销假');
    expect(one(back, 'S005')).toContain('【销假】郑雨已销假');
  });
});
