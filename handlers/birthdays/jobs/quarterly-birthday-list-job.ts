import { BirthdayPrefsRepo } from '../../../data/repos/birthday-prefs-repo.ts';
import { atShanghai, daysInMonth, makeLocalDate, shanghaiDate } from '../../../data/time/index.ts';
import { hasRole } from '../../../data/org/staff.ts';
import type { Job, Occurrence } from '../../../scheduler/job.ts';
import { birthdayList } from '../birthday-list.ts';
import { birthdayText } from '../messages.ts';
import { nextQuarter, quarter, quarterOf } from '../quarter.ts';

export const BIRTHDAY_LIST_TIME = '09:00';
const KEY = /^(\d{4})-Q([1-4])$/;

/**
 * The quarter's birthday list, privately to each HR officer at 09:00 on the quarter's first
 * working day ("按季度寄送同工生日礼物和祝福"). Still useful until the end of the quarter's
 * first month; after that it is marked missed (HR can always ask "本季度生日").
 */
export function quarterlyBirthdayListJob(): Job {
  return {
    name: 'birthday-quarterly-list',
    title: '季度生日名单',

    async occurrences(from, to, env) {
      if (to <= from) return [];
      const { calendar } = env;
      const out: Occurrence[] = [];
      const last = quarterOf(shanghaiDate(to));
      for (let q = quarterOf(shanghaiDate(from)); ; q = nextQuarter(q)) {
        const firstMonth = (q.quarter - 1) * 3 + 1;
        const dueAt = atShanghai(calendar.firstWorkingDayOfMonth(q.year, firstMonth), BIRTHDAY_LIST_TIME);
        const monthEnd = makeLocalDate(q.year, firstMonth, daysInMonth(q.year, firstMonth));
        if (!monthEnd) throw new RangeError(`no such month: ${q.year}-${firstMonth}`);
        const staleAfter = atShanghai(monthEnd, '24:00');
        if (dueAt > from && dueAt <= to) out.push({ key: `${q.year}-Q${q.quarter}`, dueAt, staleAfter });
        if (q.year === last.year && q.quarter === last.quarter) break;
      }
      return out;
    },

    async sends(occurrence, env) {
      const m = KEY.exec(occurrence.key);
      if (!m) throw new Error(`not a quarter key: ${occurrence.key}`);
      const q = quarter(Number(m[1]), Number(m[2]));
      const { calendar } = env;
      const note = calendar.hasSchedule(q.year) ? undefined : birthdayText.noSchedule([q.year]);
      const prefs = await new BirthdayPrefsRepo(env.db).all();
      const text = `${birthdayText.quarterListIntro}\n${birthdayList(env.org.directory.all, q, prefs, note)}`;
      return env.org.directory.all
        .filter((s) => hasRole(s, 'hr'))
        .map((s) => ({ recipientKey: s.id, to: { staffId: s.id }, message: text }));
    },
  };
}
