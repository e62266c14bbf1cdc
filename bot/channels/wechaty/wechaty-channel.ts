import { WechatyBuilder, qrcodeValueToImageUrl, types } from 'wechaty';
import type { Wechaty, WechatyOptions } from 'wechaty';
import type { MessageInterface } from 'wechaty/impls';
import type { Channel } from '../../channel.ts';
import { systemClock } from '../../clock.ts';
import type { Clock } from '../../clock.ts';
import type { ChannelAddress, IncomingMessage, OutgoingMessage } from '../../../data/message.ts';
import { printLoginQr } from './print-login-qr.ts';
import { renderOutgoingText } from '../render-actions-as-text.ts';
import { WECHATY_CHANNEL_NAME, toIncomingMessage } from './to-incoming-message.ts';
import type { WechatyChannelLogger, WechatyChannelOptions } from './wechaty-channel-options.ts';

export type {
  WechatyChannelLogger,
  WechatyChannelOptions,
  WechatyLoginUser,
  WechatyPuppetInstance,
} from './wechaty-channel-options.ts';

const silentLogger: WechatyChannelLogger = {
  info: () => {},
  warn: () => {},
  error: () => {},
  debug: () => {},
};

function errorFields(error: unknown): { err: unknown } {
  return { err: error instanceof Error ? { message: error.message, stack: error.stack } : error };
}

/** Personal WeChat (or WeCom through a WorkPro token) through Wechaty and a puppet. */
export class WechatyChannel implements Channel {
  readonly name = WECHATY_CHANNEL_NAME;
  private readonly logger: WechatyChannelLogger;
  private readonly clock: Clock;
  private bot: Wechaty | undefined;
  private onMessage: ((message: IncomingMessage) => Promise<void>) | undefined;
  /** Messages are converted and handed over one at a time, in the order Wechaty emits them. */
  private queue: Promise<void> = Promise.resolve();
  private stopping = false;
  /** Set while `start()` waits for the login, so `stop()` can end that wait. */
  private abandonLogin: (() => void) | undefined;

  constructor(private readonly options: WechatyChannelOptions) {
    this.logger = options.logger ?? silentLogger;
    this.clock = options.clock ?? systemClock;
  }

  /** Resolves once the account is logged in: nothing can be sent or found before that. */
  async start(onMessage: (message: IncomingMessage) => Promise<void>): Promise<void> {
    if (this.bot) throw new Error('WechatyChannel.start() was called twice');
    this.onMessage = onMessage;
    this.stopping = false;
    const bot = WechatyBuilder.build(this.wechatyOptions());
    this.bot = bot;
    const loggedIn = this.listen(bot);
    try {
      await bot.start();
      // Wechaty's `ready()` never resolves with some puppets (the mock among them): the
      // login event is the signal that contacts and rooms can be used.
      if (!bot.isLoggedIn) {
        this.logger.info({}, 'wechaty waiting for login (scan the QR code)');
        await loggedIn;
      }
    } catch (error) {
      if (this.bot === bot) {
        this.bot = undefined;
        await bot.stop().catch(() => {});
      }
      throw error;
    } finally {
      this.abandonLogin = undefined;
    }
  }

  async stop(): Promise<void> {
    const bot = this.bot;
    if (!bot) return;
    this.stopping = true;
    this.bot = undefined;
    this.abandonLogin?.();
    await bot.stop();
    this.logger.info({}, 'wechaty stopped');
  }

  async send(to: ChannelAddress, message: OutgoingMessage): Promise<void> {
    const bot = this.loggedInBot();
    const text = renderOutgoingText(message);
    if (to.isDirect) {
      const contact = await bot.Contact.find({ id: to.chatId });
      if (!contact) {
        throw new Error(
          `WeChat contact ${to.chatId} not found (contact ids change when the bot account logs in again)`,
        );
      }
      await contact.say(text);
    } else {
      const room = await bot.Room.find({ id: to.chatId });
      if (!room) throw new Error(`WeChat room ${to.chatId} not found (has the bot left the group?)`);
      await room.say(text);
    }
    this.logger.debug({ chatId: to.chatId, isDirect: to.isDirect, text }, 'wechaty sent');
  }

  /**
   * Resolves a configured group (e.g. the staff room) by its topic at start-up. Undefined
   * when the bot is in no such group; throws when several groups share the topic, since
   * the wrong one might receive staff notices.
   */
  async findRoomByTopic(topic: string): Promise<ChannelAddress | undefined> {
    const rooms = await this.loggedInBot().Room.findAll({ topic });
    if (rooms.length > 1) {
      throw new Error(
        `${rooms.length} WeChat groups are named "${topic}": rename all but one so the bot can tell them apart`,
      );
    }
    const room = rooms[0];
    return room ? { chatId: room.id, isDirect: false } : undefined;
  }

  /** Subscribes to the bot's events; the promise settles on login (or an abandoned start). */
  private listen(bot: Wechaty): Promise<void> {
    const loggedIn = new Promise<void>((resolve, reject) => {
      this.abandonLogin = () => reject(new Error('WechatyChannel stopped before the account logged in'));
      bot.on('login', (user) => {
        this.logger.info({ userId: user.id }, 'wechaty logged in');
        this.options.onLogin?.({ id: user.id, name: user.name() });
        resolve();
      });
    });
    // `stop()` may abandon the wait before `start()` reaches it.
    loggedIn.catch(() => {});
    bot.on('logout', (user, reason) => {
      // Stopping the puppet logs the account out too; only an unexpected logout is news.
      if (this.stopping) return;
      this.logger.warn(
        { userId: user.id, reason },
        'wechaty logged out: sends fail until the QR code is scanned again',
      );
    });
    bot.on('error', (error) => {
      this.logger.warn(errorFields(error), 'wechaty error');
    });
    bot.on('scan', (qrcode, status) => {
      if (status !== types.ScanStatus.Waiting && status !== types.ScanStatus.Timeout) return;
      (this.options.onQr ?? printLoginQr)(qrcode, qrcodeValueToImageUrl(qrcode));
    });
    bot.on('message', (message) => {
      if (this.stopping) return;
      this.queue = this.queue.then(() => this.deliver(message));
    });
    return loggedIn;
  }

  private wechatyOptions(): WechatyOptions {
    const { puppet, puppetToken, name } = this.options;
    const base = name === undefined ? {} : { name };
    if (typeof puppet !== 'string') return { ...base, puppet };
    return {
      ...base,
      // Wechaty checks the name itself and reports unknown puppets by name.
      puppet: puppet as Extract<WechatyOptions['puppet'], string>,
      ...(puppetToken === undefined ? {} : { puppetOptions: { token: puppetToken } }),
    };
  }

  private loggedInBot(): Wechaty {
    const bot = this.bot;
    if (!bot) throw new Error('WechatyChannel is not started');
    if (!bot.isLoggedIn) throw new Error('WeChat account is not logged in: scan the login QR code');
    return bot;
  }

  /** Never throws: one bad message must not stop the ones after it. */
  private async deliver(message: MessageInterface): Promise<void> {
    const bot = this.bot;
    const onMessage = this.onMessage;
    if (!bot || !onMessage || this.stopping) return;
    let incoming: IncomingMessage;
    try {
      incoming = await toIncomingMessage(message, bot.currentUser, this.clock.now());
    } catch (error) {
      this.logger.error({ messageId: message.id, ...errorFields(error) }, 'wechaty message could not be read; skipped');
      return;
    }
    this.logger.debug({ messageId: incoming.id, text: incoming.text }, 'wechaty message text');
    try {
      await onMessage(incoming);
    } catch (error) {
      this.logger.error(
        { messageId: incoming.id, chatId: incoming.chatId, ...errorFields(error) },
        'handling a wechaty message failed',
      );
    }
  }
}
