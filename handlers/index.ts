import type { AnyFlow } from '../bot/conversation/flow.ts';
import type { Handler } from '../bot/handler.ts';
import { DEFAULT_LLM_SETTINGS } from '../bot/answerer.ts';
import { adminHandlers } from './admin/admin-handlers.ts';
import { birthdayHandlers } from './birthdays/birthday-handlers.ts';
import { BirthdayPrefsRepo } from '../data/repos/birthday-prefs-repo.ts';
import type { FeatureDeps } from './feature-deps.ts';
import { helpHandler } from './help/help-handler.ts';
import { leaveFeature } from './leave/leave-feature.ts';
import { NoticeRepo } from '../data/repos/notice-repo.ts';
import { noticeComposeFlow } from './notices/notice-compose-flow.ts';
import { noticeHandlers } from './notices/notice-handlers.ts';
import { chooseSectionFlow } from './policy-qa/choose-section-flow.ts';
import { forwardToHrFlow } from './policy-qa/forward-to-hr-flow.ts';
import { PolicyQa } from './policy-qa/policy-qa.ts';
import { policyQaHandler } from './policy-qa/policy-qa-handler.ts';
import { QuestionLoop } from './qa-loop/question-loop.ts';
import { questionLoopHandlers } from './qa-loop/question-loop-handlers.ts';
import { QuestionQueueRepo } from '../data/repos/question-queue-repo.ts';
import { DeadlineAcksRepo } from '../data/repos/deadline-acks-repo.ts';
import { OutboxRepo } from '../data/repos/outbox-repo.ts';
import { SettingsRepo } from '../data/repos/settings-repo.ts';
import { schedulerJobs } from './scheduled-jobs.ts';
import { SchedulerSwitch } from '../scheduler/scheduler-switch.ts';
import { pauseHandlers } from './reminders/pause-handlers.ts';
import { reminderFeature } from './reminders/reminder-handlers.ts';
import { tellHrReloadRefused } from './admin/tell-hr-reload-refused.ts';
import { WebAuthRepo } from '../data/repos/web-auth-repo.ts';
import { webLoginHandler } from './web-login/web-login-handler.ts';

export interface Features {
  /** In the order the dispatcher tries them: specific commands first, the Q&A catch-all last. */
  readonly handlers: readonly Handler[];
  readonly flows: readonly AnyFlow[];
  /** The current policy Q&A, rebuilt when the organisation data is reloaded. */
  readonly qa: () => PolicyQa;
  /** The unanswered-questions queue (the Q&A's choices report a choice not picked to it). */
  readonly loop: QuestionLoop;
}

export function createFeatures(deps: FeatureDeps): Features {
  let qa = PolicyQa.shared(deps.store.org);
  // Rebuilt off the hot path: questions meanwhile are answered by the previous index.
  deps.store.prepareOnReload(async (org) => {
    const next = await PolicyQa.buildPaused(org);
    return () => {
      qa = next;
    };
  });
  deps.store.onReloadFailed((problems) => tellHrReloadRefused(deps, problems));
  const directory = () => deps.store.org.directory;
  const forwardFlow = forwardToHrFlow(directory, () => deps.store.org.info.hrContact);
  const feedbackMinutes = () => deps.store.org.info.questionLoop.feedbackMinutes;
  const loop = new QuestionLoop(new QuestionQueueRepo(deps.db), directory, feedbackMinutes, deps.log);
  const choiceFlow = chooseSectionFlow(() => qa, (staffId, question, now) => loop.choiceNotPicked(staffId, question, now));
  const notices = new NoticeRepo(deps.db);
  const noticeFlow = noticeComposeFlow({ notices, directory, calendar: () => deps.store.org.calendar });
  const reminders = reminderFeature({ acks: new DeadlineAcksRepo(deps.db), store: deps.store });
  const schedulerSwitch = deps.schedulerSwitch ?? new SchedulerSwitch(new SettingsRepo(deps.db));

  const leave = leaveFeature(deps);
  const outbox = new OutboxRepo(deps.db);

  const handlers: Handler[] = [
    helpHandler(),
    webLoginHandler({ auth: new WebAuthRepo(deps.db), baseUrl: deps.webBaseUrl ?? 'http://127.0.0.1:3000' }),
    ...adminHandlers({ db: deps.db, bindings: deps.bindings, store: deps.store }),
    ...birthdayHandlers({ prefs: new BirthdayPrefsRepo(deps.db), directory }),
    ...noticeHandlers({ notices, outbox, switch: schedulerSwitch, directory, composeFlow: noticeFlow }),
    ...pauseHandlers({ switch: schedulerSwitch, outbox, jobs: schedulerJobs }),
    // Before leave: HR's 「回复问题 5 婚假三天…」 is an answer, not a leave request.
    ...questionLoopHandlers({ loop, store: deps.store }),
    ...reminders.handlers,
    ...leave.handlers,
    policyQaHandler({ qa: () => qa, forwardFlow, choiceFlow, answerer: deps.answerer, llm: deps.llm ?? DEFAULT_LLM_SETTINGS, directory, loop }),
  ];
  return { handlers, flows: [forwardFlow, choiceFlow, noticeFlow, ...reminders.flows, ...leave.flows], qa: () => qa, loop };
}
