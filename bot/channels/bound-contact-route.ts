import type { BindingsRepo } from '../../data/repos/bindings-repo.ts';
import type { Channel } from '../channel.ts';
import type { ChannelRoute } from '../outbound/channel-route.ts';

/**
 * A channel whose contact ids are not durable and in no directory (personal WeChat): a sender
 * is known only once they bound their contact with HR's code, and a person is reached through
 * that bound contact alone. Rooms are the channel's own business (`roomAddress`).
 */
export function boundContactRoute(
  channel: Channel,
  bindings: BindingsRepo,
  roomAddress: ChannelRoute['roomAddress'] = async () => undefined,
): ChannelRoute {
  return {
    channel,
    identify: (senderId) => bindings.staffFor(channel.name, senderId),
    async addressOf(person) {
      const contactId = await bindings.externalIdFor(channel.name, person.id);
      return contactId ? { chatId: contactId, isDirect: true } : undefined;
    },
    roomAddress,
  };
}
