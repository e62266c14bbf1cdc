import { collectDefaultMetrics, Counter, Gauge, Registry } from 'prom-client';
import type { Db } from '../../data/db/open-database.ts';
import { OpsStatsRepo, type OpsStats } from '../../data/repos/ops-stats-repo.ts';

/** One organisation as operations see it: its own database and, in this instance, its lease and counts. */
export interface OpsOrg {
  /** The organisation's folder name: the `org` label. */
  readonly id: string;
  /** Absent when the organisation could not be served (its folder or database is broken: `problem`). */
  readonly db?: Db;
  /** Why the organisation is not served (ORGS_DIR: a broken folder does not stop the others). */
  readonly problem?: string;
  /** This instance's hold on the organisation's chat accounts (absent: not shared, always held). */
  readonly lease?: { readonly held: boolean };
  /** False: the organisation names no chat account, nothing connects and its sends wait in the outbox. */
  readonly hasAccounts?: boolean;
  /** Messages this instance has taken from each channel since it started. */
  readonly messages?: () => ReadonlyMap<string, number>;
}

export interface OrgHealth {
  readonly org: string;
  /** `not served`: the folder or database could not be opened (`problem` says why). */
  readonly database: 'ok' | 'unreachable' | 'not served';
  /**
   * `holder`: this instance has the chat accounts; `standby`: another has them, we wait to take over;
   * `none`: the organisation names no chat account (its sends wait in the outbox).
   */
  readonly accounts: 'holder' | 'standby' | 'none';
  readonly holder?: string;
  readonly problem?: string;
}

interface Snapshot {
  readonly at: number;
  readonly stats: ReadonlyMap<string, OpsStats | Error>;
}

interface Pending {
  readonly at: number;
  readonly stats: Promise<ReadonlyMap<string, OpsStats | Error>>;
}

/** A scrape runs every gauge's collect at once: they share one read of each database, for up to a second. */
const SNAPSHOT_MS = 1000;

/**
 * The Prometheus metrics of this instance, in a registry of its own (never prom-client's global
 * one: two apps in one process, as in the tests, would share and clash). Read at scrape time from
 * each organisation's database, so every instance reports the same outbox and leases; only the
 * message counts and the process figures are this instance's own.
 */
export class OpsMetrics {
  readonly registry = new Registry();
  private snapshot: Pending | undefined;

  constructor(
    private readonly orgs: () => readonly OpsOrg[],
    private readonly now: () => Date = () => new Date(),
  ) {
    collectDefaultMetrics({ register: this.registry, prefix: 'tonggong_' });
    const registers = [this.registry];
    const self = this;
    new Gauge({
      name: 'tonggong_up',
      help: 'Whether the organisation database answered (1) or not (0)',
      labelNames: ['org'],
      registers,
      async collect() {
        const { stats } = await self.read();
        this.reset();
        for (const [org, s] of stats) this.set({ org }, s instanceof Error ? 0 : 1);
      },
    });
    new Counter({
      name: 'tonggong_messages_handled_total',
      help: 'Chat messages this instance took in, by channel',
      labelNames: ['org', 'channel'],
      registers,
      collect() {
        this.reset();
        for (const o of self.orgs()) {
          for (const [channel, n] of o.messages?.() ?? []) this.inc({ org: o.id, channel }, n);
        }
      },
    });
    this.fromStats('tonggong_answers_declined', 'Questions the bot declined to answer (all instances)', [], (s) => [
      [{}, s.declined],
    ]);
    this.fromStats('tonggong_outbox_sends', 'Planned sends by status (all instances)', ['status'], (s) =>
      Object.entries(s.outbox).map(([status, n]) => [{ status }, n]),
    );
    this.fromStats('tonggong_outbox_depth', 'Pending sends that may go now', [], (s) => [[{}, s.due]]);
    this.fromStats('tonggong_outbox_oldest_due_seconds', 'Age of the oldest send that may go now', [], (s) => [
      [{}, s.oldestDueSeconds],
    ]);
    this.fromStats('tonggong_lease_held', 'Leases on chat accounts and their holders', ['lease', 'holder'], (s) =>
      s.leases.map((l) => [{ lease: l.name, holder: l.holder }, 1]),
    );
    new Gauge({
      name: 'tonggong_instance_holds_accounts',
      help: 'Whether this instance holds the organisation chat accounts (1) or stands by (0)',
      labelNames: ['org'],
      registers,
      collect() {
        this.reset();
        for (const o of self.orgs()) {
          const holds = o.db && o.hasAccounts !== false && !(o.lease && !o.lease.held);
          this.set({ org: o.id }, holds ? 1 : 0);
        }
      },
    });
  }

  /** The Prometheus text of every metric. */
  text(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  /** Each organisation's database and account lease, as /healthz reports them. */
  async health(): Promise<OrgHealth[]> {
    const { stats } = await this.read();
    return this.orgs().map((o) => {
      const s = stats.get(o.id);
      const holder = s && !(s instanceof Error) ? s.leases[0]?.holder : undefined;
      const accounts = o.hasAccounts === false ? 'none' : o.lease && !o.lease.held ? 'standby' : 'holder';
      return {
        org: o.id,
        database: !o.db ? 'not served' : !s || s instanceof Error ? 'unreachable' : 'ok',
        accounts,
        ...(holder ? { holder } : {}),
        ...(o.problem ? { problem: o.problem } : {}),
      };
    });
  }

  private fromStats(
    name: string,
    help: string,
    labels: readonly string[],
    values: (s: OpsStats) => [Record<string, string>, number][],
  ): void {
    const self = this;
    new Gauge({
      name,
      help,
      labelNames: ['org', ...labels],
      registers: [this.registry],
      async collect() {
        const { stats } = await self.read();
        this.reset();
        for (const [org, s] of stats) {
          if (s instanceof Error) continue;
          for (const [l, v] of values(s)) this.set({ org, ...l }, v);
        }
      },
    });
  }

  private read(): Promise<Snapshot> {
    const t = Date.now();
    if (!this.snapshot || t - this.snapshot.at >= SNAPSHOT_MS) this.snapshot = { at: t, stats: this.fresh() };
    return this.snapshot.stats.then((stats) => ({ at: t, stats }));
  }

  private async fresh(): Promise<ReadonlyMap<string, OpsStats | Error>> {
    const now = this.now();
    const entries = await Promise.all(
      this.orgs().map(async (o) => {
        try {
          if (!o.db) throw new Error(o.problem ?? 'not served');
          return [o.id, await new OpsStatsRepo(o.db).read(now)] as const;
        } catch (error) {
          return [o.id, error instanceof Error ? error : new Error(String(error))] as const;
        }
      }),
    );
    return new Map<string, OpsStats | Error>(entries);
  }
}
