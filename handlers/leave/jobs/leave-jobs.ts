import type { Job } from '../../../scheduler/job.ts';
import { compExpiryReminderJob } from '../../overtime/jobs/comp-expiry-reminder-job.ts';
import { approvalNudgeJob } from './approval-nudge-job.ts';
import { hrDigestJob } from '../../leave-hr/hr-digest-job.ts';

/** The leave and overtime features' scheduled work, for the scheduler's registry. */
export function leaveJobs(): Job[] {
  return [approvalNudgeJob(), compExpiryReminderJob(), hrDigestJob()];
}
