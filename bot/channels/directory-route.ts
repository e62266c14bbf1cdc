import type { Org } from '../../data/org/load-org.ts';
import type { Channel } from '../channel.ts';
import type { ChannelRoute } from '../outbound/channel-route.ts';

/**
 * A channel whose user ids are durable and listed in the directory (WeCom, and likewise
 * Feishu or DingTalk): a sender is whoever has that id in the channel's identity column of
 * staff.csv (`<channel>_userid`, case-insensitive), a person is reached at it, and the staff
 * group at the chat id under the channel's name in org.json's `staffGroup.channels`.
 */
export function directoryRoute(channel: Channel, org: () => Pick<Org, 'directory' | 'info'>): ChannelRoute {
  return {
    channel,
    async identify(senderId) {
      return org().directory.byIdentityOn(channel.name, senderId)?.id;
    },
    async addressOf(person) {
      const userId = person.identities[channel.name];
      return userId ? { chatId: userId, isDirect: true } : undefined;
    },
    async roomAddress(roomId) {
      const group = org().info.staffGroup;
      const chatId = group.channels[channel.name];
      return roomId === group.id && chatId ? { chatId, isDirect: false } : undefined;
    },
  };
}
