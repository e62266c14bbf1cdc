/**
 * Features built on the channel port, used through WeCom: the core asks for choices, WeCom
 * shows them as button cards, and presses come back as the commands they stand for.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { LeaveRequestsRepo } from '../../../../data/repos/leave-requests-repo.ts';
import { NoticeRepo } from '../../../../data/repos/notice-repo.ts';
import { approvalText } from '../../../../handlers/leave/messages.ts';
import { advanceTo, converse, startWecomApp, textOf, userid, type WecomApp } from './wecom-harness.ts';

const START = new Date('2026-11-20T10:00:00+08:00');
const LEAVE_START = new Date('2026-12-01T09:00:00+08:00');

let bot: WecomApp | undefined;

afterEach(async () => {
  await bot?.close();
  bot = undefined;
});

/** 郑雨 asks; 林晓 (team lead), 陈思远 (department head), 周文华 (director) approve; 孙浩 is a colleague. */
function leavePeople() {
  const id = (staffId: string) => userid(bot!.app, staffId);
  return {
    zhengYu: id('S011'),
    linXiao: id('S010'),
    chenSiYuan: id('S003'),
    zhouWenHua: id('S001'),
    sunHao: id('S012'),
  };
}

/** The buttons on the newest card `chat` has. */
function cardButtons(chat: string): string[] {
  const cards = bot!.server.visible(chat).filter((m) => m.card);
  return cards.at(-1)?.card?.button_list?.map((b) => b.text) ?? [];
}

/** `userid` presses `label` on their newest card; waits until `until` holds and the bot is idle. */
async function press(userid: string, label: string, until: () => boolean): Promise<void> {
  bot!.server.pressButton(userid, label);
  await bot!.server.waitUntil(until, `what follows ${userid} pressing ${label}`);
  await bot!.channel.idle();
}

/** Runs the scheduler (outbox, claims, marks) at `to`: the notice goes out as in the running bot. */
async function deliverNotices(app: WecomApp['app'], _from: Date, to: Date): Promise<void> {
  await app.scheduler.runDue(to);
}

describe('features on WeCom', () => {
  it('confirms a notice with its 收到 button, and the card then shows who confirmed and when', async () => {
    bot = await startWecomApp(START);
    const { server, app } = bot;
    await converse(bot, 'S005', ['发通知', '请于本周五前提交体检表。', '郑雨', '现在', '确认']);
    await deliverNotices(app, START, bot.clock.now());

    const zhengYu = userid(app, 'S011');
    const received = server.visible(zhengYu);
    expect(received.every((m) => m.via === 'push')).toBe(true);
    const card = received.find((m) => m.card)!.card!;
    expect(card.button_list!.map((b) => b.text)).toEqual(['收到']);

    server.pressButton(zhengYu, '收到');
    const thanks = await server.nthMessage(zhengYu, received.length + 1);
    await bot.channel.idle();
    expect(textOf(thanks)).toContain('已确认收到通知 1');
    expect(server.cardUpdates).toEqual([expect.objectContaining({ taskId: card.task_id, userids: [zhengYu] })]);
    expect(server.cardUpdates[0]!.card.main_title?.desc).toMatch(/^已收到 · 郑雨 · 11月20日/);
    expect(await new NoticeRepo(app.db).recipients(1)).toEqual([{ staffId: 'S011', ackedAt: expect.any(Date) }]);
  });

  it('approves a whole leave request by card presses through a three-step chain', async () => {
    bot = await startWecomApp(LEAVE_START);
    const { server, app } = bot;
    const { zhengYu, linXiao, chenSiYuan, zhouWenHua } = leavePeople();

    // The read-back answers the request, with 确认 / 取消 buttons under it.
    const [readBack] = await converse(bot, 'S011', ['12月7日到12月9日请年假，回老家']);
    expect(readBack).toMatchObject({ via: 'reply', msgtype: 'stream_with_template_card' });
    expect(readBack!.card!.button_list!.map((b) => b.text)).toEqual(['确认提交', '取消']);
    await press(zhengYu, '确认提交', () => server.visible(linXiao).length === 1);

    // Each approver gets a card with 同意 / 驳回; each press passes the request on.
    for (const [approver, next] of [
      [linXiao, chenSiYuan],
      [chenSiYuan, zhouWenHua],
    ] as const) {
      expect(cardButtons(approver)).toEqual(['同意', '驳回']);
      await press(approver, '同意', () => server.visible(next).length === 1);
    }
    expect(cardButtons(zhouWenHua)).toEqual(['同意', '驳回']);
    await press(zhouWenHua, '同意', () => server.visible(zhengYu).some((m) => m.text.includes('批准 ✅')));

    expect((await new LeaveRequestsRepo(app.db).get(1))?.status).toBe('approved');
    for (const approver of [linXiao, chenSiYuan, zhouWenHua])
      expect(server.visible(approver).filter((m) => m.card)).toHaveLength(1);
  });

  it('changes nothing when a card press comes from someone who is not the current approver', async () => {
    bot = await startWecomApp(LEAVE_START);
    const { server, app } = bot;
    const { zhengYu, linXiao, chenSiYuan, zhouWenHua, sunHao } = leavePeople();
    await converse(bot, 'S011', ['12月7日到12月9日请年假，回老家']);
    await press(zhengYu, '确认提交', () => server.visible(linXiao).length === 1);
    // Kept to replay: once pressed, the lead's card shows the outcome instead of its buttons.
    const leadCard = server.visible(linXiao).find((m) => m.card)!.card!;
    const leadApprove = leadCard.button_list!.find((b) => b.text === '同意')!;
    await press(linXiao, '同意', () => server.visible(chenSiYuan).length === 1);
    const card = server.visible(chenSiYuan).find((m) => m.card)!.card!;
    const approve = card.button_list!.find((b) => b.text === '同意')!;
    const before = server.messages.length;

    // A colleague replays the department head's 同意 (a forged event), and the team lead
    // presses his own card again.
    server.click(sunHao, { taskId: card.task_id!, key: approve.key });
    await server.waitUntil(() => server.visible(sunHao).length === 1, 'the answer to the forged press');
    server.click(linXiao, { taskId: leadCard.task_id!, key: leadApprove.key });
    await server.waitUntil(() => server.messages.length === before + 2, 'the answer to the repeated press');
    await bot.channel.idle();

    expect(textOf(server.visible(sunHao)[0]!)).toBe(approvalText.notApprover(1));
    expect(textOf(server.visible(linXiao).at(-1)!)).toBe(approvalText.already(1, '已同意'));
    expect(server.messages).toHaveLength(before + 2);
    expect(server.visible(zhouWenHua)).toEqual([]);
    const steps = (await new LeaveRequestsRepo(app.db).get(1))!;
    expect(steps.status).toBe('pending');

    // The real department head's press still works.
    await press(chenSiYuan, '同意', () => server.visible(zhouWenHua).length === 1);
  });

  it("shows the decision on each approver's card once pressed", async () => {
    bot = await startWecomApp(LEAVE_START);
    const { server } = bot;
    const { zhengYu, linXiao, chenSiYuan } = leavePeople();
    await converse(bot, 'S011', ['12月7日到12月9日请年假，回老家']);
    await press(zhengYu, '确认提交', () => server.visible(linXiao).length === 1);
    const leadCard = server.visible(linXiao).find((m) => m.card)!.card!;
    await press(linXiao, '同意', () => server.visible(chenSiYuan).length === 1);
    const update = server.cardUpdates.find((u) => u.taskId === leadCard.task_id);
    expect(update?.userids).toEqual([linXiao]);
    expect(update?.card.main_title?.desc).toMatch(/同意.*林晓/);
    expect(update?.card.button_list ?? []).toEqual([]);
  });

  it('pushes a deadline reminder to the member on WeCom, proactively', async () => {
    bot = await startWecomApp(new Date('2026-12-24T08:00:00+08:00'));
    const { server, app } = bot;
    await advanceTo(bot, new Date('2026-12-25T10:00:00+08:00'));
    await bot.channel.idle();
    const zhengYu = userid(app, 'S011');
    const reminders = server.visible(zhengYu).filter((m) => textOf(m).startsWith('【交材料提醒】'));
    expect(reminders).toHaveLength(1);
    expect(reminders[0]).toMatchObject({ via: 'push' });
    expect(textOf(reminders[0]!)).toContain('工作月报');
    expect(server.messages.filter((m) => m.dropped)).toEqual([]);
  });
});
