import type { Selectable } from 'kysely';
import type { Db } from '../db/open-database.ts';
import type { LeaseTables } from './lease-tables.ts';

export interface Lease {
  readonly name: string;
  readonly holder: string;
  readonly acquiredAt: Date;
  readonly renewedAt: Date;
  readonly expiresAt: Date;
}

/**
 * Named leases in the database, shared by every instance on it. Taking and renewing are one
 * conditional upsert (`on conflict … do update … where`): free, expired or already ours, so two
 * instances can never both hold a name. Times are the instances' clocks: keep them in sync (NTP),
 * a skew eats into the lease.
 */
export class LeasesRepo {
  constructor(private readonly db: Db) {}

  /** Takes or renews `name` for `ttlMs`; false when another holder's lease is still running. */
  async acquire(name: string, holder: string, now: Date, ttlMs: number): Promise<boolean> {
    const t = now.toISOString();
    const expires = new Date(now.getTime() + ttlMs).toISOString();
    const r = await this.db
      .insertInto('leases')
      .values({ name, holder, acquired_at: t, renewed_at: t, expires_at: expires })
      .onConflict((oc) =>
        oc
          .column('name')
          .doUpdateSet((eb) => ({
            holder,
            // Renewing keeps the first acquisition time (how long it has been held).
            acquired_at: eb.case().when('leases.holder', '=', holder).then(eb.ref('leases.acquired_at')).else(t).end(),
            renewed_at: t,
            expires_at: expires,
          }))
          .where((eb) => eb.or([eb('leases.holder', '=', holder), eb('leases.expires_at', '<', t)])),
      )
      .executeTakeFirst();
    return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
  }

  /**
   * Takes `name` from a holder known to be dead (`from`, e.g. a process on this host that is gone)
   * before its lease runs out; false when `from` no longer holds it.
   */
  async takeOver(name: string, from: string, holder: string, now: Date, ttlMs: number): Promise<boolean> {
    const t = now.toISOString();
    const r = await this.db
      .updateTable('leases')
      .set({ holder, acquired_at: t, renewed_at: t, expires_at: new Date(now.getTime() + ttlMs).toISOString() })
      .where('name', '=', name)
      .where('holder', '=', from)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  }

  /** The lease on `name` if someone holds it (expired or not). */
  async get(name: string): Promise<Lease | undefined> {
    const r = await this.db.selectFrom('leases').selectAll().where('name', '=', name).executeTakeFirst();
    return r ? toLease(r) : undefined;
  }

  /** Gives the lease up at once (a clean shutdown), so another instance need not wait for it to expire. */
  async release(name: string, holder: string): Promise<boolean> {
    const r = await this.db
      .deleteFrom('leases')
      .where('name', '=', name)
      .where('holder', '=', holder)
      .executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  }

  /** Every lease still running at `now` (`prefix`: only names starting so). */
  async live(now: Date, prefix = ''): Promise<Lease[]> {
    let q = this.db.selectFrom('leases').selectAll().where('expires_at', '>=', now.toISOString());
    if (prefix) q = q.where('name', 'like', `${prefix}%`);
    const rows = await q.orderBy('name').execute();
    return rows.map(toLease);
  }
}

function toLease(r: Selectable<LeaseTables['leases']>): Lease {
  return {
    name: r.name,
    holder: r.holder,
    acquiredAt: new Date(r.acquired_at),
    renewedAt: new Date(r.renewed_at),
    expiresAt: new Date(r.expires_at),
  };
}
