/**
 * WeCom's 👍/👎 under the bot's answers: an answer from the documents carries a feedback id
 * (the message it answers), and a 👎 on it puts the question in HR's unanswered queue.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { qaText } from '../../../../handlers/policy-qa/messages.ts';
import { loopText } from '../../../../handlers/qa-loop/messages.ts';
import { converse, startWecomApp, STAFF_GROUP_CHAT, userid, type WecomApp } from './wecom-harness.ts';

const START = new Date('2026-12-01T09:00:00+08:00');
const QUESTION = '外勤交通费每天多少钱';
let bot: WecomApp | undefined;

afterEach(async () => {
  await bot?.close();
  bot = undefined;
});

const queue = () => bot!.app.features.loop.repo.open();

/**
 * `staffId` rates a reply. The channel hands callbacks over in order, so once a colleague's
 * 「谢谢」 sent after it is answered, the rating has been handled.
 */
async function rate(staffId: string, feedbackId: string, type: 1 | 2 | 3, chatId?: string): Promise<void> {
  const colleague = userid(bot!.app, 'S012');
  const thanks = () => bot!.server.visible(colleague).filter((m) => m.text === qaText.thanks).length;
  const before = thanks();
  bot!.server.rate(userid(bot!.app, staffId), feedbackId, type, chatId ? { chatId } : {});
  bot!.server.sendText(colleague, '谢谢');
  await bot!.server.waitUntil(() => thanks() > before, 'the rating to be handled');
  await bot!.channel.idle();
}

const seen = (chat: string) => bot!.server.visible(chat);

describe('feedback on WeCom', () => {
  it('puts a question in the queue when its answer gets 👎, with the section quoted, and tells the asker', async () => {
    bot = await startWecomApp(START);
    const zhengYu = userid(bot.app, 'S011');
    const [answer] = await converse(bot, 'S011', [QUESTION]);
    expect(answer!.text).toContain('——《');
    expect(answer!.feedbackId).toBeTruthy();

    await rate('S011', answer!.feedbackId!, 2);
    const [queued] = await queue();
    expect(queued).toMatchObject({ text: QUESTION, section: { path: expect.stringContaining('交通费报销') } });
    expect(await bot.app.features.loop.repo.kinds(queued!.id)).toEqual({ disliked: 1 });
    expect(seen(zhengYu).map((m) => m.text)).toEqual([answer!.text, loopText.dislikeNoted]);
  });

  it('counts a 👎 on an older answer against that answer, not the latest, and only once', async () => {
    bot = await startWecomApp(START);
    const [first] = await converse(bot, 'S011', [QUESTION]);
    await converse(bot, 'S011', ['年假有几天']);
    await rate('S011', first!.feedbackId!, 2);
    await rate('S011', first!.feedbackId!, 2);
    expect((await queue()).map((q) => q.text)).toEqual([QUESTION]);
  });

  it('queues nothing for 👍, a withdrawn rating, or a rating of something that was not an answer', async () => {
    bot = await startWecomApp(START);
    const zhengYu = userid(bot.app, 'S011');
    const [answer] = await converse(bot, 'S011', [QUESTION]);
    await rate('S011', answer!.feedbackId!, 1);
    await rate('S011', answer!.feedbackId!, 3);
    await rate('S011', 'msg-not-an-answer', 2);
    expect(await queue()).toEqual([]);
    expect(seen(zhengYu).map((m) => m.text)).toEqual([answer!.text]);
    // 「谢谢」's 「不客气」 is no answer to rate.
    expect(bot.server.visible(userid(bot.app, 'S012')).at(-1)!.feedbackId).toBeUndefined();
  });

  it('leaves a conversation in progress alone: a 👎 is no answer to it', async () => {
    bot = await startWecomApp(START);
    const [answer] = await converse(bot, 'S011', [QUESTION]);
    const offered = await converse(bot, 'S011', ['公司停车场收费标准']);
    expect(offered.length).toBeGreaterThan(0);
    await rate('S011', answer!.feedbackId!, 2);
    expect((await queue()).map((q) => q.text)).toContain(QUESTION);
    // The choices offered are still open: a number still picks one.
    const picked = await converse(bot, 'S011', ['1']);
    expect(picked.at(-1)!.text).toContain('——《');
  });

  it('answers a 👎 in a group privately', async () => {
    bot = await startWecomApp(START);
    const zhengYu = userid(bot.app, 'S011');
    bot.server.sendText(zhengYu, `@${bot.server.botName} ${QUESTION}`, { chatId: STAFF_GROUP_CHAT });
    await bot.server.waitUntil(() => bot!.server.visible(STAFF_GROUP_CHAT).length > 0, 'the answer in the group');
    await bot.channel.idle();
    const [answer] = bot.server.visible(STAFF_GROUP_CHAT);
    await rate('S011', answer!.feedbackId!, 2, STAFF_GROUP_CHAT);
    expect(seen(zhengYu).map((m) => m.text)).toEqual([loopText.dislikeNoted]);
    expect(bot.server.visible(STAFF_GROUP_CHAT)).toHaveLength(1);
  });
});
