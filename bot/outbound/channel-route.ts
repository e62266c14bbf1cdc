import type { Channel } from '../channel.ts';
import type { ChannelAddress } from '../../data/message.ts';
import type { Staff } from '../../data/org/staff.ts';

/**
 * One channel with how it knows people: who a sender is, how to reach a person, where a room
 * is. Each channel says this for itself (its folder under bot/channels/, or one of the shared
 * kinds there: staff ids, the directory's identity columns, bound contacts); the composition
 * root only picks. So no other code names a channel.
 */
export interface ChannelRoute {
  readonly channel: Channel;
  /** The staff id a sender id on this channel belongs to, or undefined for someone unknown. */
  identify(senderId: string): Promise<string | undefined>;
  /** The person's address on this channel, or undefined when they can't be reached here. */
  addressOf(person: Staff): Promise<ChannelAddress | undefined>;
  /** A configured room (e.g. the staff group) on this channel. */
  roomAddress(roomId: string): Promise<ChannelAddress | undefined>;
}
