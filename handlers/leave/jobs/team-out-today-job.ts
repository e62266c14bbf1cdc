import { hasRole } from '../../../data/org/staff.ts';
import { shanghaiDate, type LocalDate } from '../../../data/time/index.ts';
import type { Job, PlannedSend } from '../../../scheduler/job.ts';
import { loadAway } from '../load-away.ts';
import { halvesOn } from '../rules/leave-span.ts';
import { spanOfRequest } from '../leave-facts.ts';
import { approvedLeaveOf, typeForColleagues } from '../who-is-out.ts';
import { outText } from '../who-is-out-messages.ts';
import { workingDayMornings } from './working-day-mornings.ts';

/**
 * On working days at 08:30 (leave-rules.json whoIsOut): each team or project lead whose team has
 * someone on approved leave today gets one private note — name, whole or half day, and the type
 * unless it is sick leave (「请假」). Nobody out, a lead on leave themselves, or the setting off: nothing.
 */
export function teamOutTodayJob(): Job {
  return {
    name: 'leave.team-out-today',
    title: '组长今日请假提醒',
    async occurrences(from, to, env) {
      const settings = env.org.leaveRules?.whoIsOut;
      return settings?.leadMorningNote ? workingDayMornings(env.calendar, settings.time, from, to) : [];
    },
    async sends(occurrence, env) {
      const org = env.org;
      if (!org.leaveRules?.whoIsOut.leadMorningNote) return [];
      const today = occurrence.key as LocalDate;
      const rows = await approvedLeaveOf(env.db, org, { start: today, end: today }, () => true);
      const away = await loadAway(env.db, today, today);
      const sends: PlannedSend[] = [];
      const leads = org.directory.all.filter((s) => hasRole(s, 'team_lead') || hasRole(s, 'project_lead'));
      for (const lead of leads) {
        if (away(lead.id, today)) continue;
        const lines = rows
          .filter(
            ({ person, request }) => person.team === lead.team && person.id !== lead.id && !backBefore(request, today),
          )
          .map(({ person, request }) => {
            const halves = halvesOn(spanOfRequest(request), today);
            const part = halves.length === 2 ? '全天' : halves[0] === 'am' ? '上午' : '下午';
            return outText.morningLine(person.name, part, typeForColleagues(org, request.typeKey));
          });
        if (lines.length)
          sends.push({
            recipientKey: lead.id,
            to: { staffId: lead.id },
            message: [outText.morningTitle(lead.team), ...lines].join('\n'),
          });
      }
      return sends;
    },
  };
}

/** Reported back (销假) before today: not out any more. */
function backBefore(request: { returnedAt: Date | null }, today: LocalDate): boolean {
  return request.returnedAt !== null && shanghaiDate(request.returnedAt) < today;
}
