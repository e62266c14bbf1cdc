/**
 * Features built on the channel port, used through WeCom: the core asks for choices, WeCom
 * shows them as button cards, and presses come back as the commands they stand for.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../../bot/logger.ts';
import { NoticeRepo } from '../../../../data/repos/notice-repo.ts';
import { noticeJob } from '../../../../handlers/notices/notice-job.ts';
import type { JobEnv } from '../../../../scheduler/job.ts';
import { converse, startWecomApp, textOf, userid, type WecomApp } from './wecom-harness.ts';

const START = new Date('2026-11-20T10:00:00+08:00');

let bot: WecomApp | undefined;

afterEach(async () => {
  await bot?.close();
  bot = undefined;
});

/** Runs the notice job up to now and sends what it plans through the app, as the scheduler would. */
async function deliverNotices(app: WecomApp['app'], from: Date, to: Date): Promise<void> {
  const org = app.store.org;
  const env: JobEnv = { org, db: app.db, clock: { now: () => to }, log: silentLogger(), calendar: org.calendar };
  const job = noticeJob();
  for (const occurrence of await job.occurrences(new Date(from.getTime() - 1), to, env)) {
    for (const send of await job.sends(occurrence, env)) await app.messenger.send(send.to, send.message);
  }
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

  // The leave feature (issue 3) and the reminders (issue 4) were still being written when this
  // adapter was finished; these are written against them once they land.
  it.todo('approves a whole leave request by card clicks through a three-step chain');
  it.todo('changes nothing when a click comes from someone who is not the current approver');
  it.todo('pushes a deadline reminder to the member on WeCom, proactively');
});
