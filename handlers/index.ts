import type { AnyFlow } from '../bot/conversation/flow.ts';
import type { Handler } from '../bot/handler.ts';
import { adminHandlers } from './admin/admin-handlers.ts';
import { birthdayHandlers } from './birthdays/birthday-handlers.ts';
import { BirthdayPrefsRepo } from '../data/repos/birthday-prefs-repo.ts';
import type { FeatureDeps } from './feature-deps.ts';
import { helpHandler } from './help/help-handler.ts';
import { leaveFeature } from './leave/leave-feature.ts';
import { NoticeRepo } from '../data/repos/notice-repo.ts';
import { noticeComposeFlow } from './notices/notice-compose-flow.ts';
import { noticeHandlers } from './notices/notice-handlers.ts';
import { forwardToHrFlow } from './policy-qa/forward-to-hr-flow.ts';
import { PolicyQa } from './policy-qa/policy-qa.ts';
import { policyQaHandler } from './policy-qa/policy-qa-handler.ts';
import { DeadlineAcksRepo } from '../data/repos/deadline-acks-repo.ts';
import { OutboxRepo } from '../data/repos/outbox-repo.ts';
import { SettingsRepo } from '../data/repos/settings-repo.ts';
import { SchedulerSwitch } from '../scheduler/scheduler-switch.ts';
import { pauseHandlers } from './reminders/pause-handlers.ts';
import { reminderFeature } from './reminders/reminder-handlers.ts';
import { WebAuthRepo } from '../data/repos/web-auth-repo.ts';
import { webLoginHandler } from './web-login/web-login-handler.ts';

export interface Features {
  /** In the order the dispatcher tries them: specific commands first, the Q&A catch-all last. */
  readonly handlers: readonly Handler[];
  readonly flows: readonly AnyFlow[];
  /** The current policy Q&A, rebuilt when the organisation data is reloaded. */
  readonly qa: () => PolicyQa;
}

export function createFeatures(deps: FeatureDeps): Features {
  let qa = new PolicyQa(deps.store.org);
  deps.store.onReload((org) => {
    qa = new PolicyQa(org);
  });
  const directory = () => deps.store.org.directory;
  const forwardFlow = forwardToHrFlow(directory, () => deps.store.org.info.hrContact);
  const notices = new NoticeRepo(deps.db);
  const noticeFlow = noticeComposeFlow({ notices, directory });
  const reminders = reminderFeature({ acks: new DeadlineAcksRepo(deps.db), store: deps.store });
  const schedulerSwitch = deps.schedulerSwitch ?? new SchedulerSwitch(new SettingsRepo(deps.db));

  const leave = leaveFeature(deps);

  const handlers: Handler[] = [
    helpHandler(),
    webLoginHandler({ auth: new WebAuthRepo(deps.db), baseUrl: deps.webBaseUrl ?? 'http://127.0.0.1:3000' }),
    ...adminHandlers({ bindings: deps.bindings, store: deps.store }),
    ...birthdayHandlers({ prefs: new BirthdayPrefsRepo(deps.db), directory }),
    ...noticeHandlers({ notices, directory, composeFlow: noticeFlow }),
    ...pauseHandlers({ switch: schedulerSwitch, outbox: new OutboxRepo(deps.db) }),
    ...reminders.handlers,
    ...leave.handlers,
    policyQaHandler({ qa: () => qa, forwardFlow, answerer: deps.answerer, directory }),
  ];
  return { handlers, flows: [forwardFlow, noticeFlow, ...reminders.flows, ...leave.flows], qa: () => qa };
}
