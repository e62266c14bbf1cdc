import { localDate, shanghaiDate, type LocalDate } from '../../bot/time/index.ts';
import { DeadlineAcksRepo, deadlineKey } from '../../data/repos/deadline-acks-repo.ts';
import type { Job, JobEnv, PlannedSend } from '../../scheduler/job.ts';
import { occurrencesOnDays } from '../../scheduler/occurrences-on-days.ts';
import { audienceOf } from './audience.ts';
import { instancesBetween, type DeadlineInstance } from './deadline-instances.ts';
import { reminderText } from './messages.ts';

/**
 * The deadline reminders of DOMAIN §6. An occurrence is a working day with at least one
 * reminder, at `sendTime`; each person gets one message naming everything they still have to
 * hand in (so three deadlines on 31 December are one message, not three). Who is reminded is
 * decided when it runs: whoever has answered "已交" is left out.
 */
export function deadlineReminderJob(): Job {
  return {
    name: 'deadline-reminders',
    title: '交材料提醒',

    async occurrences(from, to, env) {
      const config = env.org.reminders;
      const days = new Set<LocalDate>();
      for (const i of instancesBetween(config, env.calendar, shanghaiDate(from), shanghaiDate(to))) for (const d of i.reminderDates) days.add(d);
      return occurrencesOnDays(days, config.sendTime, config.sendUntil, from, to);
    },

    async sends(occurrence, env) {
      const day = localDate(occurrence.key);
      const items = remindedOn(day, env);
      if (!items.length) return [];
      const acked = await new DeadlineAcksRepo(env.db).ackedFor(items.map((i) => ({ deadlineId: i.deadline.id, period: i.period })));
      const perPerson = new Map<string, DeadlineInstance[]>();
      for (const i of items) {
        const done = acked.get(deadlineKey({ deadlineId: i.deadline.id, period: i.period }));
        for (const person of audienceOf(i, env.org.directory)) {
          if (done?.has(person.id)) continue;
          perPerson.set(person.id, [...(perPerson.get(person.id) ?? []), i]);
        }
      }
      const sends: PlannedSend[] = [];
      for (const [staffId, due] of perPerson) sends.push({ recipientKey: staffId, to: { staffId }, message: reminderText.reminder(due, day) });
      return sends;
    },
  };
}

/** The instances with a reminder on `day`, earliest deadline first. */
export function remindedOn(day: LocalDate, env: JobEnv): DeadlineInstance[] {
  return instancesBetween(env.org.reminders, env.calendar, day, day).filter((i) => i.reminderDates.includes(day));
}
