import type { OrgInfo } from '../../../data/org/org-info.ts';
import type { Channel } from '../../channel.ts';
import type { ChannelRoute } from '../../outbound/channel-route.ts';

/**
 * How WeCom reaches people: by the userid in the staff directory (WeCom userids are durable
 * and need no binding), and the staff group by the chatid in `org.json`.
 */
export function wecomRoute(channel: Channel, staffGroup: () => OrgInfo['staffGroup']): ChannelRoute {
  return {
    channel,
    async addressOf(person) {
      return person.wecomUserId ? { chatId: person.wecomUserId, isDirect: true } : undefined;
    },
    async roomAddress(roomId) {
      const group = staffGroup();
      if (roomId !== group.id || !group.wecomChatId) return undefined;
      return { chatId: group.wecomChatId, isDirect: false };
    },
  };
}
