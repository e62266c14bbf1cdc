import { hasRole, type Staff } from '../../../data/org/staff.ts';
import { makeLocalDate, shanghaiDate, yearOf, type LocalDate } from '../../../data/time/index.ts';
import type { Job, PlannedSend } from '../../../scheduler/job.ts';
import { occurrencesOnDays } from '../../../scheduler/occurrences-on-days.ts';
import { annualBalance } from '../balance-handler.ts';
import { formatDays } from '../format-span.ts';
import { routeOvertime } from '../rules/route-approval.ts';
import { yearEndText } from '../year-end-messages.ts';

/** A reminder not sent by the end of its working day waits for the next date rather than arriving late. */
const STALE_AT = '18:00';

/**
 * Year-end annual leave (issue 13; leave-rules.json yearEnd): on each reminder date ([decision] the
 * first working day on or after it) everyone with annual leave of this year still unplanned gets one
 * private reminder with the days left and the rule quoted, their lead a summary of their team, HR
 * the whole list. The outbox claims one row per (date, recipient): a restart sends nothing twice.
 */
export function yearEndAnnualJob(): Job {
  return {
    name: 'leave.year-end-annual',
    title: '年假年底提醒',
    async occurrences(from, to, env) {
      const settings = env.org.leaveRules?.yearEnd;
      if (!settings) return [];
      const days: LocalDate[] = [];
      for (let year = yearOf(shanghaiDate(from)); year <= yearOf(shanghaiDate(to)); year++)
        for (const md of settings.reminders) {
          const day = makeLocalDate(year, Number(md.slice(0, 2)), Number(md.slice(3)));
          if (day) days.push(env.calendar.workingDayOnOrAfter(day));
        }
      return occurrencesOnDays(days, settings.time, STALE_AT, from, to);
    },
    async sends(occurrence, env) {
      const org = env.org;
      const rules = org.leaveRules;
      if (!rules) return [];
      const today = occurrence.key as LocalDate;
      const clause = rules.yearEnd.clause ?? rules.annualLeave.clause;
      const left: { person: Staff; days: number }[] = [];
      for (const person of org.directory.all) {
        const b = await annualBalance(env.db, org, person, today);
        if (b.entitlement > 0 && !b.forfeited && b.remaining > 0 && yearOf(today) === b.year)
          left.push({ person, days: b.remaining });
      }
      const sends: PlannedSend[] = left.map(({ person, days }) => ({
        recipientKey: person.id,
        to: { staffId: person.id },
        message: yearEndText.person(
          yearOf(today),
          formatDays(days),
          clause.quote,
          `${rules.document} ${clause.location}`,
        ),
      }));
      const byLead = new Map<string, { person: Staff; days: number }[]>();
      for (const row of left) {
        const lead = routeOvertime(rules, org.directory, row.person)?.approverId;
        if (lead && lead !== row.person.id) byLead.set(lead, [...(byLead.get(lead) ?? []), row]);
      }
      for (const [lead, rows] of byLead) {
        const lines = rows.map((r) => yearEndText.leadLine(r.person.name, formatDays(r.days)));
        sends.push({ recipientKey: `lead:${lead}`, to: { staffId: lead }, message: yearEndText.lead(lines) });
      }
      if (left.length) {
        const lines = left.map((r) => yearEndText.hrLine(r.person.name, r.person.team, formatDays(r.days)));
        for (const hr of org.directory.all.filter((s) => hasRole(s, 'hr')))
          sends.push({ recipientKey: `hr:${hr.id}`, to: { staffId: hr.id }, message: yearEndText.hr(lines) });
      }
      return sends;
    },
  };
}
