import { addDays, atShanghai, shanghaiDate } from '../../../data/time/index.ts';
import { NoticeRepo } from '../../../data/repos/notice-repo.ts';
import { OutboxRepo } from '../../../data/repos/outbox-repo.ts';
import type { Job, JobEnv, Occurrence, PlannedSend } from '../../../scheduler/job.ts';
import { NOTICE_JOB } from '../notice-delivery.ts';
import { noticeMessage, noticeReminderMessage } from '../notice-message.ts';

const KEY = /^(\d+)(-reminder)?$/;
/** However late in the evening it was due, a send gets at least this long before it is stale. */
const MIN_GRACE_MS = 60 * 60_000;

/**
 * HR notices go out through the scheduler's outbox like every other scheduled send, so the
 * pacing and the delivery guarantee (no loss; after a crash at most the one message in flight
 * again) apply to a notice to 300 people too. Each notice is an occurrence (`7`) at its send
 * time, an immediate one at the moment HR confirmed; the one reminder HR may ask for is another
 * (`7-reminder`), sent to whoever received the notice and hasn't confirmed when it runs. Each
 * goes privately to each person, so every confirmation is per person.
 */
export function noticeJob(): Job {
  return {
    name: NOTICE_JOB,
    title: '通知',
    occurrenceTitle: (key) => {
      const m = KEY.exec(key);
      return m ? (m[2] ? `通知 ${m[1]} 的提醒` : `通知 ${m[1]}`) : `通知 ${key}`;
    },
    resendCommand: (key) => (/^\d+$/.test(key) ? `补发通知 ${key}` : undefined),

    async occurrences(from, to, env) {
      const repo = new NoticeRepo(env.db);
      const out: Occurrence[] = [
        ...(await repo.dueBetween(from, to)).map((n) => occurrence(`${n.id}`, n.sendAt)),
        ...(await repo.remindedBetween(from, to)).map((n) => occurrence(`${n.id}-reminder`, n.remindedAt!)),
      ];
      return out.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
    },

    async sends(occ, env) {
      const m = KEY.exec(occ.key);
      if (!m) throw new Error(`not a notice occurrence: ${occ.key}`);
      const repo = new NoticeRepo(env.db);
      const notice = await repo.get(Number(m[1]));
      // Cancelled between planning and running: nothing goes out.
      if (!notice || notice.cancelledAt) return [];
      const reminder = m[2] !== undefined;
      const author = env.org.directory.get(notice.authorId)?.name ?? notice.authorId;
      const message = reminder
        ? noticeReminderMessage(notice.id, notice.text, author)
        : noticeMessage(notice.id, notice.text, author);
      // A reminder goes only to those whose copy was actually sent and who have not confirmed.
      const received = reminder ? await sentTo(env, notice.id) : undefined;
      const recipients = (await repo.recipients(notice.id)).filter(
        (r) => !received || (received.has(r.staffId) && !r.ackedAt),
      );
      return recipients
        .filter((r) => env.org.directory.get(r.staffId))
        .map((r): PlannedSend => ({ recipientKey: r.staffId, to: { staffId: r.staffId }, message }));
    },
  };
}

function occurrence(key: string, dueAt: Date): Occurrence {
  return { key, dueAt, staleAfter: noticeStaleAfter(dueAt) };
}

/** Stale at the end of its Shanghai day (a notice a day late may mislead), but never within the hour. */
export function noticeStaleAfter(dueAt: Date): Date {
  const endOfDay = atShanghai(addDays(shanghaiDate(dueAt), 1));
  return new Date(Math.max(endOfDay.getTime(), dueAt.getTime() + MIN_GRACE_MS));
}

async function sentTo(env: JobEnv, noticeId: number): Promise<Set<string>> {
  const rows = await new OutboxRepo(env.db).forOccurrences(NOTICE_JOB, [`${noticeId}`]);
  return new Set(rows.filter((r) => r.status === 'sent').map((r) => r.recipient));
}
