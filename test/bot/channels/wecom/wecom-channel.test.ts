/**
 * The WeCom adapter on the real `@wecom/aibot-node-sdk`, pointed at the fake long-connection
 * server (test/fakes/wecom-server.ts) through `wsUrl`. The handler here is a stub that
 * records what arrives and answers as a test tells it to; the whole bot on WeCom is in
 * wecom-conversations.test.ts.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../../bot/clock.ts';
import { WecomChannel, type WecomChannelLogger } from '../../../../bot/channels/wecom/wecom-channel.ts';
import type { ActionRequest, IncomingMessage, OutgoingMessage } from '../../../../data/message.ts';
import { FakeWecomServer } from '../../../fakes/wecom-server.ts';

const BOT = { botId: 'aibot-test', secret: 'secret-test' };
const GROUP = 'wrGroupStaff01';
const APPROVAL: ActionRequest = {
  id: 'leave:12:step:1',
  title: '请假审批 #12',
  options: [
    { label: '同意', value: 'approve', command: '同意 12' },
    { label: '驳回', value: 'reject', command: '驳回 12' },
  ],
};

interface LogEntry {
  readonly level: string;
  readonly msg: string | undefined;
}

type Reply = (message: IncomingMessage, channel: WecomChannel) => Promise<void>;

let server: FakeWecomServer | undefined;
const channels: WecomChannel[] = [];

afterEach(async () => {
  for (const channel of channels.splice(0)) await channel.stop();
  await server?.close();
  server = undefined;
});

async function setup(options: { reply?: Reply; secret?: string; heartbeatIntervalMs?: number } = {}) {
  const clock = new ManualClock(new Date('2026-12-02T02:31:00Z'));
  server ??= await FakeWecomServer.start({ ...BOT, now: () => clock.now() });
  const received: IncomingMessage[] = [];
  const logs: LogEntry[] = [];
  const at = (level: string) => (_obj: object, msg?: string) => void logs.push({ level, msg });
  const logger: WecomChannelLogger = { info: at('info'), warn: at('warn'), error: at('error'), debug: () => {} };
  const channel = new WecomChannel({
    ...BOT,
    ...(options.secret ? { secret: options.secret } : {}),
    wsUrl: server.url,
    clock,
    logger,
    reconnectIntervalMs: 20,
    ...(options.heartbeatIntervalMs ? { heartbeatIntervalMs: options.heartbeatIntervalMs } : {}),
    sleep: async (ms) => clock.advance(ms),
  });
  channels.push(channel);
  await channel.start(async (message) => {
    received.push(message);
    await options.reply?.(message, channel);
  });
  return { server, channel, received, logs, clock };
}

const answer =
  (...outs: OutgoingMessage[]): Reply =>
  async (message, channel) => {
    for (const out of outs)
      await channel.send({ chatId: message.chatId, isDirect: message.isDirect }, out, { replyTo: message });
  };

/** Resolves once `channel` has handled `count` messages. */
async function handled(channel: WecomChannel, received: readonly IncomingMessage[], count: number): Promise<void> {
  await server!.waitUntil(() => received.length >= count, `${count} message(s) handled`);
  await channel.idle();
}

describe('WeCom channel', () => {
  it('turns a direct text into the neutral message, keyed by the WeCom msgid', async () => {
    const { channel, received } = await setup();
    const delivered = server!.sendText('LinXiao', ' 年假有几天 ')!;
    await handled(channel, received, 1);
    expect(received[0]).toMatchObject({
      id: delivered.body['msgid'],
      channel: 'wecom',
      senderId: 'LinXiao',
      chatId: 'LinXiao',
      isDirect: true,
      mentionsBot: true,
      isSelf: false,
      kind: 'text',
      text: '年假有几天',
    });
  });

  it("answers a message on the callback's own req_id as a finished stream", async () => {
    await setup({ reply: answer({ text: '您好\n第二行' }) });
    const delivered = server!.sendText('LinXiao', '你好')!;
    const reply = await server!.nthMessage('LinXiao', 1);
    expect(reply).toMatchObject({ via: 'reply', msgtype: 'stream', text: '您好  \n第二行' });
    const frame = server!.frames.find((f) => f.cmd === 'aibot_respond_msg')!;
    expect(frame.headers.req_id).toBe(delivered.reqId);
    expect(frame.body).toMatchObject({ msgtype: 'stream', stream: { finish: true } });
  });

  it('sends a second answer to the same message as a new message', async () => {
    const { channel, received } = await setup({ reply: answer({ text: '第一条' }, { text: '第二条' }) });
    server!.sendText('LinXiao', '你好');
    await handled(channel, received, 1);
    expect(server!.visible('LinXiao').map((m) => [m.via, m.msgtype, m.text])).toEqual([
      ['reply', 'stream', '第一条'],
      ['push', 'markdown', '第二条'],
    ]);
  });

  it('sends as a new message what does not say it answers the message, even while handling it', async () => {
    const { channel, received } = await setup({
      reply: async (message, ch) => ch.send({ chatId: message.chatId, isDirect: true }, { text: '提醒：明天交月报' }),
    });
    server!.sendText('LinXiao', '你好');
    await handled(channel, received, 1);
    expect(server!.visible('LinXiao').map((m) => [m.via, m.text])).toEqual([['push', '提醒：明天交月报']]);
  });

  it('sends proactively to a userid or a group chatid with aibot_send_msg', async () => {
    const { channel } = await setup();
    await channel.send({ chatId: 'ZhangMin', isDirect: true }, { text: '明天上午九点开会' });
    await channel.send({ chatId: GROUP, isDirect: false }, { text: '**全体通知**', markdown: true });
    expect(server!.messages.map((m) => [m.via, m.chatId, m.text])).toEqual([
      ['push', 'ZhangMin', '明天上午九点开会'],
      ['push', GROUP, '**全体通知**'],
    ]);
    const push = server!.frames.find((f) => f.cmd === 'aibot_send_msg')!;
    expect(push.body).toEqual({ chatid: 'ZhangMin', msgtype: 'markdown', markdown: { content: '明天上午九点开会' } });
  });

  it('answers a group message that mentions it, in the group, with the mention removed', async () => {
    const { channel, received } = await setup({ reply: answer({ text: '收到' }) });
    expect(server!.sendText('LinXiao', '年假有几天', { chatId: GROUP })).toBeUndefined();
    server!.sendText('LinXiao', '@同工助手 年假有几天', { chatId: GROUP });
    await handled(channel, received, 1);
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({
      chatId: GROUP,
      isDirect: false,
      mentionsBot: true,
      senderId: 'LinXiao',
      text: '年假有几天',
    });
    expect(server!.visible(GROUP)).toEqual([expect.objectContaining({ via: 'reply', text: '收到' })]);
  });

  it.each([
    ['image', { url: 'https://example.invalid/a', aeskey: 'k' }, 'image'],
    ['voice', { content: '我想请假' }, 'voice'],
    ['file', { url: 'https://example.invalid/f', aeskey: 'k' }, 'file'],
    ['mixed', { msg_item: [{ msgtype: 'text', text: { content: '看图' } }] }, 'other'],
  ] as const)('passes a %s message on with its kind and no text', async (msgtype, content, kind) => {
    const { channel, received } = await setup();
    server!.sendOther('LinXiao', msgtype, content);
    await handled(channel, received, 1);
    expect(received[0]).toMatchObject({ kind, text: '' });
  });

  it('shows a choice as a button card and a click as the command it stands for', async () => {
    const { channel, received } = await setup();
    await channel.send(
      { chatId: 'WuLi', isDirect: true },
      { text: '林晓申请年假 12月3日（周四），共1天。', actions: [APPROVAL] },
    );
    const [card] = server!.visible('WuLi');
    expect(card).toMatchObject({
      via: 'push',
      msgtype: 'template_card',
      text: '林晓申请年假 12月3日（周四），共1天。',
    });
    expect(card!.card).toMatchObject({ card_type: 'button_interaction', main_title: { title: '请假审批 #12' } });
    expect(card!.card!.button_list!.map((b) => b.text)).toEqual(['同意', '驳回']);

    const click = server!.pressButton('WuLi', '同意');
    await handled(channel, received, 1);
    expect(received[0]).toMatchObject({
      id: click.body['msgid'],
      senderId: 'WuLi',
      chatId: 'WuLi',
      isDirect: true,
      mentionsBot: true,
      kind: 'text',
      text: '同意 12',
      action: { actionId: 'leave:12:step:1', value: 'approve' },
    });
  });

  it('sends a long text and its card separately', async () => {
    const { channel } = await setup();
    const text = `${'很长的说明。'.repeat(30)}\n\n第二段`;
    await channel.send({ chatId: 'WuLi', isDirect: true }, { text, actions: [APPROVAL] });
    expect(server!.visible('WuLi').map((m) => m.msgtype)).toEqual(['markdown', 'template_card']);
  });

  it('attaches the card to the answer of a message', async () => {
    await setup({
      reply: answer({
        text: '请核对：12月3日（周四）年假1天',
        actions: [
          {
            id: 'leave-draft:7',
            title: '确认请假',
            options: [
              { label: '确认', value: 'confirm', command: '确认' },
              { label: '修改', value: 'edit', command: '修改' },
              { label: '取消', value: 'cancel', command: '取消' },
            ],
          },
        ],
      }),
    });
    server!.sendText('LinXiao', '12月3日请年假');
    const reply = await server!.nthMessage('LinXiao', 1);
    expect(reply).toMatchObject({
      via: 'reply',
      msgtype: 'stream_with_template_card',
      text: '请核对：12月3日（周四）年假1天',
    });
    expect(reply.card!.button_list!.map((b) => b.text)).toEqual(['确认', '修改', '取消']);
  });

  it("updates the clicked card, for the clicker only, when the answer carries the choice's outcome", async () => {
    const outcome = { actionId: APPROVAL.id, text: '已同意 · 吴立 · 12月2日 10:31' };
    const { channel, received } = await setup({ reply: answer({ text: '已同意，已通知林晓。', outcome }) });
    await channel.send({ chatId: 'WuLi', isDirect: true }, { text: '林晓申请年假。', actions: [APPROVAL] });
    const taskId = server!.visible('WuLi')[0]!.card!.task_id;
    const click = server!.pressButton('WuLi', '同意');
    await handled(channel, received, 1);
    expect(server!.cardUpdates).toEqual([
      expect.objectContaining({
        taskId,
        userids: ['WuLi'],
        card: expect.objectContaining({ main_title: { title: '请假审批 #12', desc: outcome.text } }),
      }),
    ]);
    const update = server!.frames.find((f) => f.cmd === 'aibot_respond_update_msg')!;
    expect(update.headers.req_id).toBe(click.reqId);
    expect(server!.visible('WuLi').at(-1)).toMatchObject({ via: 'push', text: '已同意，已通知林晓。' });
    expect(() => server!.pressButton('WuLi', '同意')).toThrow(/no card/);
  });

  it('updates a card pressed in a group even when the answer goes to the presser privately', async () => {
    const outcome = { actionId: 'notice:7', text: '已收到 · 林晓 · 12月2日 10:31' };
    const { channel, received } = await setup({
      reply: async (message, ch) =>
        ch.send(
          { chatId: message.senderId, isDirect: true },
          { text: '已确认收到通知 7。', outcome },
          { replyTo: message },
        ),
    });
    await channel.send(
      { chatId: GROUP, isDirect: false },
      {
        text: '通知 7',
        actions: [{ id: 'notice:7', title: '确认收到', options: [{ label: '收到', value: 'ack', command: '收到' }] }],
      },
    );
    server!.pressButton('LinXiao', '收到', { chatId: GROUP });
    await handled(channel, received, 1);
    expect(received[0]).toMatchObject({ chatId: GROUP, isDirect: false, mentionsBot: true, text: '收到' });
    expect(server!.cardUpdates).toEqual([expect.objectContaining({ userids: ['LinXiao'] })]);
    expect(server!.visible('LinXiao')).toEqual([expect.objectContaining({ via: 'push', text: '已确认收到通知 7。' })]);
  });

  it('leaves the card as it is when the answer is not an outcome', async () => {
    const { channel, received } = await setup({ reply: answer({ text: '您不是这张申请的审批人。' }) });
    await channel.send({ chatId: 'WuLi', isDirect: true }, { text: '林晓申请年假。', actions: [APPROVAL] });
    server!.pressButton('WuLi', '同意');
    await handled(channel, received, 1);
    expect(server!.cardUpdates).toEqual([]);
    expect(server!.visible('WuLi').at(-1)).toMatchObject({ via: 'push', text: '您不是这张申请的审批人。' });
  });

  it('ignores a click on a card it did not make', async () => {
    const { channel, received } = await setup();
    server!.click('WuLi', { taskId: 'someone_else@1', key: 'btn_confirm' });
    server!.sendText('WuLi', '你好');
    await handled(channel, received, 1);
    expect(received.map((m) => m.text)).toEqual(['你好']);
  });

  it('starts while WeCom is unreachable, and fails a send that waited too long for it', async () => {
    const gone = await FakeWecomServer.start(BOT);
    const url = gone.url;
    await gone.close();
    const logs: LogEntry[] = [];
    const at = (level: string) => (_obj: object, msg?: string) => void logs.push({ level, msg });
    const channel = new WecomChannel({
      ...BOT,
      wsUrl: url,
      reconnectIntervalMs: 20,
      reconnectWaitMs: 100,
      logger: { info: at('info'), warn: at('warn'), error: at('error'), debug: () => {} },
    });
    channels.push(channel);
    await channel.start(async () => {});
    expect(channel.connected).toBe(false);
    expect(logs.map((l) => l.msg)).toContain('wecom unreachable at start-up; the SDK keeps trying in the background');
    await expect(channel.send({ chatId: 'ZhangMin', isDirect: true }, { text: 'x' })).rejects.toThrow(/disconnected/);
  });

  it('refuses to start with a wrong secret, naming the settings to fix', async () => {
    await expect(setup({ secret: 'wrong' })).rejects.toThrow(/WECOM_BOT_SECRET/);
  });

  it('answers heartbeats and stays connected', async () => {
    await setup({ heartbeatIntervalMs: 25 });
    await server!.waitUntil(() => server!.frames.filter((f) => f.cmd === 'ping').length >= 4, 'four heartbeats');
    expect(server!.authentications).toBe(1);
    expect(server!.connected).toBe(true);
  });

  it('logs the connection dropping and coming back, and keeps the msgid of a redelivered message', async () => {
    const { channel, received, logs } = await setup();
    const first = server!.sendText('LinXiao', '你好')!;
    await handled(channel, received, 1);
    server!.dropConnections();
    await server!.waitUntil(() => server!.authentications === 2, 'the reconnect');
    server!.redeliver(first);
    await handled(channel, received, 2);
    expect(received[1]!.id).toBe(received[0]!.id);
    const messages = logs.map((l) => `${l.level} ${l.msg}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        'info wecom connected',
        'warn wecom disconnected; the SDK reconnects by itself',
        'info wecom reconnecting',
        'info wecom reconnected',
      ]),
    );
  });

  it('holds a send until the connection is back, then sends it once', async () => {
    const { channel } = await setup();
    server!.holdAuth();
    server!.dropConnections();
    await server!.waitUntil(
      () => server!.frames.filter((f) => f.cmd === 'aibot_subscribe').length === 2,
      'the reconnect attempt',
    );
    expect(channel.connected).toBe(false);
    const sending = channel.send({ chatId: 'ZhangMin', isDirect: true }, { text: '提醒：明天交月报' });
    server!.releaseAuth();
    await sending;
    expect(server!.messages.map((m) => m.text)).toEqual(['提醒：明天交月报']);
  });

  it('sends an answer as a new message when the connection that brought the question is gone', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { channel, received } = await setup({
      reply: async (message, ch) => {
        await gate;
        await ch.send({ chatId: message.chatId, isDirect: true }, { text: '答复' }, { replyTo: message });
      },
    });
    server!.sendText('LinXiao', '问题');
    await server!.waitUntil(() => received.length === 1, 'the question');
    server!.dropConnections();
    await server!.waitUntil(() => server!.authentications === 2, 'the reconnect');
    release();
    await channel.idle();
    expect(server!.visible('LinXiao')).toEqual([expect.objectContaining({ via: 'push', text: '答复' })]);
  });

  it('stops sending when another process connects with the same bot id', async () => {
    const first = await setup();
    const second = await setup();
    await server!.waitUntil(() => first.logs.some((l) => l.level === 'error'), 'the takeover to be logged');
    expect(first.logs.find((l) => l.level === 'error')!.msg).toMatch(/another connection with this bot id/);
    await expect(first.channel.send({ chatId: 'ZhangMin', isDirect: true }, { text: 'x' })).rejects.toThrow(
      /another process/,
    );
    await second.channel.send({ chatId: 'ZhangMin', isDirect: true }, { text: 'y' });
    expect(server!.messages.map((m) => m.text)).toEqual(['y']);
  });
});
