import type { BaseMessage, EventMessage, WsFrame } from '@wecom/aibot-node-sdk';
import type { Channel, SendOptions, StreamOptions } from '../../channel.ts';
import { systemClock, type Clock } from '../../clock.ts';
import type { ChannelAddress, IncomingMessage, OutgoingMessage } from '../../../data/message.ts';
import { parseButtonKey } from './card-keys.ts';
import { feedbackToIncoming } from './feedback-event.ts';
import type { ReplyContext } from './reply-context.ts';
import { WECOM_CHANNEL_NAME, clickToIncoming, clickedButton, messageToIncoming } from './to-incoming-message.ts';
import type { WecomChannelLogger, WecomChannelOptions } from './wecom-channel-options.ts';
import { WecomConnection } from './wecom-connection.ts';
import { WecomDelivery } from './wecom-delivery.ts';
import { errorFields } from './wecom-refusal.ts';

export type { WecomChannelLogger, WecomChannelOptions } from './wecom-channel-options.ts';

const silentLogger: WecomChannelLogger = { info: () => {}, warn: () => {}, error: () => {}, debug: () => {} };

/**
 * WeCom (企业微信) through the official intelligent-bot long connection (`@wecom/aibot-node-sdk`):
 * no public IP or callback URL. Direct chats and @-mentions in groups come in; replies go back
 * on the callback they answer, everything else as proactive messages; choices become button
 * cards whose clicks come back as the commands they stand for. The connection
 * (`wecom-connection.ts`) and the delivery of a message (`wecom-delivery.ts`) are apart; this
 * takes callbacks in, one at a time, and keeps each one answerable while it is handled.
 */
export class WecomChannel implements Channel {
  readonly name = WECOM_CHANNEL_NAME;
  private readonly logger: WecomChannelLogger;
  private readonly clock: Clock;
  private readonly connection: WecomConnection;
  private readonly delivery: WecomDelivery;
  /** The callbacks being handled, by incoming message id: a send naming one as `replyTo` may answer it. */
  private readonly inHand = new Map<string, ReplyContext>();
  private onMessage: ((message: IncomingMessage) => Promise<void>) | undefined;
  /** Callbacks are converted and handed over one at a time, in the order they arrive. */
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly options: WecomChannelOptions) {
    this.logger = options.logger ?? silentLogger;
    this.clock = options.clock ?? systemClock;
    this.connection = new WecomConnection(options, this.logger);
    this.delivery = new WecomDelivery(this.connection, options, this.clock, this.logger);
  }

  /** Resolves once WeCom accepted the bot id and secret; rejects if it refused them. */
  async start(onMessage: (message: IncomingMessage) => Promise<void>): Promise<void> {
    this.onMessage = onMessage;
    await this.connection.start({
      message: (frame, connection) => this.enqueue(() => this.deliverMessage(frame, connection)),
      cardClick: (frame, connection) => this.enqueue(() => this.deliverClick(frame, connection)),
      feedback: (frame, connection) => this.enqueue(() => this.deliverFeedback(frame, connection)),
    });
  }

  async stop(): Promise<void> {
    if (this.connection.stop()) this.logger.info({}, 'wecom stopped');
  }

  /** Resolves when every callback received so far has been handled (tests, shutdown). */
  idle(): Promise<void> {
    return this.queue;
  }

  /** Whether the long connection is up and authenticated right now. */
  get connected(): boolean {
    return this.connection.connected;
  }

  async send(to: ChannelAddress, message: OutgoingMessage, options: SendOptions = {}): Promise<void> {
    if (!this.connection.client) throw new Error('WecomChannel is not started');
    const context = options.replyTo ? this.inHand.get(options.replyTo.id) : undefined;
    await this.delivery.send(to, message, context);
  }

  /** A reply shown while it is written, on the callback of `options.replyTo` if it is in hand. */
  async stream(to: ChannelAddress, parts: AsyncIterable<string>, options: StreamOptions): Promise<boolean> {
    const context = options.replyTo ? this.inHand.get(options.replyTo.id) : undefined;
    return this.delivery.stream(to, parts, context, options);
  }

  private enqueue(work: () => Promise<void>): void {
    if (this.connection.isStopping) return;
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
    if (!onMessage || this.connection.isStopping) return;
    this.logger.debug({ msgId: incoming.id, text: incoming.text }, 'wecom message text');
    this.inHand.set(incoming.id, context);
    try {
      await onMessage(incoming);
    } catch (error) {
      const fields = { msgId: incoming.id, chatId: incoming.chatId, ...errorFields(error) };
      this.logger.error(fields, 'handling a wecom message failed');
    } finally {
      // The callback's req_id is good for this turn only; later sends go as new messages.
      this.inHand.delete(incoming.id);
    }
  }
}
