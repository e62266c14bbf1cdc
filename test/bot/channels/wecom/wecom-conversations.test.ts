/**
 * The whole bot on WeCom: createApp with the WeCom route, the real SDK, the fake server.
 * People are the sample directory's staff, known to WeCom by their userids.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { identityText } from '../../../../bot/identity/messages.ts';
import { CONVERSATION_SCRIPTS } from '../../../fakes/conversation-scripts.ts';
import {
  STAFF_GROUP_CHAT,
  converse,
  repliesInSimulation,
  startWecomApp,
  textOf,
  userid,
  type WecomApp,
} from './wecom-harness.ts';

const START = new Date('2026-12-01T09:00:00+08:00');
const CITATION = /——《.+》/;

let bot: WecomApp | undefined;

afterEach(async () => {
  await bot?.close();
  bot = undefined;
});

/** The most messages in any window of `windowMs` starting at a message. */
function mostInWindow(times: readonly number[], windowMs: number): number {
  return Math.max(0, ...times.map((start) => times.filter((t) => t >= start && t < start + windowMs).length));
}

describe('the bot on WeCom', () => {
  it('answers a direct question with its citation, on the question itself', async () => {
    bot = await startWecomApp(START);
    const linXiao = userid(bot.app, 'S010');
    bot.server.sendText(linXiao, '婚假有几天');
    const answer = await bot.server.nthMessage(linXiao, 1);
    expect(answer.via).toBe('reply');
    expect(answer.text).toContain('婚假');
    expect(answer.text).toMatch(CITATION);
  });

  it('knows a member whatever the case WeCom gives their userid in', async () => {
    bot = await startWecomApp(START);
    const lower = userid(bot.app, 'S010').toLowerCase();
    bot.server.sendText(lower, '婚假有几天');
    expect((await bot.server.nthMessage(lower, 1)).text).toMatch(CITATION);
  });

  it('treats an unknown userid like any unknown sender', async () => {
    bot = await startWecomApp(START);
    bot.server.sendText('outsider01', '婚假有几天');
    const answer = await bot.server.nthMessage('outsider01', 1);
    expect(textOf(answer)).toBe(
      identityText.unknownSender(bot.app.store.org.info.name, bot.app.store.org.info.hrContact),
    );
  });

  it('answers in a group only when the message mentions the bot', async () => {
    bot = await startWecomApp(START);
    const linXiao = userid(bot.app, 'S010');
    expect(bot.server.sendText(linXiao, '婚假有几天', { chatId: STAFF_GROUP_CHAT })).toBeUndefined();
    bot.server.sendText(linXiao, `@${bot.server.botName} 婚假有几天`, { chatId: STAFF_GROUP_CHAT });
    const answer = await bot.server.nthMessage(STAFF_GROUP_CHAT, 1);
    await bot.channel.idle();
    expect(answer).toMatchObject({ via: 'reply', chatId: STAFF_GROUP_CHAT });
    expect(answer.text).toMatch(CITATION);
    expect(bot.server.messages).toHaveLength(1);
  });

  it('reaches a person by userid and the staff group by its chatid', async () => {
    bot = await startWecomApp(START);
    await bot.app.messenger.send({ staffId: 'S005' }, '请查收本月考勤表。');
    await bot.app.messenger.send({ room: 'staff-group' }, '今天下午三点全体例会。');
    expect(bot.server.messages.map((m) => [m.via, m.chatId, m.text])).toEqual([
      ['push', userid(bot.app, 'S005'), '请查收本月考勤表。'],
      ['push', STAFF_GROUP_CHAT, '今天下午三点全体例会。'],
    ]);
  });

  it('carries on a conversation across a dropped connection, losing nothing and sending nothing twice', async () => {
    // HR composes a notice: a five-step conversation kept in the database between messages.
    const script = ['发通知', '12月5日下午2点在三楼会议室开全体会议，请准时参加。', '服务部', '现在', '确认'];
    const expected = await repliesInSimulation('S005', script, START);
    expect(expected).toHaveLength(script.length);

    bot = await startWecomApp(START);
    const { server } = bot;
    const zhangMin = userid(bot.app, 'S005');
    const say = async (text: string, count: number) => {
      const delivered = server.sendText(zhangMin, text)!;
      await server.nthMessage(zhangMin, count);
      return delivered;
    };
    await say(script[0]!, 1);
    const second = await say(script[1]!, 2);

    server.dropConnections();
    await server.waitUntil(() => server.authentications === 2, 'the SDK to reconnect');
    // WeCom delivers the last message again after the reconnect, then HR carries on.
    server.redeliver(second);
    for (const [i, text] of script.slice(2).entries()) await say(text, i + 3);
    await bot.channel.idle();

    expect(server.visible(zhangMin).map(textOf)).toEqual(expected);
    expect(server.messages).toHaveLength(script.length);
  });

  it.each(CONVERSATION_SCRIPTS)('says the same as the terminal harness: %s', async (_name, script) => {
    const expected = await repliesInSimulation('S011', script, START);
    bot = await startWecomApp(START);
    const got = await converse(bot, 'S011', script);
    expect(got.map(textOf)).toEqual(expected);
  });

  it('keeps a burst of 100 sends to one member within WeCom’s limits, delivering all of them in order', async () => {
    bot = await startWecomApp(START);
    const linXiao = userid(bot.app, 'S010');
    await Promise.all(
      Array.from({ length: 100 }, (_, i) => bot!.app.messenger.send({ staffId: 'S010' }, `提醒 ${i + 1}`)),
    );
    const sent = bot.server.messages.filter((m) => m.chatId === linXiao);
    expect(sent.filter((m) => m.dropped)).toEqual([]);
    expect(sent.map((m) => m.text)).toEqual(Array.from({ length: 100 }, (_, i) => `提醒 ${i + 1}`));
    const times = sent.map((m) => m.at.getTime());
    expect(mostInWindow(times, 60_000)).toBeLessThanOrEqual(30);
    expect(mostInWindow(times, 3_600_000)).toBeLessThanOrEqual(1000);
  });
});
