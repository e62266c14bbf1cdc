import type { Clock } from '../../clock.ts';
import type { PacingLimits, Sleep } from './recipient-pacer.ts';

/** The subset of a pino logger the adapter uses. */
export interface WecomChannelLogger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
  debug(obj: object, msg?: string): void;
}

export interface WecomChannelOptions {
  /** `WECOM_BOT_ID`: the intelligent bot's Bot ID from the WeCom admin console. */
  readonly botId: string;
  /** `WECOM_BOT_SECRET`: the secret shown next to it when long-connection API mode is on. */
  readonly secret: string;
  /** `WECOM_WS_URL`: a private deployment's long-connection address; WeCom's own by default. */
  readonly wsUrl?: string;
  /**
   * The bot's display name, to remove `@name` from group messages wherever it appears.
   * Without it the mention WeCom puts at the start of the text is removed.
   */
  readonly botName?: string;
  readonly logger?: WecomChannelLogger;
  /** Stamps `receivedAt` and drives the pacer; defaults to the system clock. */
  readonly clock?: Clock;
  /** Per-recipient limits; capped at what WeCom allows. */
  readonly pacing?: Partial<PacingLimits>;
  /** How the pacer waits (tests pass one that moves a manual clock). */
  readonly sleep?: Sleep;
  /** How long a send waits for a lost connection to come back before it fails. Default 60 s. */
  readonly reconnectWaitMs?: number;
  /** The SDK's first reconnect delay (doubling up to 30 s). Default 1 s. */
  readonly reconnectIntervalMs?: number;
  /** The SDK's heartbeat interval. Default 30 s. */
  readonly heartbeatIntervalMs?: number;
}
