/**
 * The whole bot on WeChat: the real dispatcher and features behind the Wechaty adapter,
 * driven by the official `wechaty-puppet-mock`.
 */
import type { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import { types } from 'wechaty';
import { PuppetMock, mock } from 'wechaty-puppet-mock';
import { createApp, type App } from '../../../../app/app.ts';
import { WechatyChannel } from '../../../../bot/channels/wechaty/wechaty-channel.ts';
import { wechatyRoute } from '../../../../bot/channels/wechaty/wechaty-route.ts';
import { ManualClock } from '../../../../bot/clock.ts';
import { silentLogger } from '../../../../bot/logger.ts';
import { renderOutgoingText } from '../../../../bot/channels/render-actions-as-text.ts';
import { Simulation } from '../../../../app/simulation/simulation.ts';
import { CONVERSATION_SCRIPTS } from '../../../fakes/conversation-scripts.ts';

interface World {
  readonly app: App;
  readonly botUser: mock.ContactMock;
  readonly alice: mock.ContactMock;
  readonly room: mock.RoomMock;
  /** Every text the bot account sent, by the chat it went to. */
  readonly heard: { to: string; text: string }[];
}

let app: App | undefined;
afterEach(async () => {
  await app?.stop();
  app = undefined;
});

async function start(): Promise<World> {
  const mocker = new mock.Mocker();
  let people: Omit<World, 'app' | 'heard'> | undefined;
  const heard: World['heard'] = [];
  mocker.use((m) => {
    const botUser = m.createContact({ id: 'bot-self', name: '同工助手' });
    const alice = m.createContact({ id: 'wxid-alice', name: '小郑' });
    const hr = m.createContact({ id: 'wxid-hr', name: '张敏' });
    const room = m.createRoom({
      id: 'staff@chatroom',
      topic: '同心社工全体同工群',
      memberIdList: [botUser.id, alice.id, hr.id],
    });
    for (const target of [alice, room]) {
      (target as unknown as EventEmitter).on('message', (msg: mock.MessageMock) => {
        if (msg.talker().id === botUser.id) heard.push({ to: target.id, text: msg.text() ?? '' });
      });
    }
    people = { botUser, alice, room };
    m.scan('https://login.weixin.qq.com/l/mock', types.ScanStatus.Waiting);
    m.login(botUser);
    return () => {};
  });
  const clock = new ManualClock(new Date('2026-12-01T09:00:00+08:00'));
  const channel = new WechatyChannel({ puppet: new PuppetMock({ mocker }), clock, onQr: () => {} });
  app = await createApp({
    orgDir: 'data/orgs/sample',
    clock,
    log: silentLogger(),
    routes: ({ bindings, store }) => [wechatyRoute(channel, bindings, () => store.org.info.staffGroup)],
  });
  await app.start();
  // 小郑 is 郑雨 (S011) in the directory: bind her contact as HR's code would.
  const { code } = await app.bindings.createCode('S011', clock.now());
  await app.bindings.redeem(code, 'wechaty', 'wxid-alice', clock.now());
  // HR (张敏, S005) has bound her WeChat too, so questions can be forwarded to her.
  await app.bindings.redeem(
    (await app.bindings.createCode('S005', clock.now())).code,
    'wechaty',
    'wxid-hr',
    clock.now(),
  );
  return { app, heard, ...people! };
}

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('the bot on WeChat (wechaty-puppet-mock)', () => {
  it('answers a contact’s question in the direct chat, with the citation', async () => {
    const w = await start();
    w.alice.say('结婚可以休几天婚假').to(w.botUser);
    await until(() => w.heard.length > 0, 'the reply');
    expect(w.heard[0]!.to).toBe('wxid-alice');
    expect(w.heard[0]!.text).toMatch(/婚假[\s\S]*——《/);
  });

  it('does not answer a group message that does not mention it', async () => {
    const w = await start();
    w.alice.say('结婚可以休几天婚假').to(w.room);
    // Then a direct message: once its reply arrives, the group message was long processed.
    w.alice.say('帮助').to(w.botUser);
    await until(() => w.heard.length > 0, 'the reply to the direct message');
    expect(w.heard.every((h) => h.to !== w.room.id)).toBe(true);
  });

  it('answers in the group when mentioned', async () => {
    const w = await start();
    w.alice.say('@同工助手\u2005结婚可以休几天婚假', [w.botUser]).to(w.room);
    await until(() => w.heard.length > 0, 'the group reply');
    expect(w.heard[0]!.to).toBe(w.room.id);
    expect(w.heard[0]!.text).toContain('——《');
  });

  it('asks an unbound contact to register', async () => {
    const w = await start();
    await w.app.bindings.revoke('S011');
    w.alice.say('结婚可以休几天婚假').to(w.botUser);
    await until(() => w.heard.length > 0, 'the reply');
    expect(w.heard[0]!.text).toContain('绑定码');
  });

  it.each(CONVERSATION_SCRIPTS)('says the same as the terminal harness: %s', async (_name, script) => {
    const expected = await repliesInSimulation('S011', script);
    const w = await start();
    for (const [i, text] of script.entries()) {
      w.alice.say(text).to(w.botUser);
      const want = expected.slice(0, i + 1).flat().length;
      await until(() => w.heard.filter((h) => h.to === 'wxid-alice').length >= want, `the answers to turn ${i + 1}`);
    }
    await new Promise((r) => setTimeout(r, 200)); // nothing more should come
    expect(w.heard.filter((h) => h.to === 'wxid-alice').map((h) => h.text)).toEqual(expected.flat());
  });
});

/** What the terminal harness answers S011, turn by turn, as WeChat shows text. */
async function repliesInSimulation(staffId: string, script: readonly string[]): Promise<string[][]> {
  const sim = await Simulation.create({ start: new Date('2026-12-01T09:00:00+08:00') });
  try {
    const turns: string[][] = [];
    for (const text of script) {
      await sim.channel.receive({ from: staffId, text });
      turns.push(
        sim.channel
          .take()
          .filter((s) => s.to.chatId === staffId)
          .map((s) => renderOutgoingText(s.message)),
      );
    }
    return turns;
  } finally {
    await sim.close();
  }
}
