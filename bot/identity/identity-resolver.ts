import type { Directory } from '../../data/org/directory.ts';
import type { Staff } from '../../data/org/staff.ts';
import type { BindingsRepo } from '../../data/repos/bindings-repo.ts';
import type { IncomingMessage } from '../../data/message.ts';

/**
 * Channels whose sender id is the staff id itself: the local terminal and the simulate
 * harness, where whoever runs the process is trusted to pick who they are.
 */
const TRUSTED_LOCAL = new Set(['console', 'memory']);

/** Recognises a sender only through the directory, never by display name. */
export class IdentityResolver {
  constructor(
    private readonly directory: () => Directory,
    private readonly bindings: BindingsRepo,
  ) {}

  async resolve(message: Pick<IncomingMessage, 'channel' | 'senderId'>): Promise<Staff | undefined> {
    const dir = this.directory();
    if (TRUSTED_LOCAL.has(message.channel)) return dir.get(message.senderId);
    if (message.channel === 'wecom') return dir.byWecomUserId(message.senderId);
    const staffId = await this.bindings.staffFor(message.channel, message.senderId);
    return staffId ? dir.get(staffId) : undefined;
  }
}
