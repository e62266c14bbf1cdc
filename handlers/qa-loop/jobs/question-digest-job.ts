import { addDays, atShanghai, mondayOf, shanghaiDate, type LocalDate } from '../../../data/time/index.ts';
import type { WorkCalendar } from '../../../data/calendar/index.ts';
import { hasRole } from '../../../data/org/staff.ts';
import { QuestionQueueRepo } from '../../../data/repos/question-queue-repo.ts';
import type { Job } from '../../../scheduler/job.ts';
import { occurrencesOnDays } from '../../../scheduler/occurrences-on-days.ts';
import { loopText } from '../messages.ts';
import { sectionName } from '../section-excerpt.ts';

/** The digest names this many questions; the rest are one 「待回复问题」 away. */
export const DIGEST_TOP = 10;
/** A digest not sent by the end of the working day waits for next week's. */
const STALE_AT = '18:00';

/**
 * Each week, privately to every HR officer, the most asked questions still unanswered, on
 * `questionLoop.digestWeekday` at `digestTime` (org.json; Monday 09:00 by default) — or, when
 * that day is a holiday, the week's next working day. Nothing is sent when the queue is empty.
 * Exactly once through the outbox, like every scheduled send.
 */
export function questionDigestJob(): Job {
  return {
    name: 'qa-loop.weekly-digest',
    title: '每周待回复问题',
    async occurrences(from, to, env) {
      const { digestWeekday, digestTime } = env.org.info.questionLoop;
      const stale = digestTime >= STALE_AT ? '24:00' : STALE_AT;
      return occurrencesOnDays(digestDays(env.calendar, digestWeekday, from, to), digestTime, stale, from, to);
    },
    async sends(_occurrence, env) {
      const open = await new QuestionQueueRepo(env.db).open();
      if (!open.length) return [];
      const lines = open.slice(0, DIGEST_TOP).map((q) => {
        const quoted = q.section ? sectionName(env.org.documents, q.section.doc, q.section.path) : null;
        return loopText.line(q.id, q.text, q.count, quoted, q.answer);
      });
      const text = loopText.digest(lines, open.length);
      return env.org.directory.all
        .filter((s) => hasRole(s, 'hr'))
        .map((s) => ({ recipientKey: s.id, to: { staffId: s.id }, message: text }));
    },
  };
}

/** For each week touching [from, to]: the first working day from the configured weekday to Sunday. */
function digestDays(calendar: WorkCalendar, weekday: number, from: Date, to: Date): LocalDate[] {
  const days: LocalDate[] = [];
  for (let monday = mondayOf(shanghaiDate(from)); atShanghai(monday) <= to; monday = addDays(monday, 7)) {
    for (let d = addDays(monday, weekday - 1); d < addDays(monday, 7); d = addDays(d, 1)) {
      if (calendar.isWorkingDay(d)) {
        days.push(d);
        break;
      }
    }
  }
  return days;
}
