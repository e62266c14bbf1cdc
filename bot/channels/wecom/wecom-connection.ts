import { WSClient } from '@wecom/aibot-node-sdk';
import type { BaseMessage, EventMessage, Logger as SdkLogger, WsFrame } from '@wecom/aibot-node-sdk';
import { EnvError } from '../../config/env.ts';
import type { WecomChannelLogger, WecomChannelOptions } from './wecom-channel-options.ts';
import { errorFields } from './wecom-refusal.ts';

/** What arrives on the connection, with the number of the connection that brought it. */
export interface WecomCallbacks {
  message(frame: WsFrame<BaseMessage>, connection: number): void;
  cardClick(frame: WsFrame<EventMessage>, connection: number): void;
  /** A 👍/👎 under a reply that carried a feedback id. */
  feedback(frame: WsFrame<EventMessage>, connection: number): void;
}

interface Waiter {
  resolve(): void;
  reject(error: Error): void;
}

/**
 * The long connection to WeCom: logging in, reconnecting (the SDK retries for ever), noticing
 * that another process took the bot id over, and letting sends wait for a connection that is
 * coming back. Counts authentications, so a reply can tell whether its callback's connection is gone.
 */
export class WecomConnection {
  private current: WSClient | undefined;
  private authenticated = false;
  private count = 0;
  private stopping = false;
  /** Another connection with the same bot id took over; WeCom will not talk to this one again. */
  private superseded = false;
  private readonly waiters = new Set<Waiter>();

  constructor(
    private readonly options: WecomChannelOptions,
    private readonly logger: WecomChannelLogger,
  ) {}

  /** The client while started. */
  get client(): WSClient | undefined {
    return this.current;
  }

  /** Whether the connection is up and authenticated right now. */
  get connected(): boolean {
    return this.authenticated;
  }

  /** The number of the connection now up (each authentication counts one). */
  get number(): number {
    return this.count;
  }

  /** Whether `connection` is the one up now, so a req_id it brought can still be answered. */
  isCurrent(connection: number): boolean {
    return connection === this.count && this.authenticated;
  }

  get isStopping(): boolean {
    return this.stopping;
  }

  /** Resolves once WeCom accepted the bot id and secret; rejects if it refused them. */
  async start(callbacks: WecomCallbacks): Promise<void> {
    if (this.current) throw new Error('WecomChannel.start() was called twice');
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
    this.current = client;
    const firstLogin = this.firstLogin(client);
    this.listen(client, callbacks);
    client.connect();
    try {
      await firstLogin;
    } catch (error) {
      this.current = undefined;
      client.removeAllListeners();
      client.disconnect();
      throw error;
    }
  }

  /** Returns false when it was not started. */
  stop(): boolean {
    const client = this.current;
    if (!client) return false;
    this.stopping = true;
    this.current = undefined;
    this.authenticated = false;
    for (const waiter of [...this.waiters]) waiter.reject(new Error('the WeCom channel stopped'));
    if (!this.superseded) client.disconnect();
    client.removeAllListeners();
    return true;
  }

  /** Waits for the connection (a reconnect in progress) or fails after `reconnectWaitMs`. */
  ready(): Promise<void> {
    if (this.superseded) {
      return Promise.reject(new Error('another process connected with this WeCom bot id; this one no longer sends'));
    }
    if (!this.current) return Promise.reject(new Error('the WeCom channel stopped'));
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
      const timedOut = () => waiter.reject(new Error(`WeCom has been disconnected for over ${waitMs / 1000} s`));
      const timer = setTimeout(timedOut, waitMs);
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
        const where = "the bot's API settings (长连接 API 模式) in the WeCom admin console";
        const refused = `WECOM_BOT_ID / WECOM_BOT_SECRET were refused by WeCom (${error.message})`;
        reject(new EnvError([`${refused}: copy both again from ${where}`]));
      };
      client.on('authenticated', onAuthenticated);
      client.on('error', onError);
    });
  }

  private listen(client: WSClient, callbacks: WecomCallbacks): void {
    client.on('authenticated', () => {
      const reconnected = this.count > 0;
      this.authenticated = true;
      this.count += 1;
      this.logger.info({ connection: this.count }, reconnected ? 'wecom reconnected' : 'wecom connected');
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
      if (code !== 'WS_AUTH_FAILURE_EXHAUSTED') this.logger.warn(errorFields(error), 'wecom connection error');
      else {
        this.logger.error({}, 'wecom keeps refusing WECOM_BOT_ID / WECOM_BOT_SECRET; the WeCom channel has given up');
      }
    });
    client.on('event.disconnected_event', () => {
      this.superseded = true;
      this.authenticated = false;
      const takenOver = new Error('another process connected with this WeCom bot id');
      for (const waiter of [...this.waiters]) waiter.reject(takenOver);
      const why = 'another connection with this bot id took over (is a second tonggong running?)';
      this.logger.error({}, `wecom: ${why}; this one will not reconnect`);
    });
    client.on('message', (frame) => callbacks.message(frame, this.count));
    client.on('event.template_card_event', (frame) => callbacks.cardClick(frame, this.count));
    client.on('event.feedback_event', (frame) => callbacks.feedback(frame, this.count));
    client.on('event', (frame) => {
      const type = (frame.body?.event as { eventtype?: string } | undefined)?.eventtype;
      if (type === 'template_card_event' || type === 'feedback_event') return;
      this.logger.debug({ eventtype: type }, 'wecom event ignored');
    });
  }

  /** The SDK's own chatter (including message bodies) stays at debug level. */
  private sdkLogger(): SdkLogger {
    const at =
      (level: string) =>
      (message: string, ...args: unknown[]) => {
        this.logger.debug(
          { sdk: level, ...(args.length ? { detail: args.map(String) } : {}) },
          `wecom sdk: ${message}`,
        );
      };
    return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
  }
}
