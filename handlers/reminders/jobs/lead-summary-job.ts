import { localDate, shanghaiDate, type LocalDate } from '../../../data/time/index.ts';
import { DeadlineAcksRepo, deadlineKey } from '../../../data/repos/deadline-acks-repo.ts';
import type { Job, PlannedSend } from '../../../scheduler/job.ts';
import { occurrencesOnDays } from '../../../scheduler/occurrences-on-days.ts';
import { audienceOf, summaryRecipientsFor } from '../audience.ts';
import { AwayOnLeave } from '../away-on-leave.ts';
import { instancesBetween, type DeadlineInstance } from '../deadline-instances.ts';
import { reminderText } from '../messages.ts';

/**
 * The working day before each deadline, at `summaryTime`: every lead (or dept head, or HR, as
 * the deadline says) gets the names of their people who haven't acknowledged. Private
 * messages only; nobody is named in a group. A lead whose people have all handed in gets nothing.
 * Someone away on approved leave that day is not listed (they are reminded when back).
 */
export function leadSummaryJob(): Job {
  return {
    name: 'deadline-lead-summary',
    title: '未交名单（组长）',

    async occurrences(from, to, env) {
      const config = env.org.reminders;
      const days = new Set<LocalDate>();
      for (const i of instancesBetween(config, env.calendar, shanghaiDate(from), shanghaiDate(to)))
        if (i.summaryDate) days.add(i.summaryDate);
      return occurrencesOnDays(days, config.summaryTime, config.sendUntil, from, to);
    },

    async sends(occurrence, env) {
      const day = localDate(occurrence.key);
      const directory = env.org.directory;
      const items = instancesBetween(env.org.reminders, env.calendar, day, day).filter((i) => i.summaryDate === day);
      if (!items.length) return [];
      const away = await AwayOnLeave.load(env.db, day, day);
      const acked = await new DeadlineAcksRepo(env.db).ackedFor(
        items.map((i) => ({ deadlineId: i.deadline.id, period: i.period })),
      );
      // recipient → instance → names, in directory order
      const byRecipient = new Map<string, Map<DeadlineInstance, string[]>>();
      for (const i of items) {
        const done = acked.get(deadlineKey({ deadlineId: i.deadline.id, period: i.period }));
        for (const person of audienceOf(i, directory)) {
          if (done?.has(person.id) || away.isAway(person.id, day)) continue;
          for (const to of summaryRecipientsFor(i, person, directory)) {
            const lists = byRecipient.get(to.id) ?? new Map<DeadlineInstance, string[]>();
            lists.set(i, [...(lists.get(i) ?? []), person.name]);
            byRecipient.set(to.id, lists);
          }
        }
      }
      const sends: PlannedSend[] = [];
      for (const [staffId, lists] of byRecipient) {
        const groups = [...lists].map(([instance, names]) => ({ instance, names }));
        sends.push({ recipientKey: staffId, to: { staffId }, message: reminderText.leadSummary(groups, day) });
      }
      return sends;
    },
  };
}
