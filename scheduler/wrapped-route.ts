import type { Channel } from '../bot/channel.ts';
import type { ChannelRoute } from '../bot/outbound/channel-route.ts';

/**
 * The route with its channel's sending wrapped (pacing, the send budget): starting, stopping
 * and addressing stay the inner route's. `wrap` gets the inner channel and returns its `send`,
 * and its `stream` when the inner channel streams — dropping it loses WeCom's streamed answers.
 */
export function wrappedRoute(
  route: ChannelRoute,
  wrap: (inner: Channel) => Pick<Channel, 'send' | 'stream'>,
): ChannelRoute {
  const inner = route.channel;
  const channel: Channel = {
    name: inner.name,
    start: (onMessage) => inner.start(onMessage),
    stop: () => inner.stop(),
    ...wrap(inner),
  };
  return {
    channel,
    identify: (senderId) => route.identify(senderId),
    addressOf: (p) => route.addressOf(p),
    roomAddress: (id) => route.roomAddress(id),
  };
}
