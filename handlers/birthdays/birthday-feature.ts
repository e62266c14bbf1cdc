import { BirthdayPrefsRepo } from '../../data/repos/birthday-prefs-repo.ts';
import type { Feature } from '../feature.ts';
import { birthdayHandlers } from './birthday-handlers.ts';
import { birthdayGreetingJob } from './jobs/birthday-greeting-job.ts';
import { quarterlyBirthdayListJob } from './jobs/quarterly-birthday-list-job.ts';

/** Birthday greetings in the staff group (unless declined) and HR's quarterly list. */
export const birthdayFeature: Feature = {
  name: 'birthdays',
  help: {
    everyone: [{ rank: 40, text: '🎂 生日不想在同工群里公开祝福：回复「不要公开祝福」' }],
    hr: { rank: 40, text: '本季度生日' },
  },
  jobs: [birthdayGreetingJob(), quarterlyBirthdayListJob()],
  wire: (deps) => ({
    handlers: birthdayHandlers({ prefs: new BirthdayPrefsRepo(deps.db), directory: () => deps.store.org.directory }),
  }),
};
