import type { BindingsRepo } from '../../../data/repos/bindings-repo.ts';
import type { StaffGroup } from '../../../data/org/org-info.ts';
import type { ChannelRoute } from '../../outbound/channel-route.ts';
import { boundContactRoute } from '../bound-contact-route.ts';
import type { WechatyChannel } from './wechaty-channel.ts';

/**
 * How WeChat knows people: through the contact each person bound with a code (contact ids
 * are not durable, so nothing else is trusted), and the staff group by its topic (its entry
 * under `wechaty` in org.json's `staffGroup.channels`).
 */
export function wechatyRoute(
  channel: WechatyChannel,
  bindings: BindingsRepo,
  staffGroup: () => StaffGroup,
): ChannelRoute {
  return boundContactRoute(channel, bindings, async (roomId) => {
    const group = staffGroup();
    const topic = group.channels[channel.name];
    if (roomId !== group.id || !topic) return undefined;
    return channel.findRoomByTopic(topic);
  });
}
