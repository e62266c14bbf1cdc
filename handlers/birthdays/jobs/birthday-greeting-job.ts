import { localDate, shanghaiDate } from '../../../data/time/index.ts';
import { BirthdayPrefsRepo } from '../../../data/repos/birthday-prefs-repo.ts';
import type { Job, PlannedSend } from '../../../scheduler/job.ts';
import { occurrencesOnDays } from '../../../scheduler/occurrences-on-days.ts';
import { celebratedOn, celebrationsBetween } from '../celebrations.ts';
import { birthdayText } from '../messages.ts';

export const BIRTHDAY_GREETING_TIME = '09:00';

/**
 * 09:00 on each birthday (DOMAIN §7, "每日同工生日祝贺"): a private greeting for each person,
 * and one group message naming everyone of the day who allows public greetings. An
 * occurrence is a Shanghai day; it is stale at midnight, since a late greeting is no greeting.
 */
export function birthdayGreetingJob(): Job {
  return {
    name: 'birthday-greetings',
    title: '生日祝福',

    async occurrences(from, to, env) {
      const days = celebrationsBetween(env.org.directory.all, shanghaiDate(from), shanghaiDate(to)).map((c) => c.date);
      return occurrencesOnDays(days, BIRTHDAY_GREETING_TIME, '24:00', from, to);
    },

    // Decided when it runs, so an opt-out sent the evening before still counts.
    async sends(occurrence, env) {
      const people = celebratedOn(env.org.directory.all, localDate(occurrence.key));
      if (!people.length) return [];
      const prefs = await new BirthdayPrefsRepo(env.db).all();
      const publicNames = people.filter((p) => prefs.get(p.id) ?? p.greetPublicly).map((p) => p.name);
      const sends: PlannedSend[] = [];
      const room = env.org.info.staffGroup.id;
      if (publicNames.length)
        sends.push({ recipientKey: room, to: { room }, message: birthdayText.groupGreeting(publicNames) });
      for (const p of people) {
        sends.push({
          recipientKey: p.id,
          to: { staffId: p.id },
          message: birthdayText.privateGreeting(p.name, env.org.info.shortName),
        });
      }
      return sends;
    },
  };
}
