import type { Logger } from '../../bot/logger.ts';
import { listOrgFolders, type OrgFolder } from '../../data/db/org-database.ts';
import { openDatabase, type Db } from '../../data/db/open-database.ts';
import type { ProcessOwner } from '../../scheduler/process-owner.ts';
import type { OpsOrg } from '../../web/ops/ops-metrics.ts';
import { AccountBalancer } from './account-balancer.ts';
import { ACCOUNT_LEASE_EVERY_MS, ACCOUNT_LEASE_TTL_MS } from './account-lease.ts';
import { InstanceHeartbeat } from './instance-heartbeat.ts';
import type { OrgRuntime } from './start-org.ts';
import { basename } from 'node:path';
import { OrgLoadError } from '../../data/org/load-org.ts';
import { ConfigError, type ConfigProblem } from '../../data/errors.ts';

export interface OrgSupervisorOptions {
  readonly orgsDir: string;
  /** The deployment's database (DATABASE_URL or TONGGONG_DB): the organisations' lie beside it. */
  readonly base: string;
  readonly owner: ProcessOwner;
  readonly log: Logger;
  /** Starts one folder (`startOrg` with the deployment's settings). */
  readonly start: (folder: OrgFolder) => Promise<OrgRuntime>;
  /** How often ORGS_DIR is read again for added and removed folders. */
  readonly rescanMs?: number;
  /** How often the account leases are renewed and spread (and the instance heartbeat). */
  readonly leaseEveryMs?: number;
  readonly leaseTtlMs?: number;
}

export const RESCAN_MS = 30_000;

/** A folder that could not be started: retried at every scan, logged when its problem changes. */
interface Broken {
  readonly id: string;
  readonly problem: string;
}

/**
 * `npm start` with ORGS_DIR: every organisation folder served by one process, each its own app on
 * its own database. ORGS_DIR is read again every RESCAN_MS: a new folder starts, a removed one stops
 * (its account lease given back), a broken one is reported (log, /healthz) and tried again, never
 * stopping the others. The accounts are spread over the instances by `AccountBalancer`.
 */
export class OrgSupervisor {
  private readonly running = new Map<string, OrgRuntime>();
  private readonly broken = new Map<string, Broken>();
  private readonly timers: NodeJS.Timeout[] = [];
  /** Scans one at a time, lease steps one at a time, apart: starting many folders never delays a renewal. */
  private readonly work = { scan: Promise.resolve(), balance: Promise.resolve() };
  private base: Db | undefined;
  private heartbeat: InstanceHeartbeat | undefined;
  private readonly balancer: AccountBalancer;
  private stopped = false;

  constructor(private readonly options: OrgSupervisorOptions) {
    this.balancer = new AccountBalancer(
      () =>
        [...this.running.values()]
          .filter((r) => r.channels.length > 0 && r.app.lease)
          .map((r) => ({ id: r.folder.id, lease: r.app.lease! })),
      () => this.heartbeat?.beat() ?? Promise.resolve(1),
      options.log,
    );
  }

  /** Reads ORGS_DIR (a missing folder or two folders sharing data stop start-up), starts each, spreads the accounts. */
  async start(): Promise<void> {
    const { options } = this;
    listOrgFolders(options.orgsDir, options.base);
    this.base = await openDatabase(options.base);
    this.heartbeat = new InstanceHeartbeat(this.base, options.owner, options.leaseTtlMs ?? ACCOUNT_LEASE_TTL_MS);
    await this.scan();
    await this.balance();
    const every = (ms: number, kind: keyof typeof this.work, fn: () => Promise<void>) => {
      const timer = setInterval(() => void this.queue(kind, fn), ms);
      timer.unref();
      this.timers.push(timer);
    };
    every(options.rescanMs ?? RESCAN_MS, 'scan', () => this.scan());
    every(options.leaseEveryMs ?? ACCOUNT_LEASE_EVERY_MS, 'balance', () => this.balance());
  }

  /**
   * Stops the heartbeat, then every organisation (each gives its account lease back): the others
   * count one instance fewer first, so they take the organisations as they are given back.
   */
  async stop(): Promise<void> {
    this.stopped = true;
    for (const t of this.timers) clearInterval(t);
    await Promise.all([this.work.scan, this.work.balance]);
    await this.heartbeat?.stop();
    for (const id of [...this.running.keys()]) await this.stopOrg(id);
    await this.base?.destroy();
  }

  /** The organisations served, by folder name. */
  get orgs(): ReadonlyMap<string, OrgRuntime> {
    return this.running;
  }

  /** Every folder for /healthz and /metrics: those served, and those that could not be, with why. */
  opsOrgs(): OpsOrg[] {
    const served: OpsOrg[] = [...this.running.values()].map(({ folder, app, channels }) => ({
      id: folder.id,
      db: app.db,
      lease: app.lease,
      hasAccounts: channels.length > 0,
      messages: () => app.messages,
    }));
    const failed: OpsOrg[] = [...this.broken.values()].map((b) => ({ ...b, hasAccounts: false }));
    return [...served, ...failed].sort((a, b) => a.id.localeCompare(b.id));
  }

  /**
   * A lease step may meet an organisation a scan is stopping: its lease is stopped first (a step
   * then does nothing) and a database closed under a step is a failed renewal, logged and retried.
   */
  private queue(kind: keyof typeof this.work, fn: () => Promise<void>): Promise<void> {
    this.work[kind] = this.work[kind]
      .then(() => (this.stopped ? undefined : fn()))
      .catch((error) => this.options.log.error({ err: error }, `organisation supervisor ${kind} failed`));
    return this.work[kind];
  }

  private async balance(): Promise<void> {
    await this.balancer.step();
  }

  private async scan(): Promise<void> {
    let folders: OrgFolder[];
    try {
      folders = listOrgFolders(this.options.orgsDir, this.options.base);
    } catch (error) {
      this.options.log.error({ err: error }, 'cannot read ORGS_DIR: the organisations served stay as they are');
      return;
    }
    const ids = new Set(folders.map((f) => f.id));
    for (const id of [...this.running.keys()]) {
      if (ids.has(id)) continue;
      this.options.log.info({ org: id }, 'organisation folder removed: stopping it');
      await this.stopOrg(id);
    }
    for (const id of [...this.broken.keys()]) if (!ids.has(id)) this.broken.delete(id);
    for (const folder of folders) if (!this.running.has(folder.id)) await this.startOrg(folder);
  }

  private async startOrg(folder: OrgFolder): Promise<void> {
    try {
      this.running.set(folder.id, await this.options.start(folder));
      this.broken.delete(folder.id);
      this.options.log.info({ org: folder.id }, 'organisation started');
    } catch (error) {
      const problem = shortProblem(error);
      if (this.broken.get(folder.id)?.problem !== problem) {
        const detail = error instanceof Error ? error.message : String(error);
        this.options.log.error({ org: folder.id, problem: detail }, 'organisation not served: fix it (tried again)');
      }
      this.broken.set(folder.id, { id: folder.id, problem });
    }
  }

  private async stopOrg(id: string): Promise<void> {
    const runtime = this.running.get(id);
    this.running.delete(id);
    try {
      await runtime?.stop();
    } catch (error) {
      this.options.log.warn({ err: error, org: id }, 'organisation did not stop cleanly');
    }
  }
}

/**
 * What /healthz (open to anyone who reaches the port) says of a folder that cannot be served: the
 * files at fault, never their rows' values; the log has the whole message.
 */
function shortProblem(error: unknown): string {
  if (error instanceof OrgLoadError)
    return `organisation data: ${error.errors.map((e) => basename(e.file)).join(', ')}`;
  if (error instanceof ConfigError) {
    const where = (p: ConfigProblem) => [p.row, p.field].filter((w) => w !== undefined).join('.');
    return `${basename(error.file)}: ${error.problems.map((p) => `${where(p)} ${p.message}`).join('; ')}`;
  }
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 200);
}
