import { randomUUID } from 'node:crypto';
import { LeasesRepo } from './leases-repo.ts';
import type { Db } from '../db/open-database.ts';

export interface ExclusiveTurnsOptions {
  /** How long a turn may last before another may take over (its instance presumed dead). */
  readonly ttlMs?: number;
  /** Between two tries while someone else has the turn. */
  readonly pollMs?: number;
}

/**
 * One at a time per key, across every instance on the database: a short lease (`turn:KEY`) taken
 * before and given back after. Two messages from one person reaching two instances at once are
 * handled one after the other, so neither overwrites the other's conversation step. Within one
 * process the turns queue in memory first, so a burst from one person costs no database polling.
 */
export class ExclusiveTurns {
  private readonly leases: LeasesRepo;
  private readonly local = new Map<string, Promise<unknown>>();
  private readonly ttlMs: number;
  private readonly pollMs: number;

  constructor(
    db: Db,
    private readonly owner: string,
    options: ExclusiveTurnsOptions = {},
  ) {
    this.leases = new LeasesRepo(db);
    this.ttlMs = options.ttlMs ?? 60_000;
    this.pollMs = options.pollMs ?? 20;
  }

  run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const before = this.local.get(key) ?? Promise.resolve();
    const mine = before.then(() => this.exclusive(key, work));
    const settled = mine.catch(() => {});
    this.local.set(key, settled);
    void settled.then(() => {
      if (this.local.get(key) === settled) this.local.delete(key);
    });
    return mine;
  }

  private async exclusive<T>(key: string, work: () => Promise<T>): Promise<T> {
    const name = `turn:${key}`;
    const holder = `${this.owner}/${randomUUID().slice(0, 8)}`;
    // Wall time, not the bot's clock: a simulated clock jumps by days, a lease is about real seconds.
    while (!(await this.leases.acquire(name, holder, new Date(), this.ttlMs))) {
      await new Promise((resolve) => setTimeout(resolve, this.pollMs));
    }
    try {
      return await work();
    } finally {
      await this.leases.release(name, holder).catch(() => {});
    }
  }
}
