import { AsyncLocalStorage } from 'node:async_hooks';
import { WSClient, generateReqId } from '@wecom/aibot-node-sdk';
import type { BaseMessage, EventMessage, Logger as SdkLogger, SendMsgBody, TemplateCard, WsFrame, WsFrameHeaders } from '@wecom/aibot-node-sdk';
import type { Channel, StreamOptions } from '../../channel.ts';
import { systemClock, type Clock } from '../../clock.ts';
import { EnvError } from '../../config/env.ts';
import type { ActionOutcome, ChannelAddress, IncomingMessage, OutgoingMessage } from '../../../data/message.ts';
import { makeTaskId, parseButtonKey, type PressedButton } from './card-keys.ts';
import { DEFAULT_PACING, RecipientPacer, WECOM_LIMITS, type PacingLimits } from './recipient-pacer.ts';
import { MAX_MARKDOWN_BYTES, MAX_STREAM_BYTES, actionCard, fitsOnCard, outcomeCard, splitUtf8, toMarkdown } from './render-wecom.ts';
import { WECOM_CHANNEL_NAME, clickToIncoming, clickedButton, messageToIncoming } from './to-incoming-message.ts';
import { feedbackToIncoming } from './feedback-event.ts';
import { streamReply } from './wecom-stream.ts';
import type { WecomChannelLogger, WecomChannelOptions } from './wecom-channel-options.ts';

export type { WecomChannelLogger, WecomChannelOptions } from './wecom-channel-options.ts';

const silentLogger: WecomChannelLogger = { info: () => {}, warn: () => {}, error: () => {}, debug: () => {} };

/** Card titles kept so an updated card keeps its title; older cards just show the outcome. */
const MAX_REMEMBERED_CARDS = 2_000;

/**
 * The callback a send may answer. WeCom ties a reply (`aibot_respond_msg`) or a card update
 * (`aibot_respond_update_msg`) to the callback's req_id; anything else goes as a proactive
 * message (`aibot_send_msg`).
 */
interface ReplyContext {
  readonly frame: WsFrameHeaders;
  readonly chatKey: string;
  readonly userid: string;
  /** Which connection delivered the callback: its req_id means nothing to a later one. */
  readonly connection: number;
  readonly click?: { readonly pressed: PressedButton; readonly taskId: string };
  /** The message answered: a `rateable` reply carries it as its feedback id, which a 👍/👎 names. */
  readonly msgId?: string;
  answered: boolean;
}

interface Waiter {
  resolve(): void;
  reject(error: Error): void;
}

function errorFields(error: unknown): { err: unknown } {
  return { err: error instanceof Error ? { message: error.message } : error };
}

/** The SDK rejects a refused send with WeCom's answer frame, not an Error. */
function refusal(error: unknown): WsFrame | undefined {
  if (error instanceof Error || typeof error !== 'object' || error === null) return undefined;
  return 'errcode' in error ? (error as WsFrame) : undefined;
}

function refusalError(what: string, frame: WsFrame): Error {
  return new Error(`WeCom refused ${what}: errcode ${frame.errcode} ${frame.errmsg ?? ''}`.trim());
}

/**
 * WeCom (企业微信) through the official intelligent-bot long connection (`@wecom/aibot-node-sdk`):
 * no public IP or callback URL. Direct chats and @-mentions in groups come in; replies go back
 * on the callback they answer, everything else as proactive messages; choices become button
 * cards whose clicks come back as the commands they stand for.
 */
export class WecomChannel implements Channel {
  readonly name = WECOM_CHANNEL_NAME;
  private readonly logger: WecomChannelLogger;
  private readonly clock: Clock;
  private readonly pacer: RecipientPacer;
  private readonly replies = new AsyncLocalStorage<ReplyContext>();
  private readonly cardTitles = new Map<string, string>();
  private client: WSClient | undefined;
  private onMessage: ((message: IncomingMessage) => Promise<void>) | undefined;
  /** Callbacks are converted and handed over one at a time, in the order they arrive. */
  private queue: Promise<void> = Promise.resolve();
  private authenticated = false;
  /** Counts authentications, so a reply can tell whether its callback's connection is gone. */
  private connection = 0;
  private cardCounter = 0;
  private stopping = false;
  /** Another connection with the same bot id took over; WeCom will not talk to this one again. */
  private superseded = false;
  private readonly waiters = new Set<Waiter>();

  constructor(private readonly options: WecomChannelOptions) {
    this.logger = options.logger ?? silentLogger;
    this.clock = options.clock ?? systemClock;
    this.pacer = new RecipientPacer(this.pacingLimits(options.pacing), this.clock, options.sleep);
  }

  /** Resolves once WeCom accepted the bot id and secret; rejects if it refused them. */
  async start(onMessage: (message: IncomingMessage) => Promise<void>): Promise<void> {
    if (this.client) throw new Error('WecomChannel.start() was called twice');
    this.onMessage = onMessage;
    this.stopping = false;
    this.superseded = false;
    const client = new WSClient({
      botId: this.options.botId,
      secret: this.options.secret,
      ...(this.options.wsUrl ? { wsUrl: this.options.wsUrl } : {}),
      // WeCom being away for a while must not end the channel for good.
      maxReconnectAttempts: -1,
      reconnectInterval: this.options.reconnectIntervalMs ?? 1_000,
      heartbeatInterval: this.options.heartbeatIntervalMs ?? 30_000,
      logger: this.sdkLogger(),
    });
    this.client = client;
    const firstLogin = this.firstLogin(client);
    this.listen(client);
    client.connect();
    try {
      await firstLogin;
    } catch (error) {
      this.client = undefined;
      client.removeAllListeners();
      client.disconnect();
      throw error;
    }
  }

  async stop(): Promise<void> {
    const client = this.client;
    if (!client) return;
    this.stopping = true;
    this.client = undefined;
    this.authenticated = false;
    for (const waiter of [...this.waiters]) waiter.reject(new Error('the WeCom channel stopped'));
    if (!this.superseded) client.disconnect();
    client.removeAllListeners();
    this.logger.info({}, 'wecom stopped');
  }

  /** Resolves when every callback received so far has been handled (tests, shutdown). */
  idle(): Promise<void> {
    return this.queue;
  }

  /** Whether the long connection is up and authenticated right now. */
  get connected(): boolean {
    return this.authenticated;
  }

  async send(to: ChannelAddress, message: OutgoingMessage): Promise<void> {
    if (!this.client) throw new Error('WecomChannel is not started');
    const context = this.replies.getStore();
    // The outcome names its card, so it applies wherever the answer goes (a group press may be answered privately).
    if (context?.click && message.outcome) await this.updateCard(context, message.outcome);
    const reply = context && context.chatKey === to.chatId.toLowerCase() ? context : undefined;
    if (reply && !reply.click && !reply.answered && reply.connection === this.connection && this.authenticated) {
      reply.answered = true;
      if (await this.respond(reply, to, message)) return;
    }
    await this.sendProactively(to, message);
  }

  /** A reply shown while it is written, on the message callback it answers (see wecom-stream.ts). */
  async stream(to: ChannelAddress, parts: AsyncIterable<string>, options: StreamOptions): Promise<boolean> {
    const reply = this.replies.getStore();
    const client = this.client;
    if (!client || !reply || reply.click || reply.answered || reply.chatKey !== to.chatId.toLowerCase()) return false;
    if (reply.connection !== this.connection || !this.authenticated) return false;
    reply.answered = true;
    const feedback = options.rateable && reply.msgId ? { id: reply.msgId } : undefined;
    return this.pacer.run(to.chatId, () => streamReply(client, reply.frame, parts, feedback, this.logger));
  }

  /**
   * Answers a message callback on its own req_id: the text as a finished stream, with the
   * first card attached. Returns false when WeCom refused the reply (e.g. too late), so the
   * caller sends it proactively instead. A reply lost with the connection is not re-sent:
   * it may have arrived, and nothing is sent twice.
   */
  private async respond(reply: ReplyContext, to: ChannelAddress, message: OutgoingMessage): Promise<boolean> {
    const client = this.client!;
    const [first, ...restOfText] = splitUtf8(toMarkdown(message), MAX_STREAM_BYTES).filter((piece) => piece !== '');
    const [card, ...otherCards] = this.cardsFor(message);
    const feedback = message.rateable && reply.msgId ? { id: reply.msgId } : undefined;
    const replied = await this.pacer.run(to.chatId, async () => {
      // The turn may have come after a reconnect; nothing is sent yet, so it is safe to switch.
      if (reply.connection !== this.connection || !this.authenticated) return false;
      try {
        if (first === undefined && card) await client.replyTemplateCard(reply.frame, card, feedback);
        else if (card) {
          const options = { templateCard: card, streamFeedback: feedback };
          await client.replyStreamWithCard(reply.frame, generateReqId('stream'), first ?? '', true, options);
        }
        else await client.replyStream(reply.frame, generateReqId('stream'), first ?? '', true, undefined, feedback);
        return true;
      } catch (error) {
        const refused = refusal(error);
        if (!refused) throw error;
        this.logger.warn({ chatId: to.chatId, errcode: refused.errcode, errmsg: refused.errmsg }, 'wecom refused the reply; sending it as a new message');
        return false;
      }
    });
    if (!replied) return false;
    this.logger.debug({ chatId: to.chatId, reqId: reply.frame.headers.req_id }, 'wecom replied');
    for (const piece of restOfText) await this.push(to, { msgtype: 'markdown', markdown: { content: piece } });
    for (const other of otherCards) await this.push(to, { msgtype: 'template_card', template_card: other });
    return true;
  }

  private async sendProactively(to: ChannelAddress, message: OutgoingMessage): Promise<void> {
    if (fitsOnCard(message)) {
      const [card] = this.cardsFor(message, message.text);
      await this.push(to, { msgtype: 'template_card', template_card: card! });
      return;
    }
    for (const piece of splitUtf8(toMarkdown(message), MAX_MARKDOWN_BYTES)) {
      if (piece.trim() !== '') await this.push(to, { msgtype: 'markdown', markdown: { content: piece } });
    }
    for (const card of this.cardsFor(message)) await this.push(to, { msgtype: 'template_card', template_card: card });
  }

  /** One proactive message (`aibot_send_msg`), once the connection is up and the pacer allows. */
  private async push(to: ChannelAddress, body: SendMsgBody): Promise<void> {
    const deliver = async () => {
      try {
        await this.client!.sendMessage(to.chatId, body);
      } catch (error) {
        const refused = refusal(error);
        throw refused ? refusalError(`a message to ${to.chatId}`, refused) : error;
      }
    };
    await this.pacer.run(to.chatId, deliver, () => this.ready());
    this.logger.debug({ chatId: to.chatId, msgtype: body.msgtype }, 'wecom sent');
  }

  /**
   * Shows how a choice ended on the card that was clicked. WeCom accepts this only on the
   * click's own req_id, within 5 seconds; a decision typed as text leaves its card as it is.
   */
  private async updateCard(reply: ReplyContext, outcome: ActionOutcome): Promise<void> {
    const click = reply.click!;
    if (reply.answered || click.pressed.actionId !== outcome.actionId || reply.connection !== this.connection) return;
    reply.answered = true;
    const card = outcomeCard(click.taskId, outcome.text, this.cardTitles.get(click.taskId));
    try {
      // Only the clicker's copy changes: in a group, the others still have their own choice to make.
      await this.client!.updateTemplateCard(reply.frame, card, [reply.userid]);
      this.logger.debug({ taskId: click.taskId }, 'wecom card updated');
    } catch (error) {
      // The reply's text still tells the person what happened.
      const refused = refusal(error);
      this.logger.warn(refused ? { taskId: click.taskId, errcode: refused.errcode, errmsg: refused.errmsg } : { taskId: click.taskId, ...errorFields(error) }, 'wecom card could not be updated');
    }
  }

  private cardsFor(message: OutgoingMessage, text?: string): TemplateCard[] {
    return (message.actions ?? [])
      .filter((action) => action.options.length > 0)
      .map((action) => {
        const taskId = makeTaskId(action.id, this.clock.now(), ++this.cardCounter);
        this.rememberTitle(taskId, action.title);
        return actionCard(action, taskId, text);
      });
  }

  private rememberTitle(taskId: string, title: string): void {
    this.cardTitles.set(taskId, title);
    if (this.cardTitles.size > MAX_REMEMBERED_CARDS) {
      const oldest = this.cardTitles.keys().next().value;
      if (oldest !== undefined) this.cardTitles.delete(oldest);
    }
  }

  /** Waits for the connection (a reconnect in progress) or fails after `reconnectWaitMs`. */
  private ready(): Promise<void> {
    if (this.superseded) return Promise.reject(new Error('another process connected with this WeCom bot id; this one no longer sends'));
    if (!this.client) return Promise.reject(new Error('the WeCom channel stopped'));
    if (this.authenticated) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        resolve: () => {
          clearTimeout(timer);
          this.waiters.delete(waiter);
          resolve();
        },
        reject: (error) => {
          clearTimeout(timer);
          this.waiters.delete(waiter);
          reject(error);
        },
      };
      const waitMs = this.options.reconnectWaitMs ?? 60_000;
      const timer = setTimeout(() => waiter.reject(new Error(`WeCom has been disconnected for over ${waitMs / 1000} s`)), waitMs);
      this.waiters.add(waiter);
    });
  }

  /**
   * Settles on the first authentication: refused credentials fail start-up at once. WeCom
   * being unreachable does not hold up start-up (and the channels after this one): the SDK
   * keeps trying in the background and sends wait for it.
   */
  private firstLogin(client: WSClient): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const done = () => {
        client.off('authenticated', onAuthenticated);
        client.off('error', onError);
      };
      const onAuthenticated = () => {
        done();
        resolve();
      };
      const onError = (error: Error) => {
        done();
        if (!/^Authentication failed/.test(error.message)) {
          this.logger.warn(errorFields(error), 'wecom unreachable at start-up; the SDK keeps trying in the background');
          resolve();
          return;
        }
        reject(
          new EnvError([
            `WECOM_BOT_ID / WECOM_BOT_SECRET were refused by WeCom (${error.message}): copy both again from the bot's API settings (长连接 API 模式) in the WeCom admin console`,
          ]),
        );
      };
      client.on('authenticated', onAuthenticated);
      client.on('error', onError);
    });
  }

  private listen(client: WSClient): void {
    client.on('authenticated', () => {
      const reconnected = this.connection > 0;
      this.authenticated = true;
      this.connection += 1;
      this.logger.info({ connection: this.connection }, reconnected ? 'wecom reconnected' : 'wecom connected');
      for (const waiter of [...this.waiters]) waiter.resolve();
    });
    client.on('disconnected', (reason) => {
      this.authenticated = false;
      if (this.stopping) return;
      this.logger.warn({ reason }, 'wecom disconnected; the SDK reconnects by itself');
    });
    client.on('reconnecting', (attempt) => {
      if (!this.stopping) this.logger.info({ attempt }, 'wecom reconnecting');
    });
    client.on('error', (error) => {
      if (this.stopping) return;
      const code = (error as { code?: string }).code;
      if (code === 'WS_AUTH_FAILURE_EXHAUSTED') this.logger.error({}, 'wecom keeps refusing WECOM_BOT_ID / WECOM_BOT_SECRET; the WeCom channel has given up');
      else this.logger.warn(errorFields(error), 'wecom connection error');
    });
    client.on('event.disconnected_event', () => {
      this.superseded = true;
      this.authenticated = false;
      for (const waiter of [...this.waiters]) waiter.reject(new Error('another process connected with this WeCom bot id'));
      this.logger.error({}, 'wecom: another connection with this bot id took over (is a second tonggong running?); this one will not reconnect');
    });
    client.on('message', (frame) => {
      const connection = this.connection;
      this.enqueue(() => this.deliverMessage(frame, connection));
    });
    client.on('event.template_card_event', (frame) => {
      const connection = this.connection;
      this.enqueue(() => this.deliverClick(frame, connection));
    });
    client.on('event.feedback_event', (frame) => {
      const connection = this.connection;
      this.enqueue(() => this.deliverFeedback(frame, connection));
    });
    client.on('event', (frame) => {
      const type = (frame.body?.event as { eventtype?: string } | undefined)?.eventtype;
      if (type === 'template_card_event' || type === 'feedback_event') return;
      this.logger.debug({ eventtype: type }, 'wecom event ignored');
    });
  }

  private enqueue(work: () => Promise<void>): void {
    if (this.stopping) return;
    this.queue = this.queue.then(work);
  }

  private async deliverMessage(frame: WsFrame<BaseMessage>, connection: number): Promise<void> {
    const body = frame.body;
    if (!body) return;
    let incoming: IncomingMessage;
    try {
      incoming = messageToIncoming(body, this.clock.now(), this.options.botName);
    } catch (error) {
      this.logger.error({ msgId: body.msgid, ...errorFields(error) }, 'wecom message could not be read; skipped');
      return;
    }
    // The group's chatid is what org.json needs for the staff group; WeCom shows it nowhere else.
    if (!incoming.isDirect) this.logger.info({ chatId: incoming.chatId }, 'wecom group message');
    const chatKey = incoming.chatId.toLowerCase();
    const userid = incoming.senderId;
    await this.hand(incoming, { frame, chatKey, userid, connection, msgId: body.msgid, answered: false });
  }

  /** A 👍/👎 under a reply. WeCom takes no reply on its req_id: anything said back is sent as a new message. */
  private async deliverFeedback(frame: WsFrame<EventMessage>, connection: number): Promise<void> {
    const incoming = frame.body ? feedbackToIncoming(frame.body, this.clock.now()) : undefined;
    if (!incoming) return;
    const chatKey = incoming.chatId.toLowerCase();
    await this.hand(incoming, { frame, chatKey, userid: incoming.senderId, connection, answered: true });
  }

  private async deliverClick(frame: WsFrame<EventMessage>, connection: number): Promise<void> {
    const body = frame.body;
    if (!body) return;
    const clicked = clickedButton(body);
    const pressed = clicked ? parseButtonKey(clicked.key) : undefined;
    if (!clicked || !pressed) {
      this.logger.info({ msgId: body.msgid }, 'wecom card click with a key this bot did not make; ignored');
      return;
    }
    const incoming = clickToIncoming(body, pressed, this.clock.now());
    await this.hand(incoming, {
      frame,
      chatKey: incoming.chatId.toLowerCase(),
      userid: incoming.senderId,
      connection,
      click: { pressed, taskId: clicked.taskId },
      answered: false,
    });
  }

  /** Never throws: one bad message must not stop the ones after it. */
  private async hand(incoming: IncomingMessage, context: ReplyContext): Promise<void> {
    const onMessage = this.onMessage;
    if (!onMessage || this.stopping) return;
    this.logger.debug({ msgId: incoming.id, text: incoming.text }, 'wecom message text');
    try {
      await this.replies.run(context, () => onMessage(incoming));
    } catch (error) {
      this.logger.error({ msgId: incoming.id, chatId: incoming.chatId, ...errorFields(error) }, 'handling a wecom message failed');
    }
  }

  private pacingLimits(requested: Partial<PacingLimits> | undefined): PacingLimits {
    const limits = { ...DEFAULT_PACING, ...requested };
    const capped = {
      ...limits,
      perMinute: Math.min(limits.perMinute, WECOM_LIMITS.perMinute),
      perHour: Math.min(limits.perHour, WECOM_LIMITS.perHour),
    };
    if (capped.perMinute !== limits.perMinute || capped.perHour !== limits.perHour) {
      this.logger.warn({ requested: limits, used: capped }, `wecom pacing capped at WeCom's limits (${WECOM_LIMITS.perMinute}/min, ${WECOM_LIMITS.perHour}/h per member)`);
    }
    return capped;
  }

  /** The SDK's own chatter (including message bodies) stays at debug level. */
  private sdkLogger(): SdkLogger {
    const at = (level: string) => (message: string, ...args: unknown[]) => {
      this.logger.debug({ sdk: level, ...(args.length ? { detail: args.map(String) } : {}) }, `wecom sdk: ${message}`);
    };
    return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
  }
}
