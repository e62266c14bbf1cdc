import type { AnyFlow } from '../bot/conversation/flow.ts';
import type { Handler } from '../bot/handler.ts';
import { QuestionQueueRepo } from '../data/repos/question-queue-repo.ts';
import { SettingsRepo } from '../data/repos/settings-repo.ts';
import { SchedulerSwitch } from '../scheduler/scheduler-switch.ts';
import { adminFeature } from './admin/admin-feature.ts';
import { birthdayFeature } from './birthdays/birthday-feature.ts';
import type { Feature } from './feature.ts';
import type { FeatureDeps } from './feature-deps.ts';
import { helpFeature } from './help/help-feature.ts';
import { leaveFeature } from './leave/leave-feature.ts';
import { noticeFeature } from './notices/notice-feature.ts';
import { PolicyQa } from './policy-qa/policy-qa.ts';
import { policyQaFeature } from './policy-qa/policy-qa-feature.ts';
import { questionLoopFeature } from './qa-loop/question-loop-feature.ts';
import { QuestionLoop } from './qa-loop/question-loop.ts';
import { reminderFeature } from './reminders/reminder-feature.ts';
import { scheduledSendsFeature } from './scheduled-sends/scheduled-sends-feature.ts';
import { webLoginFeature } from './web-login/web-login-feature.ts';

const described: readonly Feature[] = [
  webLoginFeature,
  adminFeature,
  birthdayFeature,
  noticeFeature,
  scheduledSendsFeature,
  // Before leave: HR's 「回复问题 5 婚假三天…」 is an answer, not a leave request.
  questionLoopFeature,
  reminderFeature,
  leaveFeature,
  // The catch-all: whatever no feature above claimed is a policy question.
  policyQaFeature,
];

/** Every feature, in the order the dispatcher tries their handlers: 「帮助」 first, the Q&A last. */
export const features: readonly Feature[] = [helpFeature(described), ...described];

/** Every feature's scheduled jobs (the scheduler's, the `schedule` command's, the console's). */
export const featureJobs = () => features.flatMap((f) => f.jobs);

export interface Features {
  /** In the order the dispatcher tries them: specific commands first, the Q&A catch-all last. */
  readonly handlers: readonly Handler[];
  readonly flows: readonly AnyFlow[];
  /** The current policy Q&A, rebuilt when the organisation data is reloaded. */
  readonly qa: () => PolicyQa;
  /** The unanswered-questions queue (the Q&A's choices report a choice not picked to it). */
  readonly loop: QuestionLoop;
}

/** Wires the features (or `list`, e.g. with a test's own handler first) over the app's services. */
export function createFeatures(deps: FeatureDeps, list: readonly Feature[] = features): Features {
  let qa = PolicyQa.shared(deps.store.org);
  // Rebuilt off the hot path: questions meanwhile are answered by the previous index.
  deps.store.prepareOnReload(async (org) => {
    const next = await PolicyQa.buildPaused(org);
    return () => {
      qa = next;
    };
  });
  const directory = () => deps.store.org.directory;
  const feedbackMinutes = () => deps.store.org.info.questionLoop.feedbackMinutes;
  const loop = new QuestionLoop(new QuestionQueueRepo(deps.db), directory, feedbackMinutes, deps.log);
  const schedulerSwitch = deps.schedulerSwitch ?? new SchedulerSwitch(new SettingsRepo(deps.db));
  const wiring = { ...deps, schedulerSwitch, jobs: featureJobs(), qa: () => qa, loop };
  const wired = list.map((f) => f.wire(wiring));
  return {
    handlers: wired.flatMap((w) => w.handlers),
    flows: wired.flatMap((w) => w.flows ?? []),
    qa: () => qa,
    loop,
  };
}
