import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ACCOUNTS_LEASE } from '../../app/instance/account-lease.ts';
import { openDatabase, type Db } from '../../data/db/open-database.ts';
import type { OrgFolder } from '../../data/db/org-database.ts';
import { LeasesRepo } from '../../data/repos/leases-repo.ts';
import type { ChatItem } from './month-instance-process.ts';
import { MonthInstance } from './month-instance.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits until every organisation in `orgs` has a live lease holder other than process `pid`. */
async function waitForMove(orgs: readonly OrgFolder[], pid: number): Promise<void> {
  const dbs: Db[] = [];
  for (const o of orgs) dbs.push(await openDatabase(o.database));
  try {
    for (;;) {
      const now = new Date();
      const leases = await Promise.all(dbs.map((db) => new LeasesRepo(db).get(ACCOUNTS_LEASE)));
      if (leases.every((l) => l && l.expiresAt > now && l.holder.split('/')[1] !== String(pid))) return;
      await sleep(50);
    }
  } finally {
    for (const db of dbs) await db.destroy();
  }
}

/**
 * The instance processes of one month run, all serving the same organisations: stepping them
 * together, sending chat messages to whichever holds their organisation's account, and killing
 * one with SIGKILL. Sends and the next due instant are gathered from the steps' answers.
 */
export class MonthFleet {
  readonly logs: string[] = [];
  sends = 0;
  /** The earliest instant any instance has something due after the last step. */
  nextDue: Date | undefined;
  private readonly instances: MonthInstance[];
  private readonly holders = new Map<string, MonthInstance>();
  private readonly logDir = mkdtempSync(join(tmpdir(), 'tonggong-month-log-'));

  private constructor(
    private readonly orgs: readonly OrgFolder[],
    count: number,
    private readonly start: Date,
  ) {
    // Each instance connects its share first, so the accounts spread as over a fleet's lifetime.
    const share = (i: number) => orgs.filter((_, k) => k % count === i).map((o) => o.id);
    this.instances = Array.from({ length: count }, (_, i) => this.spawn(i, share(i)));
  }

  static async start(orgs: readonly OrgFolder[], count: number, start: Date): Promise<MonthFleet> {
    const fleet = new MonthFleet(orgs, count, start);
    await Promise.all(fleet.instances.map((x) => x.ready()));
    await Promise.all(fleet.instances.map((x) => x.request('rest')));
    await fleet.refreshHolders();
    return fleet;
  }

  /** Every instance runs every organisation's scheduler at `to`. */
  async step(to: Date): Promise<void> {
    const replies = await Promise.all(this.instances.map((x) => x.request('step', { to: to.toISOString() })));
    this.nextDue = undefined;
    for (const r of replies) {
      this.sends += Number(r?.sends ?? 0);
      const due = r?.next ? new Date(String(r.next)) : undefined;
      if (due && (!this.nextDue || due < this.nextDue)) this.nextDue = due;
    }
  }

  /** Answers the messages at the instances holding their accounts; the time of each answer. */
  async chat(items: readonly ChatItem[]): Promise<number[]> {
    const answers: number[] = [];
    let left = [...items];
    for (let round = 0; left.length && round < 5; round++) {
      const byHolder = new Map<MonthInstance, ChatItem[]>();
      for (const item of left) {
        const x = this.holders.get(item.org);
        if (x) byHolder.set(x, [...(byHolder.get(x) ?? []), item]);
      }
      const replies = await Promise.all([...byHolder].map(([x, list]) => x.request('chat', { items: list })));
      left = left.filter((item) => !this.holders.get(item.org));
      for (const r of replies) {
        answers.push(...((r?.ms ?? []) as number[]));
        left.push(...((r?.notHeld ?? []) as ChatItem[]));
      }
      if (left.length) await this.refreshHolders();
    }
    if (left.length) throw new Error(`${left.length} chat messages found no instance holding their account`);
    return answers;
  }

  /**
   * Kills the first instance 100 ms into the step at `to` and restarts it once its accounts have
   * moved, then steps `to` again (the running bot's next tick). Returns how long the accounts
   * took to move, and how long the fleet was waiting (downtime, not work).
   */
  async killDuring(to: Date): Promise<{ movedMs: number; pausedMs: number }> {
    const victim = this.instances[0]!;
    const held = this.orgs.filter((o) => this.holders.get(o.id) === victim);
    const stepping = this.step(to);
    await sleep(100);
    const killedAt = performance.now();
    victim.child.kill('SIGKILL');
    await stepping;
    await waitForMove(held, victim.child.pid!);
    const movedMs = performance.now() - killedAt;
    this.instances[0] = this.spawn(0, []);
    await this.instances[0].ready();
    await this.instances[0].request('rest');
    const pausedMs = performance.now() - killedAt;
    await this.step(to);
    await this.refreshHolders();
    return { movedMs, pausedMs };
  }

  async stop(): Promise<void> {
    await Promise.all(this.instances.map((x) => x.request('stop')));
    await Promise.all(this.instances.map((x) => x.exited));
  }

  private spawn(i: number, primary: readonly string[]): MonthInstance {
    const log = join(this.logDir, `instance-${i}-${this.logs.length}.log`);
    this.logs.push(log);
    return new MonthInstance(this.orgs, primary, log, this.start);
  }

  private async refreshHolders(): Promise<void> {
    this.holders.clear();
    for (const x of this.instances) {
      for (const id of ((await x.request('held'))?.orgs ?? []) as string[]) this.holders.set(id, x);
    }
  }
}
