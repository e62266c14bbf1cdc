import { localDate, shanghaiDate, type LocalDate } from '../../../data/time/index.ts';
import { hasRole, type Staff } from '../../../data/org/staff.ts';
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
      // recipient → instance → people, in directory order
      const byRecipient = new Map<string, { to: Staff; lists: Map<DeadlineInstance, Staff[]> }>();
      for (const i of items) {
        const done = acked.get(deadlineKey({ deadlineId: i.deadline.id, period: i.period }));
        for (const person of audienceOf(i, directory)) {
          if (done?.has(person.id) || away.isAway(person.id, day)) continue;
          for (const to of summaryRecipientsFor(i, person, directory)) {
            const entry = byRecipient.get(to.id) ?? { to, lists: new Map<DeadlineInstance, Staff[]>() };
            entry.lists.set(i, [...(entry.lists.get(i) ?? []), person]);
            byRecipient.set(to.id, entry);
          }
        }
      }
      const sends: PlannedSend[] = [];
      for (const { to, lists } of byRecipient.values()) {
        const groups = [...lists].map(([instance, people]) => ({ instance, names: people.map((p) => p.name) }));
        const message = reminderText.leadSummary(groups, day, forMemberExample(to, lists));
        sends.push({ recipientKey: to.id, to: { staffId: to.id }, message });
      }
      return sends;
    },
  };
}

/**
 * 「郑雨的月报交给我了」: how the recipient records a hand-in made to them, when they may — the lead of
 * a member listed (the 'deadline-ack' handler lets only the member's own lead record for them).
 */
function forMemberExample(to: Staff, lists: ReadonlyMap<DeadlineInstance, readonly Staff[]>): string | undefined {
  if (!hasRole(to, 'team_lead') && !hasRole(to, 'project_lead')) return undefined;
  for (const [instance, people] of lists) {
    const member = people.find((p) => p.team === to.team && p.id !== to.id);
    if (member) return `${member.name}的${instance.deadline.keywords[0] ?? instance.deadline.title}交给我了`;
  }
  return undefined;
}
