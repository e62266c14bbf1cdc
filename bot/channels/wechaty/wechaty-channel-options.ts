import type { WechatyOptions } from 'wechaty';
import type { Clock } from '../../clock.ts';

/** A puppet instance (tests pass `new PuppetMock({ mocker })`). */
export type WechatyPuppetInstance = Extract<NonNullable<WechatyOptions['puppet']>, object>;

/** The subset of a pino logger the adapter uses. */
export interface WechatyChannelLogger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
  debug(obj: object, msg?: string): void;
}

export interface WechatyLoginUser {
  readonly id: string;
  readonly name: string;
}

export interface WechatyChannelOptions {
  /**
   * A puppet package name (`WECHATY_PUPPET`, e.g. `wechaty-puppet-service`) or a puppet
   * instance. The composition root reads the environment; the adapter never does.
   */
  readonly puppet: string | WechatyPuppetInstance;
  /** `WECHATY_PUPPET_SERVICE_TOKEN`; only used with a puppet name. */
  readonly puppetToken?: string;
  /**
   * Wechaty's session name. When set, Wechaty keeps the login session in
   * `<name>.memory-card.json` in the working directory, so a restart needs no new scan.
   */
  readonly name?: string;
  readonly logger?: WechatyChannelLogger;
  /** Stamps `receivedAt`; defaults to the system clock. */
  readonly clock?: Clock;
  readonly onLogin?: (user: WechatyLoginUser) => void;
  /** Shows the login QR code; defaults to drawing it in the terminal with its image URL. */
  readonly onQr?: (qrcode: string, imageUrl: string) => void;
}
