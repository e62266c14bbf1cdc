import type { Channel } from '../channel.ts';
import type { ChannelRoute } from '../outbound/channel-route.ts';

/**
 * A channel whose sender ids are staff ids and whose rooms are addressed by their own ids:
 * the terminal and the simulate harness, where whoever runs the process is trusted to pick
 * who they are. The identity resolver still checks the id against the directory.
 */
export function staffIdRoute(channel: Channel): ChannelRoute {
  return {
    channel,
    identify: async (senderId) => senderId,
    addressOf: async (person) => ({ chatId: person.id, isDirect: true }),
    roomAddress: async (roomId) => ({ chatId: roomId, isDirect: false }),
  };
}
