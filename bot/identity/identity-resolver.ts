import type { Directory } from '../../data/org/directory.ts';
import type { Staff } from '../../data/org/staff.ts';
import type { IncomingMessage } from '../../data/message.ts';
import type { ChannelRoute } from '../outbound/channel-route.ts';

/**
 * Recognises a sender only through the directory, never by display name: the message's own
 * channel says whose its sender id is (`ChannelRoute.identify`), and the directory must know
 * that person. A message from a channel that is not running is nobody's.
 */
export class IdentityResolver {
  constructor(
    private readonly directory: () => Directory,
    private readonly routes: readonly ChannelRoute[],
  ) {}

  async resolve(message: Pick<IncomingMessage, 'channel' | 'senderId'>): Promise<Staff | undefined> {
    const route = this.routes.find((r) => r.channel.name === message.channel);
    const staffId = await route?.identify(message.senderId);
    return staffId ? this.directory().get(staffId) : undefined;
  }
}
