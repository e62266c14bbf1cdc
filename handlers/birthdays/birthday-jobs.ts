import type { Job } from '../../scheduler/job.ts';
import { birthdayGreetingJob } from './birthday-greeting-job.ts';
import { quarterlyBirthdayListJob } from './quarterly-birthday-list-job.ts';

/** The birthday feature's scheduled work, for the scheduler's registry. */
export function birthdayJobs(): Job[] {
  return [birthdayGreetingJob(), quarterlyBirthdayListJob()];
}
