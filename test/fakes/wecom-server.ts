/**
 * A stand-in for WeCom's intelligent-bot long-connection server, on 127.0.0.1, for the real
 * `@wecom/aibot-node-sdk` to talk to through its `wsUrl` option. It speaks the frames the SDK
 * 1.0.7 sends and expects (read from its dist code):
 *
 * - client → server `{cmd: 'aibot_subscribe', headers: {req_id}, body: {bot_id, secret}}`,
 *   answered `{headers: {req_id}, errcode, errmsg}` (no cmd; the SDK tells answers apart by
 *   the req_id prefix `aibot_subscribe` / `ping`, or a pending reply's req_id);
 * - `{cmd: 'ping', headers: {req_id}}` → the same kind of answer;
 * - server → client `aibot_msg_callback` and `aibot_event_callback` with a server req_id;
 * - `aibot_respond_msg` (stream / template_card / stream_with_template_card) and
 *   `aibot_respond_update_msg` (`{response_type: 'update_template_card', userids?,
 *   template_card}`) on a callback's req_id, `aibot_send_msg` (`{chatid, msgtype, …}`) on the
 *   SDK's own; each answered on the same req_id, which is what releases the SDK's reply queue.
 *
 * It also plays WeCom's rules that matter to the bot: groups deliver only messages that
 * @-mention the bot; one connection per bot (a new one gets the old one a
 * `disconnected_event`); a card may be answered once per callback and its task_id is unique;
 * a card update must be on a click's req_id with that click's task_id; req_ids die with their
 * connection; and more than 30 messages a minute or 1,000 an hour to one member are accepted
 * but silently dropped. Error codes are made up (WeCom's are not documented for these cases).
 */
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export interface FakeWecomServerOptions {
  readonly botId: string;
  readonly secret: string;
  /** The bot's name, as members type it after `@` in a group. */
  readonly botName?: string;
  /** Stamps what the bot sends (tests pass their manual clock). */
  readonly now?: () => Date;
  /** Chats `aibot_send_msg` may address: member userids (any case) and group chatids. Unchecked when omitted. */
  readonly knownChats?: readonly string[];
}

/** A JSON frame as the SDK sent it. */
export interface ClientFrame {
  readonly cmd?: string;
  readonly headers: { readonly req_id: string };
  readonly body?: Record<string, unknown>;
}

export interface TemplateCardJson {
  readonly card_type: string;
  readonly main_title?: { readonly title?: string; readonly desc?: string };
  readonly sub_title_text?: string;
  readonly button_list?: ReadonlyArray<{ readonly text: string; readonly key: string; readonly style?: number }>;
  readonly task_id?: string;
}

/** One message from the bot, as a member sees it. */
export interface BotMessage {
  /** `reply`: on a callback's req_id; `push`: `aibot_send_msg`. */
  readonly via: 'reply' | 'push';
  /** The member's userid in a direct chat, the group's chatid in a group. */
  readonly chatId: string;
  readonly msgtype: string;
  /** Stream or markdown content, or a card's sub-title. */
  readonly text: string;
  readonly card?: TemplateCardJson;
  readonly at: Date;
  /** Over WeCom's per-member limit: acknowledged, never shown. */
  readonly dropped: boolean;
  /** A stream reply's id; its later frames replace `text` until one says `finish`. */
  readonly streamId?: string;
  readonly finished?: boolean;
  /** How many frames the stream took (1 for a reply sent whole). */
  readonly frames?: number;
  /** The feedback id a reply carried: WeCom then shows 👍/👎 under it. */
  readonly feedbackId?: string;
}

export interface CardUpdate {
  readonly taskId: string;
  readonly userids: readonly string[] | undefined;
  readonly card: TemplateCardJson;
  readonly at: Date;
}

/** A callback the server delivered, to redeliver it. */
export interface Delivered {
  readonly cmd: 'aibot_msg_callback' | 'aibot_event_callback';
  readonly reqId: string;
  readonly body: Record<string, unknown>;
}

interface Connection {
  readonly socket: WebSocket;
  authenticated: boolean;
  /** Callbacks sent on this connection, by req_id. */
  readonly callbacks: Map<string, { delivered: Delivered; chatId: string; cardAnswered: boolean; updated: boolean }>;
}

const WAIT_MS = 5_000;
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export class FakeWecomServer {
  /** Every frame the SDK sent, in order. */
  readonly frames: ClientFrame[] = [];
  /** What the bot sent members, in order (dropped ones included, marked). */
  readonly messages: BotMessage[] = [];
  readonly cardUpdates: CardUpdate[] = [];
  /** How many connections were authenticated, ever. */
  authentications = 0;
  private readonly connections = new Set<Connection>();
  private readonly taskIds = new Set<string>();
  private readonly sentTo = new Map<string, number[]>();
  private readonly listeners = new Set<() => void>();
  private heldAuth: Array<() => void> | undefined;
  private counter = 0;

  private constructor(
    private readonly wss: WebSocketServer,
    private readonly options: FakeWecomServerOptions,
  ) {
    wss.on('connection', (socket) => this.accept(socket));
  }

  static async start(options: FakeWecomServerOptions): Promise<FakeWecomServer> {
    const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await new Promise<void>((resolve, reject) => {
      wss.once('listening', resolve);
      wss.once('error', reject);
    });
    return new FakeWecomServer(wss, options);
  }

  get url(): string {
    return `ws://127.0.0.1:${(this.wss.address() as AddressInfo).port}`;
  }

  get botName(): string {
    return this.options.botName ?? '同工助手';
  }

  /** Messages a member could see (not dropped), optionally in one chat. */
  visible(chatId?: string): BotMessage[] {
    return this.messages.filter(
      (m) => !m.dropped && (chatId === undefined || m.chatId.toLowerCase() === chatId.toLowerCase()),
    );
  }

  // ---- members ---------------------------------------------------------------------------

  /**
   * A member types `text`, directly or in a group (`chatId`). Returns what was delivered, or
   * undefined when WeCom would not deliver it: a group message that does not @ the bot.
   */
  sendText(from: string, text: string, options: { chatId?: string; msgid?: string } = {}): Delivered | undefined {
    if (options.chatId && !text.includes(`@${this.botName}`)) return undefined;
    return this.deliver('aibot_msg_callback', {
      msgid: options.msgid ?? this.nextId('msg'),
      aibotid: this.options.botId,
      ...this.chat(from, options.chatId),
      msgtype: 'text',
      text: { content: text },
    });
  }

  /** A member sends something other than text (`image`, `voice`, `file`, `mixed`…). */
  sendOther(from: string, msgtype: string, content: Record<string, unknown>): Delivered {
    return this.deliver('aibot_msg_callback', {
      msgid: this.nextId('msg'),
      aibotid: this.options.botId,
      ...this.chat(from),
      msgtype,
      [msgtype]: content,
    });
  }

  /**
   * A member presses the button labelled `label` on the newest card they can still use in
   * that chat (not yet updated for them). Fails if there is none, as a real member could not.
   */
  pressButton(userid: string, label: string, options: { chatId?: string } = {}): Delivered {
    const chatId = options.chatId ?? userid;
    const cards = this.visible(chatId).filter((m) => m.card?.button_list?.some((b) => b.text === label));
    const usable = cards.filter(
      (m) =>
        !this.cardUpdates.some(
          (u) =>
            u.taskId === m.card!.task_id &&
            (!u.userids || u.userids.some((id) => id.toLowerCase() === userid.toLowerCase())),
        ),
    );
    const card = usable[usable.length - 1]?.card;
    if (!card) throw new Error(`${userid} has no card with a "${label}" button in ${chatId}`);
    const button = card.button_list!.find((b) => b.text === label)!;
    return this.click(userid, { taskId: card.task_id!, key: button.key, chatId: options.chatId });
  }

  /** A click event as WeCom documents it, for any card and user: also a forged or replayed one. */
  click(from: string, target: { taskId: string; key: string; chatId?: string }): Delivered {
    return this.deliver('aibot_event_callback', {
      msgid: this.nextId('evt'),
      create_time: Math.floor(this.now().getTime() / 1000),
      aibotid: this.options.botId,
      ...this.chat(from, target.chatId),
      msgtype: 'event',
      event: {
        eventtype: 'template_card_event',
        template_card_event: { card_type: 'button_interaction', event_key: target.key, task_id: target.taskId },
      },
    });
  }

  /** A member presses 👍 (type 1) or 👎 (2) under a reply that carried `feedbackId`, or withdraws it (3). */
  rate(from: string, feedbackId: string, type: 1 | 2 | 3, options: { chatId?: string } = {}): Delivered {
    return this.deliver('aibot_event_callback', {
      msgid: this.nextId('evt'),
      create_time: Math.floor(this.now().getTime() / 1000),
      aibotid: this.options.botId,
      ...this.chat(from, options.chatId),
      msgtype: 'event',
      event: {
        eventtype: 'feedback_event',
        feedback_event: { id: feedbackId, type, ...(type === 2 ? { inaccurate_reason_list: [1] } : {}) },
      },
    });
  }

  /** A member opens the chat with the bot for the first time today. */
  enterChat(from: string): Delivered {
    return this.deliver('aibot_event_callback', {
      msgid: this.nextId('evt'),
      create_time: Math.floor(this.now().getTime() / 1000),
      aibotid: this.options.botId,
      ...this.chat(from),
      msgtype: 'event',
      event: { eventtype: 'enter_chat' },
    });
  }

  /** WeCom delivers a callback again (same msgid, new req_id), e.g. after a reconnect. */
  redeliver(callback: Delivered): Delivered {
    return this.deliver(callback.cmd, callback.body);
  }

  // ---- the connection --------------------------------------------------------------------

  /** Cuts every connection without a closing handshake, as a network failure would. */
  dropConnections(): void {
    for (const connection of this.connections) {
      connection.authenticated = false;
      connection.socket.terminate();
    }
  }

  /** Leaves subscribe requests unanswered until `releaseAuth()`. */
  holdAuth(): void {
    this.heldAuth ??= [];
  }

  releaseAuth(): void {
    const held = this.heldAuth ?? [];
    this.heldAuth = undefined;
    for (const answer of held) answer();
  }

  get connected(): boolean {
    return [...this.connections].some((c) => c.authenticated);
  }

  // ---- waiting ---------------------------------------------------------------------------

  /**
   * Resolves once `condition` holds, checked after each frame and every few milliseconds
   * (for conditions on the bot's side); fails after 5 s.
   */
  waitUntil(condition: () => boolean, what: string): Promise<void> {
    if (condition()) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      const check = () => {
        if (!condition()) return;
        this.listeners.delete(check);
        clearTimeout(timer);
        clearInterval(poll);
        resolve();
      };
      const poll = setInterval(check, 5);
      const timer = setTimeout(() => {
        this.listeners.delete(check);
        clearInterval(poll);
        const sent = JSON.stringify(this.messages.map((m) => m.text.slice(0, 40)));
        reject(new Error(`timed out waiting for ${what}; the bot sent ${this.messages.length} message(s): ${sent}`));
      }, WAIT_MS);
      this.listeners.add(check);
    });
  }

  /** Waits for the `count`-th visible message in `chatId` (1-based, counting from the start). */
  async nthMessage(chatId: string, count: number): Promise<BotMessage> {
    await this.waitUntil(() => this.visible(chatId).length >= count, `message #${count} in ${chatId}`);
    return this.visible(chatId)[count - 1]!;
  }

  async close(): Promise<void> {
    for (const connection of this.connections) connection.socket.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }

  // ---- protocol --------------------------------------------------------------------------

  private accept(socket: WebSocket): void {
    const connection: Connection = { socket, authenticated: false, callbacks: new Map() };
    this.connections.add(connection);
    socket.on('close', () => this.connections.delete(connection));
    socket.on('message', (data) => {
      let frame: ClientFrame;
      try {
        frame = JSON.parse(String(data)) as ClientFrame;
      } catch {
        return;
      }
      this.frames.push(frame);
      this.handle(connection, frame);
      this.notify();
    });
  }

  private handle(connection: Connection, frame: ClientFrame): void {
    const reqId = frame.headers?.req_id ?? '';
    if (frame.cmd === 'aibot_subscribe') {
      const answer = () => this.subscribe(connection, reqId, frame.body ?? {});
      if (this.heldAuth) this.heldAuth.push(answer);
      else answer();
      return;
    }
    if (!connection.authenticated) return this.answer(connection, reqId, 40010, 'not subscribed');
    switch (frame.cmd) {
      case 'ping':
        return this.answer(connection, reqId, 0, 'ok');
      case 'aibot_respond_msg':
        return this.respond(connection, reqId, frame.body ?? {});
      case 'aibot_respond_update_msg':
        return this.updateCard(connection, reqId, frame.body ?? {});
      case 'aibot_send_msg':
        return this.push(connection, reqId, frame.body ?? {});
      default:
        return this.answer(connection, reqId, 40011, `unknown cmd ${frame.cmd}`);
    }
  }

  private subscribe(connection: Connection, reqId: string, body: Record<string, unknown>): void {
    if (body['bot_id'] !== this.options.botId || body['secret'] !== this.options.secret) {
      return this.answer(connection, reqId, 40001, 'invalid bot_id or secret');
    }
    // One connection per bot: the older one is told, then closed.
    for (const other of this.connections) {
      if (other === connection || !other.authenticated) continue;
      other.authenticated = false;
      this.send(other, {
        cmd: 'aibot_event_callback',
        headers: { req_id: this.nextId('cb') },
        body: {
          msgid: this.nextId('evt'),
          create_time: Math.floor(this.now().getTime() / 1000),
          aibotid: this.options.botId,
          from: { userid: '' },
          msgtype: 'event',
          event: { eventtype: 'disconnected_event' },
        },
      });
      other.socket.close();
    }
    connection.authenticated = true;
    this.authentications += 1;
    this.answer(connection, reqId, 0, 'ok');
  }

  private respond(connection: Connection, reqId: string, body: Record<string, unknown>): void {
    const callback = connection.callbacks.get(reqId);
    if (callback?.delivered.cmd !== 'aibot_msg_callback')
      return this.answer(connection, reqId, 40020, 'invalid req_id');
    const msgtype = String(body['msgtype']);
    type StreamBody = { id?: string; content?: string; finish?: boolean; feedback?: { id?: string } };
    const stream = body['stream'] as StreamBody | undefined;
    const card = body['template_card'] as (TemplateCardJson & { feedback?: { id?: string } }) | undefined;
    // A later frame of a stream this callback opened refreshes what the member sees.
    const open = stream?.id ? this.messages.findIndex((m) => m.via === 'reply' && m.streamId === stream.id) : -1;
    if (open >= 0 && !card) {
      const shown = this.messages[open]!;
      if (shown.finished) return this.answer(connection, reqId, 40025, 'stream already finished');
      const frames = (shown.frames ?? 1) + 1;
      this.messages[open] = { ...shown, text: stream?.content ?? shown.text, finished: !!stream?.finish, frames };
      this.notify();
      return this.answer(connection, reqId, 0, 'ok');
    }
    if (!['stream', 'template_card', 'stream_with_template_card'].includes(msgtype))
      return this.answer(connection, reqId, 40021, `msgtype ${msgtype} cannot answer a message`);
    if (msgtype !== 'template_card' && !stream?.id)
      return this.answer(connection, reqId, 40022, 'stream.id is required');
    if (card) {
      if (callback.cardAnswered)
        return this.answer(connection, reqId, 40023, 'template_card already answered for this message');
      const problem = this.checkCard(card);
      if (problem) return this.answer(connection, reqId, 40024, problem);
      callback.cardAnswered = true;
      this.taskIds.add(card.task_id!);
    }
    const feedbackId = stream?.feedback?.id ?? card?.feedback?.id;
    const streamed = stream?.id ? { streamId: stream.id, finished: !!stream.finish, frames: 1 } : {};
    const extras = { ...(card ? { card } : {}), ...streamed, ...(feedbackId ? { feedbackId } : {}) };
    this.record({ via: 'reply', chatId: callback.chatId, msgtype, text: stream?.content ?? '', ...extras });
    this.answer(connection, reqId, 0, 'ok');
  }

  private updateCard(connection: Connection, reqId: string, body: Record<string, unknown>): void {
    const callback = connection.callbacks.get(reqId);
    const event =
      (callback?.delivered.body['event'] as
        | { eventtype?: string; template_card_event?: { task_id?: string } }
        | undefined) ?? {};
    if (!callback || event.eventtype !== 'template_card_event')
      return this.answer(connection, reqId, 40030, 'invalid req_id');
    if (body['response_type'] !== 'update_template_card')
      return this.answer(connection, reqId, 40031, 'response_type must be update_template_card');
    const card = body['template_card'] as TemplateCardJson | undefined;
    if (!card?.task_id || card.task_id !== event.template_card_event?.task_id)
      return this.answer(connection, reqId, 40032, 'task_id does not match the event');
    if (callback.updated) return this.answer(connection, reqId, 40033, 'card already updated for this event');
    callback.updated = true;
    const userids = body['userids'] as string[] | undefined;
    this.cardUpdates.push({ taskId: card.task_id ?? '', userids, card, at: this.now() });
    this.answer(connection, reqId, 0, 'ok');
  }

  private push(connection: Connection, reqId: string, body: Record<string, unknown>): void {
    const chatId = body['chatid'];
    if (typeof chatId !== 'string' || chatId === '') return this.answer(connection, reqId, 40040, 'chatid is required');
    const known = this.options.knownChats;
    if (known && !known.some((c) => c.toLowerCase() === chatId.toLowerCase()))
      return this.answer(connection, reqId, 40041, `unknown chatid ${chatId}`);
    const msgtype = String(body['msgtype']);
    if (msgtype === 'markdown') {
      const content = (body['markdown'] as { content?: unknown } | undefined)?.content;
      if (typeof content !== 'string' || content === '')
        return this.answer(connection, reqId, 40042, 'markdown.content is required');
      this.record({ via: 'push', chatId, msgtype, text: content });
    } else if (msgtype === 'template_card') {
      const card = body['template_card'] as TemplateCardJson | undefined;
      const problem = card ? this.checkCard(card) : 'template_card is required';
      if (problem) return this.answer(connection, reqId, 40043, problem);
      this.taskIds.add(card!.task_id!);
      this.record({ via: 'push', chatId, msgtype, text: card!.sub_title_text ?? '', card: card! });
    } else {
      return this.answer(connection, reqId, 40044, `msgtype ${msgtype} is not supported here`);
    }
    this.answer(connection, reqId, 0, 'ok');
  }

  private checkCard(card: TemplateCardJson): string | undefined {
    const taskId = card.task_id;
    if (card.card_type === 'button_interaction' || taskId !== undefined) {
      if (!taskId || !/^[0-9A-Za-z_\-@]{1,128}$/.test(taskId)) return `invalid task_id ${taskId}`;
      if (this.taskIds.has(taskId)) return `task_id ${taskId} was used before`;
    }
    const buttons = card.button_list ?? [];
    if (card.card_type === 'button_interaction' && (buttons.length < 1 || buttons.length > 6))
      return 'button_list must hold 1 to 6 buttons';
    const keys = buttons.map((b) => b.key);
    if (new Set(keys).size !== keys.length) return 'button keys must be unique';
    if (keys.some((k) => !k || Buffer.byteLength(k) > 1024)) return 'a button key is empty or longer than 1024 bytes';
    return undefined;
  }

  /** Counts a message against the member's limits; over them, WeCom drops it silently. */
  private record(message: Omit<BotMessage, 'at' | 'dropped'>): void {
    const at = this.now();
    const key = message.chatId.toLowerCase();
    const times = (this.sentTo.get(key) ?? []).filter((t) => t > at.getTime() - HOUR);
    const lastMinute = times.filter((t) => t > at.getTime() - MINUTE).length;
    const dropped = lastMinute >= 30 || times.length >= 1000;
    if (!dropped) times.push(at.getTime());
    this.sentTo.set(key, times);
    this.messages.push({ ...message, at, dropped });
  }

  private deliver(cmd: Delivered['cmd'], body: Record<string, unknown>): Delivered {
    const connection = [...this.connections].find((c) => c.authenticated);
    if (!connection) throw new Error('no bot is connected to the fake WeCom server');
    const delivered: Delivered = { cmd, reqId: this.nextId('cb'), body };
    const chatId =
      body['chattype'] === 'group' ? String(body['chatid']) : String((body['from'] as { userid: string }).userid);
    connection.callbacks.set(delivered.reqId, { delivered, chatId, cardAnswered: false, updated: false });
    this.send(connection, { cmd, headers: { req_id: delivered.reqId }, body });
    return delivered;
  }

  private chat(from: string, chatId?: string): Record<string, unknown> {
    return chatId
      ? { chatid: chatId, chattype: 'group', from: { userid: from } }
      : { chattype: 'single', from: { userid: from } };
  }

  private answer(connection: Connection, reqId: string, errcode: number, errmsg: string): void {
    this.send(connection, { headers: { req_id: reqId }, errcode, errmsg });
  }

  private send(connection: Connection, frame: object): void {
    connection.socket.send(JSON.stringify(frame));
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }

  private now(): Date {
    return this.options.now ? this.options.now() : new Date();
  }

  private nextId(prefix: string): string {
    return `${prefix}_${++this.counter}`;
  }
}
