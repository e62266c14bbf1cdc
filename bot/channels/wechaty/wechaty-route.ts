import type { BindingsRepo } from '../../../data/repos/bindings-repo.ts';
import type { OrgInfo } from '../../../data/org/org-info.ts';
import type { ChannelRoute } from '../../outbound/channel-route.ts';
import type { WechatyChannel } from './wechaty-channel.ts';

/**
 * How WeChat reaches people: through the contact each person bound with a code (contact ids
 * are not durable, so nothing else is trusted), and the staff group by its topic.
 */
export function wechatyRoute(channel: WechatyChannel, bindings: BindingsRepo, staffGroup: () => OrgInfo['staffGroup']): ChannelRoute {
  return {
    channel,
    async addressOf(person) {
      const contactId = await bindings.externalIdFor(channel.name, person.id);
      return contactId ? { chatId: contactId, isDirect: true } : undefined;
    },
    async roomAddress(roomId) {
      const group = staffGroup();
      if (roomId !== group.id || !group.wechatyTopic) return undefined;
      return channel.findRoomByTopic(group.wechatyTopic);
    },
  };
}
