import type { Logger } from '../../bot/logger.ts';
import type { Db } from '../../data/db/open-database.ts';
import { LeasesRepo } from '../../data/repos/leases-repo.ts';
import type { ProcessOwner } from '../../scheduler/process-owner.ts';

export interface AccountLeaseOptions {
  readonly db: Db;
  readonly owner: ProcessOwner;
  readonly log: Logger;
  /** Called once the lease is ours: connect the chat accounts. */
  readonly onGained: () => Promise<void>;
  /** Called when it is lost (another instance took it after we failed to renew): disconnect. */
  readonly onLost: () => Promise<void>;
  /** Lease length; a dead holder's accounts move after at most ttl + every. */
  readonly ttlMs?: number;
  /** How often the holder renews and a standby tries. */
  readonly everyMs?: number;
  readonly name?: string;
  /**
   * Driven from outside (the multi-organisation supervisor spreads the accounts over the
   * instances): no timer of its own, `start` takes nothing; `step` and `release` do the work.
   */
  readonly driven?: boolean;
}

/** The one lease covering an organisation's chat accounts (its database is the organisation's own). */
export const ACCOUNTS_LEASE = 'account:chat';
export const ACCOUNT_LEASE_TTL_MS = 20_000;
export const ACCOUNT_LEASE_EVERY_MS = 5_000;

/**
 * One connection per chat account (issue 15): WeCom drops the older connection when a second
 * one opens for the same bot, and a personal WeChat account must not log in twice. Each instance
 * tries for the lease; the holder connects the accounts and renews every few seconds, the others
 * wait and try again. A holder that dies stops renewing and a standby takes over within
 * ttl + every (25 s by default) — at once when the holder was a process on this host that is gone.
 * Wall time throughout: a simulated clock says nothing about whether a process is alive.
 */
export class AccountLease {
  private readonly leases: LeasesRepo;
  private readonly name: string;
  private readonly ttlMs: number;
  private readonly everyMs: number;
  private heldUntil = 0;
  private timer: NodeJS.Timeout | undefined;
  private ticking: Promise<void> = Promise.resolve();
  private stopped = false;

  constructor(private readonly options: AccountLeaseOptions) {
    this.leases = new LeasesRepo(options.db);
    this.name = options.name ?? ACCOUNTS_LEASE;
    this.ttlMs = options.ttlMs ?? ACCOUNT_LEASE_TTL_MS;
    this.everyMs = options.everyMs ?? ACCOUNT_LEASE_EVERY_MS;
  }

  /** Whether this instance holds the accounts now (and so delivers the outbox). */
  get held(): boolean {
    return this.heldUntil > Date.now();
  }

  /** Tries once at once (so a lone instance connects before `start` returns), then every few seconds. */
  async start(): Promise<void> {
    if (this.options.driven) return;
    await this.tick();
    if (!this.held) {
      this.options.log.warn(
        { lease: this.name },
        'another instance holds the chat accounts: standing by to take over if it stops',
      );
    }
    this.timer = setInterval(() => {
      this.ticking = this.ticking.then(() => this.tick());
    }, this.everyMs);
    this.timer.unref();
  }

  /** Stops trying and gives the lease up, so a standby takes over at its next try. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.ticking;
    await this.giveUp();
  }

  /** Driven: renews the lease when held, else tries once to take it (free, run out, or its holder dead). */
  step(): Promise<void> {
    this.ticking = this.ticking.then(() => this.tick());
    return this.ticking;
  }

  /** Driven: gives the lease up (disconnecting) so an instance below its share takes it; may take it again later. */
  release(): Promise<void> {
    this.ticking = this.ticking.then(() => this.giveUp());
    return this.ticking;
  }

  /** Whether nobody alive holds the lease now: a `step` would take it. */
  async vacant(now = new Date()): Promise<boolean> {
    const current = await this.leases.get(this.name);
    return !current || current.expiresAt < now || this.options.owner.isGone(current.holder);
  }

  private async giveUp(): Promise<void> {
    if (!this.heldUntil) return;
    this.heldUntil = 0;
    await this.options.onLost();
    await this.leases.release(this.name, this.options.owner.id).catch(() => {});
  }

  private async tick(): Promise<void> {
    if (this.stopped) return;
    const wasHeld = this.heldUntil > 0;
    const now = new Date();
    let ours: boolean;
    try {
      ours = await this.leases.acquire(this.name, this.options.owner.id, now, this.ttlMs);
      if (!ours) ours = await this.takeOverFromTheDead(now);
    } catch (error) {
      // The database is unreachable: keep the accounts until our lease would have run out anyway.
      this.options.log.warn({ err: error, lease: this.name }, 'could not renew the account lease');
      ours = wasHeld && this.heldUntil > Date.now();
      if (ours) return;
    }
    if (ours) {
      this.heldUntil = now.getTime() + this.ttlMs;
      if (!wasHeld) {
        this.options.log.info({ lease: this.name, holder: this.options.owner.id }, 'account lease taken: connecting');
        await this.options.onGained();
      }
    } else if (wasHeld) {
      this.heldUntil = 0;
      this.options.log.warn({ lease: this.name }, 'account lease lost to another instance: disconnecting');
      await this.options.onLost();
    }
  }

  private async takeOverFromTheDead(now: Date): Promise<boolean> {
    const current = await this.leases.get(this.name);
    if (!current || !this.options.owner.isGone(current.holder)) return false;
    const taken = await this.leases.takeOver(this.name, current.holder, this.options.owner.id, now, this.ttlMs);
    if (taken)
      this.options.log.warn({ lease: this.name, from: current.holder }, 'took the account lease of a dead process');
    return taken;
  }
}
