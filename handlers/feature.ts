import type { AnyFlow } from '../bot/conversation/flow.ts';
import type { Handler } from '../bot/handler.ts';
import type { Job } from '../scheduler/job.ts';
import type { SchedulerSwitch } from '../scheduler/scheduler-switch.ts';
import type { FeatureDeps } from './feature-deps.ts';
import type { PolicyQa } from './policy-qa/policy-qa.ts';
import type { QuestionLoop } from './qa-loop/question-loop.ts';

/**
 * One line of 「帮助」. `rank` orders the lines across features, most asked-for first (the
 * features' own order is the dispatcher's, where the Q&A catch-all has to come last).
 */
export interface HelpLine {
  readonly rank: number;
  readonly text: string;
}

export interface FeatureHelp {
  /** What everyone reads. */
  readonly everyone?: readonly HelpLine[];
  /** HR's commands, one line per feature (read by HR only). */
  readonly hr?: HelpLine;
}

/** What wiring hands a feature: the app's services and the few that features share. */
export interface WiringDeps extends FeatureDeps {
  readonly schedulerSwitch: SchedulerSwitch;
  /** Every feature's jobs (HR's resume reply names the sends that were missed). */
  readonly jobs: readonly Job[];
  /** The current policy Q&A, rebuilt when the organisation data is reloaded. */
  readonly qa: () => PolicyQa;
  /** The unanswered-questions queue: the Q&A fills it, HR's queue commands empty it. */
  readonly loop: QuestionLoop;
}

export interface WiredFeature {
  /** In the order the dispatcher tries them. */
  readonly handlers: readonly Handler[];
  readonly flows?: readonly AnyFlow[];
}

/**
 * The one shape of a feature (`handlers/<feature>/<feature>-feature.ts`), listed in order in
 * `handlers/index.ts`. Its jobs and help are declarations, read without wiring anything (the
 * `schedule` command, the web console's schedule page); `wire` builds its handlers and flows
 * over the app's services once, in `createApp`.
 */
export interface Feature {
  readonly name: string;
  readonly help: FeatureHelp;
  /** Scheduled work (`handlers/<feature>/jobs/`). Job names key the outbox: never rename one that has run. */
  readonly jobs: readonly Job[];
  wire(deps: WiringDeps): WiredFeature;
}
