import type { SendOptions, StreamOptions } from '../channel.ts';
import type { Directory } from '../../data/org/directory.ts';
import type { Logger } from '../logger.ts';
import { toOutgoing, type ChannelAddress, type Outgoing, type Recipient } from '../../data/message.ts';
import type { ChannelRoute } from './channel-route.ts';

export class UnreachableError extends Error {
  constructor(
    readonly recipient: Recipient,
    reason: string,
  ) {
    super(`cannot reach ${JSON.stringify(recipient)}: ${reason}`);
    this.name = 'UnreachableError';
  }
}

/** How a send goes: what it is (for the channel), and what to do the moment it is accepted. */
export interface MessengerSendOptions extends SendOptions {
  /**
   * Runs synchronously in the continuation right after the channel accepted the message,
   * before anything else: the outbox marks the send there, keeping the window in which a crash
   * would resend it as small as the channel allows.
   */
  readonly onAccepted?: () => void;
}

/**
 * Sends to a person or a room by choosing exactly one channel: the person's preferred one
 * (`reach_via` in the directory) if it can reach them, else the first route that can. So a
 * person on both WeChat and WeCom never gets the same message twice.
 */
export class Messenger {
  constructor(
    private readonly routes: readonly ChannelRoute[],
    private readonly directory: () => Directory,
    private readonly log: Logger,
  ) {}

  async send(to: Recipient, message: Outgoing, options: MessengerSendOptions = {}): Promise<void> {
    const out = toOutgoing(message);
    const { onAccepted } = options;
    const deliver = (route: ChannelRoute, address: ChannelAddress) =>
      route.channel.send(address, out, channelOptions(route, options));
    if ('channel' in to) {
      const route = this.routes.find((r) => r.channel.name === to.channel);
      if (!route) throw new UnreachableError(to, 'channel is not running');
      await deliver(route, { chatId: to.chatId, isDirect: to.isDirect });
      onAccepted?.();
      return;
    }
    if ('room' in to) {
      for (const route of this.routes) {
        const address = await route.roomAddress(to.room);
        if (address) {
          await deliver(route, address);
          onAccepted?.();
          return;
        }
      }
      throw new UnreachableError(to, 'no channel knows this room');
    }
    const person = this.directory().get(to.staffId);
    if (!person) throw new UnreachableError(to, 'not in the directory');
    const ordered = person.reachVia
      ? [...this.routes].sort(
          (a, b) => Number(b.channel.name === person.reachVia) - Number(a.channel.name === person.reachVia),
        )
      : this.routes;
    for (const route of ordered) {
      const address = await route.addressOf(person);
      if (address) {
        await deliver(route, address);
        onAccepted?.();
        this.log.debug({ to: person.id, channel: route.channel.name }, 'sent');
        return;
      }
    }
    throw new UnreachableError(to, 'no channel can reach this person (not bound on WeChat, no WeCom userid?)');
  }

  /**
   * A reply in the chat a message came from, shown while it is written where the channel can
   * (each value of `parts` the whole text so far); elsewhere, or if the channel could not,
   * the final text is sent as one message.
   */
  async stream(
    to: ChannelAddress & { readonly channel: string },
    parts: AsyncIterable<string>,
    options: StreamOptions = {},
  ): Promise<void> {
    const route = this.routes.find((r) => r.channel.name === to.channel);
    if (!route) throw new UnreachableError(to, 'channel is not running');
    let last: string | undefined;
    const seen = (async function* () {
      for await (const part of parts) yield (last = part);
    })();
    const address = { chatId: to.chatId, isDirect: to.isDirect };
    // Only the channel the message came in on can answer it.
    const reply = channelOptions(route, options);
    const rateable = options.rateable ? { rateable: true } : {};
    if (route.channel.stream && (await route.channel.stream(address, seen, { ...rateable, ...reply }))) return;
    for await (const _ of seen);
    if (last === undefined) return;
    await route.channel.send(address, { text: last, ...rateable }, reply);
  }

  /** Whether some channel can reach the person (e.g. to tell HR who never bound their WeChat). */
  async canReach(staffId: string): Promise<boolean> {
    const person = this.directory().get(staffId);
    if (!person) return false;
    for (const route of this.routes) if (await route.addressOf(person)) return true;
    return false;
  }
}

/** A reply is a reply only on the channel its message came in on; elsewhere it is a plain send. */
function channelOptions(route: ChannelRoute, options: MessengerSendOptions): SendOptions {
  const replyTo = options.replyTo?.channel === route.channel.name ? options.replyTo : undefined;
  return { ...(replyTo ? { replyTo } : {}), ...(options.scheduled ? { scheduled: true } : {}) };
}
