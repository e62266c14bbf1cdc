import type { Answerer, LlmSettings } from '../../bot/answerer.ts';
import type { Clock } from '../../bot/clock.ts';
import type { Logger } from '../../bot/logger.ts';
import type { OrgFolder } from '../../data/db/org-database.ts';
import { loadOrg, type Org } from '../../data/org/load-org.ts';
import type { PaceSettings } from '../../scheduler/pacer.ts';
import type { ProcessOwner } from '../../scheduler/process-owner.ts';
import { startMinuteTicker, type Tickable } from '../../scheduler/minute-ticker.ts';
import { createApp, type App } from '../app.ts';
import type { ChatRoutes } from './chat-routes.ts';

/** One organisation of ORGS_DIR, served by this process. */
export interface OrgRuntime {
  readonly folder: OrgFolder;
  readonly app: App;
  /** The channels its accounts connect (`wecom`, `wechaty`); empty: none named, its sends wait in the outbox. */
  readonly channels: readonly string[];
  stop(): Promise<void>;
}

/** The routes of a folder's chat accounts: `npm start` reads org.json's `accounts`; tests give memory channels. */
export type OrgRoutes = (folder: OrgFolder, org: Org) => Promise<{ channels: readonly string[]; routes: ChatRoutes }>;

export interface OrgRuntimeSettings {
  readonly clock: Clock;
  readonly log: Logger;
  readonly owner: ProcessOwner;
  readonly routes: OrgRoutes;
  readonly answerer?: Answerer;
  readonly llm?: LlmSettings;
  readonly scheduling?: { readonly paused?: boolean; readonly pace?: PaceSettings };
  readonly webBaseUrl?: string | null;
  readonly leaseTtlMs?: number;
  /** Runs the organisation's scheduler; default: every minute (tests pass one that does nothing). */
  readonly ticker?: (target: Tickable, clock: Clock, log: Logger) => () => Promise<void>;
}

/**
 * Starts one organisation folder: its own app on its own database (`folder.database`), its own
 * scheduler ticks and its channels, which connect only when the supervisor hands it the account
 * lease. A broken folder or database throws here and stops only this organisation.
 */
export async function startOrg(folder: OrgFolder, settings: OrgRuntimeSettings): Promise<OrgRuntime> {
  const org = loadOrg(folder.dir);
  const { channels, routes } = await settings.routes(folder, org);
  const log = settings.log.child({ org: folder.id });
  const { clock, answerer, llm, scheduling, webBaseUrl } = settings;
  const app = await createApp({
    orgDir: folder.dir,
    org,
    dbPath: folder.database,
    clock,
    log,
    answerer,
    llm,
    scheduling,
    webBaseUrl,
    routes,
    shared: { owner: settings.owner, drivenLease: true, leaseTtlMs: settings.leaseTtlMs },
  });
  app.store.watch();
  await app.start();
  const stopTicker = (settings.ticker ?? startMinuteTicker)(app.scheduler, clock, log);
  return {
    folder,
    app,
    channels,
    async stop() {
      await stopTicker();
      await app.stop();
    },
  };
}
