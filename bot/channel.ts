import type { ChannelAddress, IncomingMessage, OutgoingMessage } from '../data/message.ts';

/**
 * What a send is, said by the sender rather than read from ambient state, so a channel can
 * tell a reply from a scheduled notice wherever the send was started.
 */
export interface SendOptions {
  /**
   * The incoming message this send answers (every send a handler makes while taking it up).
   * A channel may answer on that message's own callback (WeCom's req_id) or update the card
   * that was pressed; a channel without such a thing ignores it.
   */
  readonly replyTo?: IncomingMessage;
  /** Made by the scheduler (reminders, notices, retries): paced per channel, where replies go at once. */
  readonly scheduled?: boolean;
}

/**
 * The transport port (Bolt's `Receiver`, Wechaty's puppets): one small interface each
 * adapter implements. Adapters live in `bot/channels/<name>/` and are wired only in
 * `app/main.ts` and the CLI. docs/channels.md lists what an adapter implements.
 */
export interface Channel {
  readonly name: string;
  /** Start receiving; every incoming message is handed to `onMessage`, awaited in order. */
  start(onMessage: (message: IncomingMessage) => Promise<void>): Promise<void>;
  stop(): Promise<void>;
  /** Deliver one message. Throws on failure so the outbox can retry. */
  send(to: ChannelAddress, message: OutgoingMessage, options?: SendOptions): Promise<void>;
  /**
   * Optional: a reply shown while it is written (WeCom's stream replies). `parts` yields the
   * whole text so far, the last value final. Resolves false when the channel could not show
   * it here (no message in hand to answer, a refused frame): the caller then sends the last value.
   */
  stream?(to: ChannelAddress, parts: AsyncIterable<string>, options: StreamOptions): Promise<boolean>;
}

export interface StreamOptions {
  /** As `OutgoingMessage.rateable`. */
  readonly rateable?: boolean;
  /** The incoming message the stream answers, as `SendOptions.replyTo`: a stream is only ever a reply. */
  readonly replyTo?: IncomingMessage;
}
