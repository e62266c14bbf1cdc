import type { Context } from '../../bot/context.ts';
import type { OrgStore } from '../../bot/org-store.ts';
import type { Db } from '../../data/db/open-database.ts';
import { DeadlineAcksRepo, deadlineKey } from '../../data/repos/deadline-acks-repo.ts';
import { OutboxRepo } from '../../data/repos/outbox-repo.ts';
import { shanghaiDate } from '../../data/time/index.ts';
import { isInAudience } from './audience.ts';
import { currentInstances } from './deadline-instances.ts';
import { deadlineReminderJob } from './jobs/deadline-reminder-job.ts';
import { leadSummaryJob } from './jobs/lead-summary-job.ts';
import { reminderText } from './messages.ts';

/** How long after a reminder a 「收到」 with no notice open is taken as answering it. */
const ANSWERS_WITHIN_MS = 24 * 3_600_000;

const REMINDERS = deadlineReminderJob().name;
const SUMMARIES = leadSummaryJob().name;

/**
 * 「收到」 a little after a deadline reminder (or a lead's list of who has not handed in), with no
 * notice open for the person: the reminder was read. Nothing is recorded — 收到 says read, not handed
 * in, and recording it would stop the reminders of what is still owed — and the reply says how to
 * record the hand-in once done. For the notices feature, which takes every 「收到」 (it comes first):
 * called where it would answer 「目前没有需要您确认的通知」, true when answered here.
 */
export function reminderReceived(deps: { readonly db: Db; readonly store: OrgStore }) {
  const outbox = new OutboxRepo(deps.db);
  const acks = new DeadlineAcksRepo(deps.db);
  return async (ctx: Context): Promise<boolean> => {
    const since = ctx.now.getTime() - ANSWERS_WITHIN_MS;
    const reminded = await outbox.lastSentDueAt(REMINDERS, ctx.now, ctx.person.id);
    const listed = await outbox.lastSentDueAt(SUMMARIES, ctx.now, ctx.person.id);
    const latest = Math.max(reminded?.getTime() ?? 0, listed?.getTime() ?? 0);
    if (latest < since) return false;
    if (listed !== undefined && listed.getTime() === latest) {
      await ctx.reply(reminderText.summaryReceived);
      return true;
    }
    const { reminders, calendar } = deps.store.org;
    const today = shanghaiDate(ctx.now);
    // What the reminders have named (not an item open early and not reminded yet), as a bare 「已交」 means.
    const open = currentInstances(reminders, calendar, today).filter(
      (i) => isInAudience(i, ctx.person) && i.reminderDates[0] !== undefined && i.reminderDates[0] <= today,
    );
    const refs = open.map((i) => ({ deadlineId: i.deadline.id, period: i.period }));
    const done = await acks.forPerson(ctx.person.id, refs);
    const pending = open.filter((_, n) => !done.has(deadlineKey(refs[n]!)));
    await ctx.reply(reminderText.reminderReceived(pending));
    return true;
  };
}
