import { birthdayJobs } from './birthdays/birthday-jobs.ts';
import { leaveJobs } from './leave/jobs/leave-jobs.ts';
import { noticeJob } from './notices/notice-job.ts';
import { questionDigestJob } from './qa-loop/question-digest-job.ts';
import { reminderJobs } from './reminders/reminder-jobs.ts';
import type { Job } from '../scheduler/job.ts';

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
