import type { NoticeRepo } from '../../data/repos/notice-repo.ts';
import type { OutboxRepo } from '../../data/repos/outbox-repo.ts';
import { noticeText } from './messages.ts';
import { noticeDelivery, receivedBy } from './notice-delivery.ts';

/**
 * 「取消通知 7」, from the chat or the web console. Only a notice not yet due can be cancelled;
 * for one past its time the reply says what really happened to it (held, being sent, partly or
 * wholly sent), never 「已经发出」 for a notice nobody received.
 */
export async function cancelNotice(
  deps: { readonly notices: NoticeRepo; readonly outbox: OutboxRepo },
  id: number,
  now: Date,
): Promise<{ readonly text: string; readonly cancelled: boolean }> {
  const result = await deps.notices.cancel(id, now);
  if (result === 'already-sent') {
    const notice = (await deps.notices.get(id))!;
    const delivery = await noticeDelivery(deps.outbox, notice, await deps.notices.recipients(id));
    const received = receivedBy(delivery).size;
    const waiting = [...delivery.copies.values()].some((c) => c.kind === 'waiting');
    if (!received && !waiting) return { text: noticeText.cancelNotSent(id), cancelled: false };
    if (waiting) return { text: noticeText.cancelSending(id), cancelled: false };
    const total = delivery.recipients.length;
    if (received < total) return { text: noticeText.cancelPartlySent(id, received, total), cancelled: false };
  }
  const text = {
    cancelled: noticeText.cancelled(id),
    'not-found': noticeText.notFound(id),
    'already-sent': noticeText.cancelAlreadySent(id),
    'already-cancelled': noticeText.cancelAlreadyCancelled(id),
  }[result];
  return { text, cancelled: result === 'cancelled' };
}
