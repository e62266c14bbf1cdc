import type { Answerer, LlmSettings } from '../bot/answerer.ts';
import type { Clock } from '../bot/clock.ts';
import type { Logger } from '../bot/logger.ts';
import type { Messenger } from '../bot/outbound/messenger.ts';
import type { OrgStore } from '../bot/org-store.ts';
import type { Db } from '../data/db/open-database.ts';
import type { BindingsRepo } from '../data/repos/bindings-repo.ts';
import type { SchedulerSwitch } from '../scheduler/scheduler-switch.ts';

/** What the composition root hands every feature when building its handlers and flows. */
export interface FeatureDeps {
  readonly db: Db;
  readonly store: OrgStore;
  readonly bindings: BindingsRepo;
  readonly messenger: Messenger;
  readonly clock: Clock;
  readonly log: Logger;
  readonly answerer?: Answerer;
  /** LLM_TIMEOUT_MS and LLM_CALLS_PER_HOUR (defaults when absent). */
  readonly llm?: LlmSettings;
  /** The pause switch of scheduled sends (SCHEDULER_PAUSED + HR's command); built from settings when absent. */
  readonly schedulerSwitch?: SchedulerSwitch;
  /**
   * Where the web console is reached (WEB_BASE_URL): the start of 「登录后台」 links. null: this
   * process serves no console (WEB_ENABLED=false, or ORGS_DIR), so no link is handed out.
   */
  readonly webBaseUrl?: string | null;
}
