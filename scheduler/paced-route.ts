import type { ChannelRoute } from '../bot/outbound/channel-route.ts';
import type { Pacer } from './pacer.ts';
import { wrappedRoute } from './wrapped-route.ts';

/** The route with its channel's scheduled sends paced; replies in a conversation are not held back. */
export function pacedRoute(route: ChannelRoute, pacer: Pacer): ChannelRoute {
  return wrappedRoute(route, (inner) => ({
    async send(to, message, options) {
      if (options?.scheduled) await pacer.acquire(inner.name);
      await inner.send(to, message, options);
    },
    // A stream is always a reply: never paced, and kept, or WeCom's streamed answers were lost here.
    ...(inner.stream ? { stream: (to, parts, options) => inner.stream!(to, parts, options) } : {}),
  }));
}
