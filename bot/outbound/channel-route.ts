import type { Channel } from '../channel.ts';
import type { ChannelAddress } from '../../data/message.ts';
import type { Staff } from '../../data/org/staff.ts';

/**
 * How one channel reaches people and rooms. Built by the composition root, since only it
 * knows how each channel identifies a person (a staff id in the terminal, a WeCom userid,
 * a bound WeChat contact).
 */
export interface ChannelRoute {
  readonly channel: Channel;
  /** The person's address on this channel, or undefined when they can't be reached here. */
  addressOf(person: Staff): Promise<ChannelAddress | undefined>;
  /** A configured room (e.g. the staff group) on this channel. */
  roomAddress(roomId: string): Promise<ChannelAddress | undefined>;
}
