import { DeadlineAcksRepo } from '../../data/repos/deadline-acks-repo.ts';
import type { Feature } from '../feature.ts';
import { deadlineReminderJob } from './jobs/deadline-reminder-job.ts';
import { leadSummaryJob } from './jobs/lead-summary-job.ts';
import { reminderHandlers } from './reminder-handlers.ts';

/** Deadline reminders (monthly reports, archives); staff answer 「已交」, HR and leads ask progress. */
export const reminderFeature: Feature = {
  name: 'reminders',
  help: {
    everyone: [{ rank: 30, text: '✅ 交了材料回「已交」' }],
    hr: { rank: 20, text: '月报进度' },
  },
  jobs: [deadlineReminderJob(), leadSummaryJob()],
  wire: (deps) => reminderHandlers({ acks: new DeadlineAcksRepo(deps.db), store: deps.store }),
};
