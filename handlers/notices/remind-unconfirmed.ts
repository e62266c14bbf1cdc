import type { NoticeRepo } from '../../data/repos/notice-repo.ts';
import type { OutboxRepo } from '../../data/repos/outbox-repo.ts';
import { noticeText } from './messages.ts';
import { noticeDelivery, receivedBy } from './notice-delivery.ts';

export interface RemindOutcome {
  /** What to tell HR, true to what happened. */
  readonly text: string;
  /** How many will be reminded (the job sends it); 0 when nothing was done. */
  readonly reminding: number;
}

/**
 * 「提醒未确认 7」, from the chat or the web console: marks the notice for one reminder to those
 * whose copy was actually sent and who have not confirmed (the reminder job filters the same
 * way), and says how many never received it. A notice is reminded once.
 */
export async function remindUnconfirmed(
  deps: { readonly notices: NoticeRepo; readonly outbox: OutboxRepo },
  id: number,
  now: Date,
): Promise<RemindOutcome> {
  const none = (text: string): RemindOutcome => ({ text, reminding: 0 });
  const notice = await deps.notices.get(id);
  if (!notice) return none(noticeText.notFound(id));
  if (notice.cancelledAt) return none(noticeText.wasCancelled(id, notice.cancelledAt));
  const recipients = await deps.notices.recipients(id);
  const delivery = await noticeDelivery(deps.outbox, notice, recipients);
  if (!delivery.planned && notice.sendAt > now)
    return none(noticeText.notSentYet(id, notice.sendAt, recipients.length));
  const received = receivedBy(delivery);
  if (!received.size) return none(noticeText.remindNobodyReceived(id));
  const open = recipients.filter((r) => received.has(r.staffId) && !r.ackedAt).length;
  const neverReceived = recipients.length - received.size;
  if (notice.remindedAt) return none(noticeText.remindAlready(id, notice.remindedAt));
  if (!open)
    return none(neverReceived ? noticeText.remindOnlyUnreceived(id, neverReceived) : noticeText.remindAllAcked(id));
  if (!(await deps.notices.markReminded(id, now))) {
    const again = await deps.notices.get(id);
    return none(noticeText.remindAlready(id, again?.remindedAt ?? now));
  }
  return { text: noticeText.reminding(id, open, neverReceived), reminding: open };
}
