import { addDays, formatDate, type LocalDate } from '../../../data/time/index.ts';
import { BalanceLedgerRepo } from '../../../data/repos/balance-ledger-repo.ts';
import type { Job, PlannedSend } from '../../../scheduler/job.ts';
import { workingDayMornings } from './working-day-mornings.ts';
import { overtimeText } from '../overtime/messages.ts';
import { compUseBy } from '../rules/comp-use-by.ts';

const TIME = '09:00';
/** Working days left between the reminder and the last day to ask: time to agree the day with the team. */
const LEAD_WORKING_DAYS = 3;
/** Credits looked at ahead of their expiry: a month of validity is never reminded further ahead. */
const LOOK_AHEAD_DAYS = 62;

/**
 * 调休 hours expire one month after the overtime (DOMAIN §4, a decision), so their owner is reminded while
 * they can still be taken: a few working days before the last day a 调休 can be asked for with its notice
 * (5 working days) on the last day it may be taken (not next to a holiday) — or `reminderDaysBefore` the
 * expiry, when that is earlier. A week before, as it was, every day left was refused or short of notice.
 * A reminder that would fall on a day off goes out on the working day before it, so every credit is
 * covered exactly once: working day D covers the reminder days from D up to the next working day.
 */
export function compExpiryReminderJob(): Job {
  return {
    name: 'overtime.comp-expiry-reminder',
    title: '调休到期提醒',
    async occurrences(from, to, env) {
      return env.org.leaveRules ? workingDayMornings(env.calendar, TIME, from, to) : [];
    },
    async sends(occurrence, env) {
      const rules = env.org.leaveRules;
      const comp = rules?.types.find((t) => t.key === rules.overtime.compTypeKey);
      if (!rules || !comp) return [];
      const day = occurrence.key as LocalDate;
      const next = env.calendar.nextWorkingDay(day);
      const credits = await new BalanceLedgerRepo(env.db).creditsExpiringBetween(day, addDays(day, LOOK_AHEAD_DAYS));
      const byStaff = new Map<string, string[]>();
      for (const c of credits) {
        const expiresOn = c.expiresOn as LocalDate;
        const by = compUseBy(env.calendar, comp, expiresOn);
        const lead = env.calendar.addWorkingDays(by.askBy, -LEAD_WORKING_DAYS);
        const weekBefore = addDays(expiresOn, -rules.overtime.reminderDaysBefore);
        const remindOn = lead < weekBefore ? lead : weekBefore;
        if (remindOn < day || remindOn >= next) continue;
        byStaff.set(c.staffId, [
          ...(byStaff.get(c.staffId) ?? []),
          overtimeText.expiryLine(
            c.remainingHours,
            formatDate(c.earnedOn as LocalDate),
            formatDate(expiresOn),
            formatDate(by.lastDay),
            formatDate(by.askBy),
          ),
        ]);
      }
      const sends: PlannedSend[] = [];
      for (const [staffId, lines] of byStaff) {
        if (env.org.directory.get(staffId))
          sends.push({
            recipientKey: staffId,
            to: { staffId },
            message: overtimeText.expiryReminder(lines, comp.notice.kind === 'working-days' ? comp.notice.days : 0),
          });
      }
      return sends;
    },
  };
}
