import type { Logger } from '../../bot/logger.ts';
import type { AccountLease } from './account-lease.ts';

/** An organisation whose chat accounts this instance may hold (one that names none is left out). */
export interface BalancedOrg {
  readonly id: string;
  readonly lease: AccountLease;
}

/** Steps a vacant lease stays free before an instance at its share takes it anyway (nobody below it did). */
const ORPHAN_STEPS = 2;

/**
 * Spreads the organisations' chat accounts over the live instances (issue 15): each holds at most
 * its fair share, ceil(organisations / instances). One step, every few seconds:
 * - renews the leases held; gives back those beyond the share (a new instance has joined: it takes
 *   them at its next step, a reconnection of a few seconds for those organisations);
 * - takes vacant leases (free, run out, or held by a dead process) while below the share; a lease
 *   vacant for ORPHAN_STEPS steps is taken even at the share, so no organisation stays without a
 *   connection if the instances' counts disagree for a moment.
 * A dead instance's heartbeat runs out with its account leases, so the others' shares grow and they
 * take its organisations within ttl + one step (25 s by default).
 */
export class AccountBalancer {
  private readonly vacantSteps = new Map<string, number>();

  constructor(
    private readonly orgs: () => readonly BalancedOrg[],
    private readonly instances: () => Promise<number>,
    private readonly log: Logger,
  ) {}

  async step(): Promise<void> {
    const orgs = this.orgs();
    const share = Math.ceil(orgs.length / (await this.instances()));
    for (const o of orgs) if (o.lease.held) await o.lease.step();
    const held = orgs.filter((o) => o.lease.held);
    // A lease counts as vacant from when it was last seen free, not from before we held it.
    for (const o of held) this.vacantSteps.delete(o.id);
    for (const o of held.slice(share)) {
      this.log.info({ org: o.id, share }, 'over this instance share of the accounts: giving them to another');
      await o.lease.release();
    }
    let holding = Math.min(held.length, share);
    for (const o of orgs) {
      if (o.lease.held) continue;
      const vacant = await o.lease.vacant().catch(() => false);
      const steps = vacant ? (this.vacantSteps.get(o.id) ?? 0) + 1 : 0;
      this.vacantSteps.set(o.id, steps);
      if (!vacant || (holding >= share && steps < ORPHAN_STEPS)) continue;
      await o.lease.step();
      if (o.lease.held) holding += 1;
    }
    const ids = new Set(orgs.map((o) => o.id));
    for (const id of this.vacantSteps.keys()) if (!ids.has(id)) this.vacantSteps.delete(id);
  }
}
