import type { Channel } from '../bot/channel.ts';
import type { ChannelRoute } from '../bot/outbound/channel-route.ts';
import type { Pacer } from './pacer.ts';

/** The route with its channel's scheduled sends paced; replies in a conversation are not held back. */
export function pacedRoute(route: ChannelRoute, pacer: Pacer): ChannelRoute {
  const inner = route.channel;
  const channel: Channel = {
    name: inner.name,
    start: (onMessage) => inner.start(onMessage),
    stop: () => inner.stop(),
    async send(to, message, options) {
      if (options?.scheduled) await pacer.acquire(inner.name);
      await inner.send(to, message, options);
    },
    // A stream is always a reply: never paced, and kept, or WeCom's streamed answers were lost here.
    ...(inner.stream ? { stream: (to, parts, options) => inner.stream!(to, parts, options) } : {}),
  };
  return {
    channel,
    identify: (senderId) => route.identify(senderId),
    addressOf: (p) => route.addressOf(p),
    roomAddress: (id) => route.roomAddress(id),
  };
}
