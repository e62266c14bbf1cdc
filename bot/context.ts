import type { Staff } from '../data/org/staff.ts';
import type { StreamOptions } from './channel.ts';
import type { Clock } from './clock.ts';
import type { ConversationControl } from './conversation/conversation-control.ts';
import type { Logger } from './logger.ts';
import type { IncomingMessage, Outgoing, Recipient } from '../data/message.ts';

/**
 * What a handler gets (grammY's ctx, Probot's context): the message, the person from the
 * directory, ways to answer, and the clock. Never the bot, never a platform object.
 */
export interface Context {
  readonly message: IncomingMessage;
  /** The text, trimmed, with full-width spaces folded. */
  readonly text: string;
  readonly person: Staff;
  /** The clock's time when the message was taken up. */
  readonly now: Date;
  readonly clock: Clock;
  readonly log: Logger;
  /** Answers in the chat the message came from (the group, for a group message). */
  reply(out: Outgoing): Promise<void>;
  /**
   * Answers in the chat the message came from with a reply shown while it is written, where
   * the channel can (WeCom); elsewhere the last value is sent. Each value is the whole text so far.
   */
  replyStream?(parts: AsyncIterable<string>, options?: Omit<StreamOptions, 'replyTo'>): Promise<void>;
  /** Answers the person in a direct chat, whatever chat the message came from. */
  replyPrivately(out: Outgoing): Promise<void>;
  send(to: Recipient, out: Outgoing): Promise<void>;
  readonly conversation: ConversationControl;
}
