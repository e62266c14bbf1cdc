import type { Db } from '../../data/db/open-database.ts';
import { LeasesRepo } from '../../data/repos/leases-repo.ts';
import type { ProcessOwner } from '../../scheduler/process-owner.ts';
import { ACCOUNT_LEASE_TTL_MS } from './account-lease.ts';

const PREFIX = 'instance:';

/**
 * The live instances of a many-organisation deployment, so each takes only its share of the
 * organisations' accounts. Each instance renews a lease `instance:<host/pid/token>` in the
 * deployment's base database (DATABASE_URL's own schema, or the TONGGONG_DB file: with ORGS_DIR
 * neither holds an organisation's data) and counts the leases still running. An instance that
 * dies stops counting when its lease runs out, as its account leases do.
 */
export class InstanceHeartbeat {
  private readonly leases: LeasesRepo;
  private readonly name: string;
  private last = 1;

  constructor(
    db: Db,
    private readonly owner: ProcessOwner,
    private readonly ttlMs = ACCOUNT_LEASE_TTL_MS,
  ) {
    this.leases = new LeasesRepo(db);
    this.name = `${PREFIX}${owner.id}`;
  }

  /** Renews ours and returns how many instances are alive (this one included; the last count if unreachable). */
  async beat(now = new Date()): Promise<number> {
    try {
      await this.leases.acquire(this.name, this.owner.id, now, this.ttlMs);
      const live = await this.leases.live(now, PREFIX);
      this.last = Math.max(1, live.filter((l) => l.holder === this.owner.id || !this.owner.isGone(l.holder)).length);
    } catch {
      // The base database is unreachable: the organisations' own leases decide meanwhile; keep the count.
    }
    return this.last;
  }

  /** A clean stop: the others count one fewer at their next beat and take the accounts we gave back. */
  async stop(): Promise<void> {
    await this.leases.release(this.name, this.owner.id).catch(() => {});
  }
}
