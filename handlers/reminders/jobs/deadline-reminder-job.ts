import { addDays, localDate, shanghaiDate, type LocalDate } from '../../../data/time/index.ts';
import { DeadlineAcksRepo, deadlineKey } from '../../../data/repos/deadline-acks-repo.ts';
import type { Job, PlannedSend } from '../../../scheduler/job.ts';
import { occurrencesOnDays } from '../../../scheduler/occurrences-on-days.ts';
import { audienceOf } from '../audience.ts';
import { AwayOnLeave } from '../away-on-leave.ts';
import { instancesBetween, type DeadlineInstance } from '../deadline-instances.ts';
import { reminderText } from '../messages.ts';

/** How far back a missed reminder is looked for: reminders reach at most a month before a deadline. */
const LOOK_BACK_DAYS = 60;

/**
 * The deadline reminders of DOMAIN §6. An occurrence is a working day with at least one
 * reminder, or the day someone comes back from leave that swallowed one; each person gets one
 * message naming everything they still have to hand in (so three deadlines on 31 December are
 * one message, not three). Who is reminded is decided when it runs: whoever has answered "已交"
 * is left out, and so is whoever is away on approved leave that day — they are reminded on
 * their first working day back instead, while the item is still open (closesOn).
 */
export function deadlineReminderJob(): Job {
  return {
    name: 'deadline-reminders',
    title: '交材料提醒',

    async occurrences(from, to, env) {
      const config = env.org.reminders;
      const first = shanghaiDate(from);
      const last = shanghaiDate(to);
      const days = new Set<LocalDate>();
      const instances = instancesBetween(config, env.calendar, addDays(first, -LOOK_BACK_DAYS), last);
      for (const i of instances) for (const d of i.reminderDates) if (d >= first && d <= last) days.add(d);
      const away = await AwayOnLeave.load(env.db, addDays(first, -LOOK_BACK_DAYS), addDays(last, LOOK_BACK_DAYS));
      for (const i of instances) {
        for (const d of i.reminderDates) {
          for (const person of audienceOf(i, env.org.directory)) {
            if (!away.isAway(person.id, d)) continue;
            const back = away.firstDayBack(person.id, d, env.calendar);
            if (back >= first && back <= last && back <= i.closesOn) days.add(back);
          }
        }
      }
      return occurrencesOnDays(days, config.sendTime, config.sendUntil, from, to);
    },

    async sends(occurrence, env) {
      const day = localDate(occurrence.key);
      const instances = instancesBetween(env.org.reminders, env.calendar, addDays(day, -LOOK_BACK_DAYS), day);
      const away = await AwayOnLeave.load(env.db, addDays(day, -LOOK_BACK_DAYS), addDays(day, LOOK_BACK_DAYS));
      const refs = instances.map((i) => ({ deadlineId: i.deadline.id, period: i.period }));
      const acked = await new DeadlineAcksRepo(env.db).ackedFor(refs);
      const perPerson = new Map<string, DeadlineInstance[]>();
      for (const i of instances) {
        const done = acked.get(deadlineKey({ deadlineId: i.deadline.id, period: i.period }));
        const today = i.reminderDates.includes(day);
        const missed = i.reminderDates.filter((d) => d < day);
        if (!today && (!missed.length || day > i.closesOn)) continue;
        for (const person of audienceOf(i, env.org.directory)) {
          if (done?.has(person.id) || away.isAway(person.id, day)) continue;
          // Not a reminder day: only someone whose reminder fell while away, and who is back today.
          const backToday = (d: LocalDate) =>
            away.isAway(person.id, d) && away.firstDayBack(person.id, d, env.calendar) === day;
          if (!today && !missed.some(backToday)) continue;
          perPerson.set(person.id, [...(perPerson.get(person.id) ?? []), i]);
        }
      }
      const sends: PlannedSend[] = [];
      for (const [staffId, due] of perPerson)
        sends.push({ recipientKey: staffId, to: { staffId }, message: reminderText.reminder(due, day) });
      return sends;
    },
  };
}
