import type { Org } from '../data/org/load-org.ts';
import { openDatabase, type Db } from '../data/db/open-database.ts';
import { BindingsRepo } from '../data/repos/bindings-repo.ts';
import { ConversationsRepo } from '../data/repos/conversations-repo.ts';
import { ProcessedMessagesRepo } from '../data/repos/processed-messages-repo.ts';
import { SettingsRepo } from '../data/repos/settings-repo.ts';
import type { Job } from '../scheduler/job.ts';
import { budgetedRoute } from '../scheduler/budgeted-route.ts';
import { pacedRoute } from '../scheduler/paced-route.ts';
import { Pacer, realPacerClock, type PaceSettings, type PacerClock } from '../scheduler/pacer.ts';
import { Scheduler } from '../scheduler/scheduler.ts';
import { SendBudget, type BudgetLimits } from '../scheduler/send-budget.ts';
import { SchedulerSwitch } from '../scheduler/scheduler-switch.ts';
import { createFeatures, features as allFeatures, type Features } from '../handlers/index.ts';
import type { Feature } from '../handlers/feature.ts';
import type { Answerer, LlmSettings } from '../bot/answerer.ts';
import type { Channel } from '../bot/channel.ts';
import type { Clock } from '../bot/clock.ts';
import { ConversationEngine } from '../bot/conversation/conversation-engine.ts';
import { Dispatcher } from '../bot/dispatcher.ts';
import { BindingService } from '../bot/identity/binding-service.ts';
import { IdentityResolver } from '../bot/identity/identity-resolver.ts';
import type { Logger } from '../bot/logger.ts';
import type { ChannelRoute } from '../bot/outbound/channel-route.ts';
import { Messenger } from '../bot/outbound/messenger.ts';
import { OrgStore } from '../bot/org-store.ts';
import { ExclusiveTurns } from '../data/repos/exclusive-turns.ts';
import { processOwner, type ProcessOwner } from '../scheduler/process-owner.ts';
import { AccountLease } from './instance/account-lease.ts';
import { DEFAULT_PACING } from '../bot/channels/wecom/recipient-pacer.ts';

export interface AppOptions {
  readonly orgDir: string;
  /** A loaded org (tests, to skip reading the folder again). */
  readonly org?: Org;
  readonly dbPath?: string;
  readonly db?: Db;
  readonly clock: Clock;
  readonly log: Logger;
  /** Builds the channel routes once the repositories exist (a WeChat route needs the bindings). */
  readonly routes: (parts: { bindings: BindingsRepo; store: OrgStore }) => ChannelRoute[];
  readonly answerer?: Answerer;
  readonly llm?: LlmSettings;
  /** The features, in the dispatcher's order; default: `handlers/index.ts`'s (a test may put its own first). */
  readonly features?: readonly Feature[];
  /** The scheduled jobs; default: the features' jobs. */
  readonly jobs?: readonly Job[];
  /** SCHEDULER_PAUSED, and the per-channel pace of scheduled sends (none: unpaced, as in tests and simulate). */
  readonly scheduling?: {
    readonly paused?: boolean;
    readonly pace?: PaceSettings;
    readonly pacerClock?: PacerClock;
    /**
     * The send budgets kept in the database, per channel (issue 15). Default: when `shared`, every
     * member within DEFAULT_PACING per minute and hour, and each channel within its `pace`; else none.
     */
    readonly budget?: (channel: string) => BudgetLimits | undefined;
  };
  /** WEB_BASE_URL: where 「登录后台」 links point; null when no console is served (see FeatureDeps). */
  readonly webBaseUrl?: string | null;
  /**
   * Ready to share the database with other instances (issue 15; `npm start` always is): the chat
   * accounts connect only while this instance holds their lease, only the holder delivers the
   * outbox, and each person's messages are handled one at a time across instances.
   */
  readonly shared?: {
    readonly leaseTtlMs?: number;
    readonly leaseEveryMs?: number;
    readonly owner?: ProcessOwner;
    /** The lease is taken and given up from outside (`AccountLease.driven`: the multi-organisation supervisor). */
    readonly drivenLease?: boolean;
  };
}

export interface App {
  readonly db: Db;
  readonly store: OrgStore;
  readonly dispatcher: Dispatcher;
  readonly messenger: Messenger;
  readonly bindings: BindingsRepo;
  readonly features: Features;
  readonly engine: ConversationEngine;
  readonly channels: readonly Channel[];
  /** Scheduled work: `main` ticks it every minute; `simulate` steps its clock through it. */
  readonly scheduler: Scheduler;
  /** The pause switch of scheduled sends (the web console's schedule page uses it too). */
  readonly schedulerSwitch: SchedulerSwitch;
  /** The chat accounts' lease, when shared (`options.shared`). */
  readonly lease?: AccountLease;
  /** Messages taken in from each channel since start (for /metrics). */
  readonly messages: ReadonlyMap<string, number>;
  /** Starts every channel, handing their messages to the dispatcher. */
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** Wires the concrete pieces together. The one place that knows them all (with `app/main.ts`). */
export async function createApp(options: AppOptions): Promise<App> {
  const { clock, log } = options;
  const db = options.db ?? (await openDatabase(options.dbPath ?? ':memory:'));
  const store = new OrgStore(options.orgDir, log, options.org);
  const bindings = new BindingsRepo(db);
  const pace = options.scheduling?.pace;
  const pacer = pace ? new Pacer(pace, options.scheduling?.pacerClock ?? realPacerClock) : undefined;
  const limits = options.scheduling?.budget ?? (options.shared ? sharedBudget(pace) : undefined);
  const budget = limits ? new SendBudget(db, limits, clock, log) : undefined;
  // Paced outside, counted inside: the budget is taken right before the send, in the minute it goes.
  const routes = options.routes({ bindings, store }).map((r) => {
    const counted = budget ? budgetedRoute(r, budget) : r;
    return pacer ? pacedRoute(counted, pacer) : counted;
  });
  const directory = () => store.org.directory;
  const messenger = new Messenger(routes, directory, log);
  const schedulerSwitch = new SchedulerSwitch(new SettingsRepo(db), options.scheduling?.paused ?? false);
  const list = options.features ?? allFeatures;
  const { answerer, llm, webBaseUrl } = options;
  const deps = { db, store, bindings, messenger, clock, log, answerer, llm, schedulerSwitch, webBaseUrl };
  const features = createFeatures(deps, list);
  const jobs = options.jobs ?? list.flatMap((f) => f.jobs);
  const org = () => store.org;
  const shared = options.shared;
  const owner = shared ? (shared.owner ?? processOwner()) : undefined;
  const channels = routes.map((r) => r.channel);
  const messages = new Map<string, number>();
  const startChannels = async () => {
    for (const c of channels) {
      await c.start((m) => {
        messages.set(m.channel, (messages.get(m.channel) ?? 0) + 1);
        return dispatcher.dispatch(m);
      });
    }
  };
  const stopChannels = async () => {
    for (const c of channels) await c.stop();
  };
  const lease =
    shared && owner
      ? new AccountLease({
          db,
          owner,
          log,
          onGained: startChannels,
          onLost: stopChannels,
          ttlMs: shared.leaseTtlMs,
          everyMs: shared.leaseEveryMs,
          driven: shared.drivenLease,
        })
      : undefined;
  const scheduler = new Scheduler({
    db,
    org,
    jobs,
    sender: messenger,
    clock,
    log,
    switch: schedulerSwitch,
    owner,
    mayDeliver: lease ? () => lease.held : undefined,
  });
  const engine = new ConversationEngine(new ConversationsRepo(db), features.flows);
  const dispatcher = new Dispatcher({
    handlers: features.handlers,
    engine,
    identity: new IdentityResolver(directory, routes),
    binding: new BindingService(db, () => store.org.info.binding),
    processed: new ProcessedMessagesRepo(db),
    messenger,
    clock,
    log,
    directory,
    org: () => ({ name: store.org.info.name, hrContact: store.org.info.hrContact, binding: store.org.info.binding }),
    turns: owner ? new ExclusiveTurns(db, owner.id) : undefined,
  });
  return {
    db,
    store,
    dispatcher,
    messenger,
    bindings,
    features,
    engine,
    channels,
    scheduler,
    schedulerSwitch,
    lease,
    messages,
    async start() {
      await (lease ? lease.start() : startChannels());
    },
    async stop() {
      await (lease ? lease.stop() : stopChannels());
      store.close();
      await db.destroy();
    },
  };
}

/** Every member within the margin below WeCom's limits, on any channel; each account within its pace. */
function sharedBudget(pace: PaceSettings | undefined): (channel: string) => BudgetLimits {
  return (channel) => ({
    perRecipientMinute: DEFAULT_PACING.perMinute,
    perRecipientHour: DEFAULT_PACING.perHour,
    perChannelMinute: pace?.perMinute(channel),
  });
}
