import type { Clock } from '../bot/clock.ts';
import type { Logger } from '../bot/logger.ts';
import type { Db } from '../data/db/open-database.ts';
import { SendBudgetRepo } from '../data/repos/send-budget-repo.ts';

/** What a channel allows; undefined fields are unlimited. */
export interface BudgetLimits {
  /** To one recipient, per clock minute and per clock hour (WeCom drops beyond 30/min, 1,000/h). */
  readonly perRecipientMinute?: number;
  readonly perRecipientHour?: number;
  /** Through the channel's account as a whole, per clock minute (WeChat's 「发送消息过于频繁」). */
  readonly perChannelMinute?: number;
}

/** A scheduled send that must wait for its recipient's (or channel's) next window; it stays in the outbox. */
export class OverBudgetError extends Error {
  constructor(readonly retryAt: Date) {
    super(`send budget used up until ${retryAt.toISOString()}`);
    this.name = 'OverBudgetError';
  }
}

/** Windows older than this hold nothing back: the longest span is an hour. */
const KEEP_MS = 2 * 3_600_000;

/**
 * The per-recipient and per-channel limits, counted in the shared database (issue 15): several
 * instances sending for one account keep them together. Clock windows, not rolling ones: a
 * rolling count would need every send's time; the limits in use sit below WeCom's for that margin.
 */
export class SendBudget {
  private readonly repo: SendBudgetRepo;
  private prunedAt = 0;

  constructor(
    db: Db,
    private readonly limits: (channel: string) => BudgetLimits | undefined,
    private readonly clock: Clock,
    private readonly log: Logger,
  ) {
    this.repo = new SendBudgetRepo(db);
  }

  /**
   * Takes a place for one scheduled send, or throws OverBudgetError saying when to try again. The
   * recipient first, then the channel; a refusal by the channel gives the recipient's place back.
   */
  async take(channel: string, chatId: string): Promise<void> {
    const l = this.limits(channel);
    if (!l) return;
    const now = this.clock.now();
    await this.pruneNow(now);
    const recipient = chatId.toLowerCase();
    const perRecipient = { perMinute: l.perRecipientMinute, perHour: l.perRecipientHour };
    const heldUntil = await this.repo.take(channel, recipient, perRecipient, now);
    if (heldUntil) throw new OverBudgetError(heldUntil);
    if (l.perChannelMinute === undefined) return;
    const channelUntil = await this.repo.take(channel, '*', { perMinute: l.perChannelMinute }, now);
    if (!channelUntil) return;
    await this.repo.giveBack(channel, recipient, now);
    throw new OverBudgetError(channelUntil);
  }

  /** Counts a reply, which is never held back, so scheduled sends leave room for it. */
  async note(channel: string, chatId: string): Promise<void> {
    const l = this.limits(channel);
    if (!l) return;
    try {
      const now = this.clock.now();
      await this.repo.note(channel, chatId.toLowerCase(), now);
      if (l.perChannelMinute !== undefined) await this.repo.note(channel, '*', now);
    } catch (error) {
      // The reply went out; a lost count only makes the budget a little generous.
      this.log.warn({ err: error, channel }, 'could not count a reply in the send budget');
    }
  }

  /** Once an hour per instance; any instance's pruning serves all. */
  private async pruneNow(now: Date): Promise<void> {
    if (now.getTime() - this.prunedAt < 3_600_000) return;
    this.prunedAt = now.getTime();
    await this.repo.prune(new Date(now.getTime() - KEEP_MS));
  }
}
