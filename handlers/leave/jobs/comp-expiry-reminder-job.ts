import { addDays, formatDate, type LocalDate } from '../../../data/time/index.ts';
import { BalanceLedgerRepo } from '../../../data/repos/balance-ledger-repo.ts';
import type { Job, PlannedSend } from '../../../scheduler/job.ts';
import { workingDayMornings } from './working-day-mornings.ts';
import { overtimeText } from '../overtime/messages.ts';

const TIME = '09:00';

/**
 * A week before 调休 hours expire, their owner is reminded (DOMAIN §4). A reminder that would
 * fall on a day off goes out on the working day before it, so every expiry is covered exactly
 * once: working day D covers the expiries whose "a week before" falls on D or on the days off
 * after it, up to the next working day.
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
      if (!rules) return [];
      const day = occurrence.key as LocalDate;
      const before = rules.overtime.reminderDaysBefore;
      const from = addDays(day, before);
      const to = addDays(env.calendar.nextWorkingDay(day), before - 1);
      const credits = await new BalanceLedgerRepo(env.db).creditsExpiringBetween(from, to);
      const byStaff = new Map<string, string[]>();
      for (const c of credits) {
        byStaff.set(c.staffId, [
          ...(byStaff.get(c.staffId) ?? []),
          overtimeText.expiryLine(
            c.remainingHours,
            formatDate(c.earnedOn as LocalDate),
            formatDate(c.expiresOn as LocalDate),
          ),
        ]);
      }
      const sends: PlannedSend[] = [];
      for (const [staffId, lines] of byStaff) {
        if (env.org.directory.get(staffId))
          sends.push({ recipientKey: staffId, to: { staffId }, message: overtimeText.expiryReminder(lines) });
      }
      return sends;
    },
  };
}
