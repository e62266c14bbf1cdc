import type { ChannelAddress, IncomingMessage, OutgoingMessage } from '../data/message.ts';

/**
 * The transport port (Bolt's `Receiver`, Wechaty's puppets): one small interface each
 * adapter implements. Adapters live in `bot/channels/<name>/` and are wired only in
 * `app/main.ts` and the CLI.
 */
export interface Channel {
  readonly name: string;
  /** Start receiving; every incoming message is handed to `onMessage`, awaited in order. */
  start(onMessage: (message: IncomingMessage) => Promise<void>): Promise<void>;
  stop(): Promise<void>;
  /** Deliver one message. Throws on failure so the outbox can retry. */
  send(to: ChannelAddress, message: OutgoingMessage): Promise<void>;
  /**
   * Optional: a reply shown while it is written (WeCom's stream replies). `parts` yields the
   * whole text so far, the last value final. Resolves false when the channel could not show
   * it here (no message to answer, a refused frame): the caller then sends the last value.
   */
  stream?(to: ChannelAddress, parts: AsyncIterable<string>, options: StreamOptions): Promise<boolean>;
}

export interface StreamOptions {
  /** As `OutgoingMessage.rateable`. */
  readonly rateable?: boolean;
}
