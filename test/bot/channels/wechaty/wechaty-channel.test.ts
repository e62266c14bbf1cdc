/**
 * The Wechaty adapter on the real `wechaty-puppet-mock`.
 *
 * What the mock can and cannot do (1.19.4, checked here):
 * - `contact.say(text).to(contactOrRoom)` emits a text message; `say(text, [contacts])` to a
 *   room sets `mentionIdList`, which is what `message.mentionSelf()` reads. A room message
 *   without that list still carries `mentionIdList: []`, so a mention typed only as text
 *   (`@同工助手 …`) is invisible to `mentionSelf()`: the adapter's own text check covers it.
 * - `say()` only makes Image/Video/Audio/Attachment messages from a FileBox (and `file-box`
 *   is not a direct dependency); it never makes Emoticon or Url messages. Those are injected
 *   the way `say()` does it internally: `MessageMock.create(payload)`, then the puppet's
 *   `message` event.
 * - What the bot sends is observed on the mock side: the mock emits `message` on the
 *   receiving ContactMock/RoomMock, and Wechaty echoes it back as a `self()` message.
 * - Room ids must contain `@` (the mock routes sends by that); contact ids must not.
 * - `bot.ready()` never resolves; the adapter waits for `login`. `room.alias()` (group
 *   nickname) is always empty, so alias mentions are only covered by the pure mention tests.
 */
import type { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import { types } from 'wechaty';
import { PuppetMock, mock } from 'wechaty-puppet-mock';
import { pino } from 'pino';
import { ManualClock } from '../../../../bot/clock.ts';
import type { IncomingMessage } from '../../../../data/message.ts';
import { WechatyChannel } from '../../../../bot/channels/wechaty/wechaty-channel.ts';
import type { WechatyChannelLogger, WechatyLoginUser } from '../../../../bot/channels/wechaty/wechaty-channel.ts';

const WAIT_MS = 5_000;
const NOW = new Date('2025-12-08T02:00:00Z');

/** Resolves on the first matching item, already seen or still to come; fails after WAIT_MS. */
class Waiter<T> {
  private readonly seen: T[] = [];
  private readonly pending: Array<{ matches: (item: T) => boolean; resolve: (item: T) => void }> = [];

  push(item: T): void {
    this.seen.push(item);
    for (const waiter of [...this.pending]) {
      if (waiter.matches(item)) {
        this.pending.splice(this.pending.indexOf(waiter), 1);
        waiter.resolve(item);
      }
    }
  }

  all(): readonly T[] {
    return this.seen;
  }

  next(matches: (item: T) => boolean, what: string): Promise<T> {
    const found = this.seen.find(matches);
    if (found !== undefined) return Promise.resolve(found);
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.splice(this.pending.indexOf(waiter), 1);
        reject(new Error(`timed out waiting for ${what}; saw ${this.seen.length} item(s)`));
      }, WAIT_MS);
      const waiter = {
        matches,
        resolve: (item: T) => {
          clearTimeout(timer);
          resolve(item);
        },
      };
      this.pending.push(waiter);
    });
  }
}

interface LogEntry {
  readonly level: keyof WechatyChannelLogger;
  readonly obj: object;
  readonly msg: string | undefined;
}

function capturingLogger(entries: LogEntry[]): WechatyChannelLogger {
  const at = (level: LogEntry['level']) => (obj: object, msg?: string) => {
    entries.push({ level, obj, msg });
  };
  return { info: at('info'), warn: at('warn'), error: at('error'), debug: at('debug') };
}

interface Harness {
  readonly mocker: mock.Mocker;
  readonly channel: WechatyChannel;
  readonly inbox: Waiter<IncomingMessage>;
  readonly logs: LogEntry[];
  readonly qrCodes: Array<{ qrcode: string; imageUrl: string }>;
  readonly logins: WechatyLoginUser[];
  readonly botUser: mock.ContactMock;
  readonly alice: mock.ContactMock;
  readonly bob: mock.ContactMock;
  readonly room: mock.RoomMock;
}

let running: WechatyChannel | undefined;

afterEach(async () => {
  await running?.stop();
  running = undefined;
});

async function startChannel(
  onMessage?: (message: IncomingMessage, inbox: Waiter<IncomingMessage>) => Promise<void>,
): Promise<Harness> {
  const mocker = new mock.Mocker();
  let people: Pick<Harness, 'botUser' | 'alice' | 'bob' | 'room'> | undefined;
  // An environment runs once the puppet is fully on, so the login cannot race the start.
  mocker.use((m) => {
    const botUser = m.createContact({ id: 'bot-self', name: '同工助手' });
    const alice = m.createContact({ id: 'alice', name: '王小红' });
    const bob = m.createContact({ id: 'bob', name: '李明' });
    const room = m.createRoom({
      id: 'staff-room@chatroom',
      topic: '同工群',
      memberIdList: [botUser.id, alice.id, bob.id],
    });
    people = { botUser, alice, bob, room };
    m.scan('https://login.weixin.qq.com/l/mock-qr', types.ScanStatus.Waiting);
    m.login(botUser);
    return () => {};
  });

  const logs: LogEntry[] = [];
  const qrCodes: Harness['qrCodes'] = [];
  const logins: WechatyLoginUser[] = [];
  const inbox = new Waiter<IncomingMessage>();
  const channel = new WechatyChannel({
    puppet: new PuppetMock({ mocker }),
    logger: capturingLogger(logs),
    clock: new ManualClock(NOW),
    onQr: (qrcode, imageUrl) => qrCodes.push({ qrcode, imageUrl }),
    onLogin: (user) => logins.push(user),
  });
  running = channel;
  await channel.start(async (message) => {
    inbox.push(message);
    await onMessage?.(message, inbox);
  });
  if (!people) throw new Error('the mock environment did not run');
  return { mocker, channel, inbox, logs, qrCodes, logins, ...people };
}

/** The next message the mock delivers to `target` from the bot account. */
function heardFromBot(
  target: mock.ContactMock | mock.RoomMock,
  botUser: mock.ContactMock,
  what: string,
): Promise<mock.MessageMock> {
  // Both are EventEmitters at run time, but the mock types them through `typed-emitter`'s
  // CommonJS default export, which TypeScript's NodeNext resolution loses.
  const emitter = target as unknown as EventEmitter;
  const waiter = new Waiter<mock.MessageMock>();
  const listener = (message: mock.MessageMock) => {
    if (message.talker().id === botUser.id) waiter.push(message);
  };
  emitter.on('message', listener);
  return waiter.next(() => true, what).finally(() => emitter.off('message', listener));
}

/** Delivers a message of a type `say()` cannot produce, the way `say()` itself delivers. */
function injectMessage(
  mocker: mock.Mocker,
  from: mock.ContactMock,
  to: mock.ContactMock,
  id: string,
  type: types.Message,
): void {
  mocker.MessageMock.create({ id, talkerId: from.id, listenerId: to.id, timestamp: NOW.getTime(), type });
  mocker.puppet.emit('message', { messageId: id });
}

function withText(text: string) {
  return (message: IncomingMessage) => message.text === text;
}

describe('WechatyChannel on wechaty-puppet-mock', () => {
  it('shows the login QR code and reports the logged-in account', async () => {
    const { qrCodes, logins } = await startChannel();
    expect(qrCodes).toEqual([
      {
        qrcode: 'https://login.weixin.qq.com/l/mock-qr',
        imageUrl: `https://wechaty.js.org/qrcode/${encodeURIComponent('https://login.weixin.qq.com/l/mock-qr')}`,
      },
    ]);
    expect(logins).toEqual([{ id: 'bot-self', name: '同工助手' }]);
  });

  it('hands a direct message over as a direct IncomingMessage that mentions the bot', async () => {
    const { mocker, inbox, alice, botUser } = await startChannel();
    alice.say('  我想请假  ').to(botUser);
    const message = await inbox.next(withText('我想请假'), 'the direct message');
    expect(message).toEqual({
      id: expect.any(String),
      channel: 'wechaty',
      senderId: 'alice',
      senderName: '王小红',
      chatId: 'alice',
      isDirect: true,
      mentionsBot: true,
      isSelf: false,
      kind: 'text',
      text: '我想请假',
      receivedAt: NOW,
    });
    expect(mocker.cacheMessagePayload.get(message.id)?.text).toBe('  我想请假  ');
  });

  it('sends a direct message to the contact, which the contact receives from the bot', async () => {
    const { channel, alice, botUser } = await startChannel();
    const heard = heardFromBot(alice, botUser, 'the reply to alice');
    await channel.send({ chatId: 'alice', isDirect: true }, { text: '已收到您的申请' });
    const message = await heard;
    expect(message.text()).toBe('已收到您的申请');
    expect(message.listener()?.id).toBe('alice');
    expect(message.room()).toBeUndefined();
  });

  it("echoes the bot's own direct message with isSelf, in the chat with the listener", async () => {
    const { channel, inbox } = await startChannel();
    await channel.send({ chatId: 'alice', isDirect: true }, { text: '明天记得交周报' });
    const echo = await inbox.next(withText('明天记得交周报'), "the bot's own message");
    expect(echo).toMatchObject({ isSelf: true, senderId: 'bot-self', chatId: 'alice', isDirect: true });
  });

  it('sends to a group with the action commands as a hint line', async () => {
    const { channel, room, botUser, inbox } = await startChannel();
    const heard = heardFromBot(room, botUser, 'the message to the staff room');
    await channel.send(
      { chatId: 'staff-room@chatroom', isDirect: false },
      {
        text: '王小红申请12月8日（周一）年假1天',
        actions: [
          {
            id: 'leave-12',
            title: '审批请假',
            options: [
              { label: '同意', value: 'approve', command: '同意 12' },
              { label: '驳回', value: 'reject', command: '驳回 12 原因' },
            ],
          },
        ],
      },
    );
    const expected = '王小红申请12月8日（周一）年假1天\n回复「同意 12」或「驳回 12 原因」';
    expect((await heard).text()).toBe(expected);
    const echo = await inbox.next(withText(expected), 'the group echo');
    expect(echo).toMatchObject({ isSelf: true, isDirect: false, chatId: 'staff-room@chatroom' });
  });

  it('marks a group message without a mention as not mentioning the bot', async () => {
    const { inbox, alice, room } = await startChannel();
    alice.say('大家中午好').to(room);
    const message = await inbox.next(withText('大家中午好'), 'the group message');
    expect(message).toMatchObject({
      chatId: 'staff-room@chatroom',
      senderId: 'alice',
      isDirect: false,
      mentionsBot: false,
      isSelf: false,
    });
  });

  it('marks a group message that mentions the bot (mention list) and strips the mention', async () => {
    const { inbox, alice, room, botUser } = await startChannel();
    alice.say('@同工助手\u2005明天请假一天', [botUser]).to(room);
    const message = await inbox.next((m) => m.text.includes('明天请假一天'), 'the mention');
    expect(message).toMatchObject({ mentionsBot: true, text: '明天请假一天', isDirect: false });
  });

  it('marks a group message that mentions the bot only in its text and strips the mention', async () => {
    const { inbox, alice, room } = await startChannel();
    alice.say('@同工助手 年假还剩几天').to(room);
    const message = await inbox.next((m) => m.text.includes('年假还剩几天'), 'the typed mention');
    expect(message).toMatchObject({ mentionsBot: true, text: '年假还剩几天' });
  });

  it('does not treat a mention of someone else as a mention of the bot', async () => {
    const { inbox, alice, room, bob } = await startChannel();
    alice.say('@李明\u2005下午开会', [bob]).to(room);
    const message = await inbox.next((m) => m.text.includes('下午开会'), 'the mention of bob');
    expect(message).toMatchObject({ mentionsBot: false, text: '@李明\u2005下午开会' });
  });

  it.each([
    [types.Message.Image, 'image'],
    [types.Message.Emoticon, 'sticker'],
    [types.Message.Audio, 'voice'],
    [types.Message.Video, 'video'],
    [types.Message.Attachment, 'file'],
    [types.Message.Url, 'link'],
    [types.Message.RedEnvelope, 'other'],
  ] as const)('maps Wechaty message type %s to kind %s with empty text', async (type, kind) => {
    const { mocker, inbox, alice, botUser } = await startChannel();
    injectMessage(mocker, alice, botUser, `media-${type}`, type);
    const message = await inbox.next((m) => m.id === `media-${type}`, `the ${kind} message`);
    expect(message).toMatchObject({ kind, text: '', senderId: 'alice', isDirect: true });
  });

  it('keeps delivering after a handler fails, and logs the failure', async () => {
    const { inbox, alice, botUser, logs } = await startChannel(async (message) => {
      if (message.text === '第一条') throw new Error('handler broke');
    });
    alice.say('第一条').to(botUser);
    await inbox.next(withText('第一条'), 'the first message');
    alice.say('第二条').to(botUser);
    await inbox.next(withText('第二条'), 'the second message');
    expect(logs.filter((entry) => entry.level === 'error').map((entry) => entry.msg)).toEqual([
      'handling a wechaty message failed',
    ]);
  });

  it('hands messages to the handler one at a time, in order', async () => {
    let busy = false;
    let overlapped = false;
    const { inbox, alice, botUser } = await startChannel(async () => {
      if (busy) overlapped = true;
      busy = true;
      await new Promise((resolve) => setImmediate(resolve));
      busy = false;
    });
    for (const text of ['一', '二', '三']) alice.say(text).to(botUser);
    await Promise.all(['一', '二', '三'].map((text) => inbox.next(withText(text), `message ${text}`)));
    expect(overlapped).toBe(false);
  });

  it('logs what people wrote at debug level only', async () => {
    const { inbox, alice, botUser, logs } = await startChannel();
    alice.say('家里老人住院需要请假').to(botUser);
    await inbox.next(withText('家里老人住院需要请假'), 'the private message');
    const mentioning = logs.filter((entry) => JSON.stringify(entry.obj).includes('家里老人住院'));
    expect(mentioning.length).toBeGreaterThan(0);
    expect(mentioning.every((entry) => entry.level === 'debug')).toBe(true);
  });

  it('rejects a send to a contact or room it cannot find, naming the id', async () => {
    const { channel } = await startChannel();
    await expect(channel.send({ chatId: 'nobody', isDirect: true }, { text: '你好' })).rejects.toThrow(
      /contact nobody not found/,
    );
    await expect(channel.send({ chatId: 'gone@chatroom', isDirect: false }, { text: '你好' })).rejects.toThrow(
      /room gone@chatroom not found/,
    );
  });

  it('finds a group by its topic, and refuses to guess between two groups with one topic', async () => {
    const { channel, mocker, botUser, alice } = await startChannel();
    expect(await channel.findRoomByTopic('同工群')).toEqual({ chatId: 'staff-room@chatroom', isDirect: false });
    expect(await channel.findRoomByTopic('没有这个群')).toBeUndefined();
    mocker.createRoom({ id: 'second@chatroom', topic: '同工群', memberIdList: [botUser.id, alice.id] });
    await expect(channel.findRoomByTopic('同工群')).rejects.toThrow(/2 WeChat groups are named "同工群"/);
  });

  it('refuses to send once stopped', async () => {
    const { channel } = await startChannel();
    await channel.stop();
    await expect(channel.send({ chatId: 'alice', isDirect: true }, { text: '你好' })).rejects.toThrow(/not started/);
  });
});

describe('WechatyChannel before login', () => {
  it('ends a start that is still waiting for the QR code when stopped', async () => {
    const mocker = new mock.Mocker();
    mocker.use((m) => {
      m.scan('https://login.weixin.qq.com/l/never-scanned', types.ScanStatus.Waiting);
      return () => {};
    });
    const qrShown = new Waiter<string>();
    const channel = new WechatyChannel({ puppet: new PuppetMock({ mocker }), onQr: (qrcode) => qrShown.push(qrcode) });
    const starting = channel.start(async () => {});
    await qrShown.next(() => true, 'the login QR code');
    await channel.stop();
    await expect(starting).rejects.toThrow(/stopped before the account logged in/);
    await expect(channel.findRoomByTopic('同工群')).rejects.toThrow(/not started/);
  });
});

describe('WechatyChannel options', () => {
  it('accepts a pino logger', () => {
    // A compile-time check as much as a runtime one: the composition root passes pino.
    const channel = new WechatyChannel({ puppet: 'wechaty-puppet-mock', logger: pino({ level: 'silent' }) });
    expect(channel.name).toBe('wechaty');
  });
});
