import { birthdayJobs } from '../handlers/birthdays/birthday-jobs.ts';
import { leaveJobs } from '../handlers/leave/jobs/leave-jobs.ts';
import { noticeJob } from '../handlers/notices/notice-job.ts';
import { questionDigestJob } from '../handlers/qa-loop/question-digest-job.ts';
import { reminderJobs } from '../handlers/reminders/reminder-jobs.ts';
import type { Job } from './job.ts';

/**
 * Every scheduled job, like `handlers/index.ts` for handlers: an explicit list, no directory
 * scanning. A feature exports a function returning its jobs and adds one line here.
 * Job names are the first part of the outbox's send key: never rename a job that has run.
 */
export function schedulerJobs(): Job[] {
  return [
    ...reminderJobs(),
    ...birthdayJobs(),
    ...leaveJobs(),
    noticeJob(),
    questionDigestJob(),
  ];
}
