import type { ChannelRoute } from '../../outbound/channel-route.ts';
import type { MemoryChannel } from './memory-channel.ts';

/** In the terminal and the simulate harness a person's address is their staff id, a room's its id. */
export function memoryRoute(channel: MemoryChannel): ChannelRoute {
  return {
    channel,
    addressOf: async (person) => ({ chatId: person.id, isDirect: true }),
    roomAddress: async (roomId) => ({ chatId: roomId, isDirect: false }),
  };
}
