import type { Job } from '../../scheduler/job.ts';
import { deadlineReminderJob } from './deadline-reminder-job.ts';
import { leadSummaryJob } from './lead-summary-job.ts';

/** The reminders feature's scheduled work, for the scheduler's registry. */
export function reminderJobs(): Job[] {
  return [deadlineReminderJob(), leadSummaryJob()];
}
