import type { Context } from '../../bot/context.ts';
import type { NoticeRepo } from '../../data/repos/notice-repo.ts';
import type { OutboxRepo } from '../../data/repos/outbox-repo.ts';
import { noticeText } from './messages.ts';
import { noticesSentTo } from './notice-delivery.ts';

/** As far back as the notice Q&A looks: older notices are settled business. */
export const MY_NOTICES_DAYS = 30;

/**
 * 「我确认了哪些通知」「我还有哪些通知没确认」「我的通知」: the person's own notices, not a policy
 * question. Read before the acknowledgement (「我收到了哪些通知」 holds a 收到 but confirms nothing).
 */
export const MY_NOTICES = new RegExp(
  [
    /^我?(?:都|已经|还)?(?:确认|收到|回复)(?:了|过)?(?:哪些|哪几条|哪几个|几条|几个|多少|什么)通知/.source,
    /^我?(?:还)?有(?:哪些|哪几条|几条|几个|多少|什么|没有)通知(?:还)?(?:没|未)(?:有)?(?:确认|回复?)/.source,
    /^我?(?:哪些|哪几条|哪个)通知(?:还)?(?:没|未)(?:有)?确认/.source,
    /^我(?:的|收到的)通知(?:列表|有哪些)?/.source,
  ]
    .map((s) => `(?:${s})(?:的|了|呢|啊|呀|吗)*[?？]*$`)
    .join('|'),
);

/**
 * What was sent to the person in the last 30 days, those still to confirm first (with how to), then
 * those confirmed and when. A copy that never reached them (held by a pause, failed) is not theirs yet.
 */
export async function showMyNotices(
  ctx: Context,
  deps: { readonly notices: NoticeRepo; readonly outbox: OutboxRepo },
): Promise<void> {
  const since = new Date(ctx.now.getTime() - MY_NOTICES_DAYS * 86_400_000);
  const sent = await deps.notices.receivedBy(ctx.person.id, since, ctx.now);
  const reached = await noticesSentTo(
    deps.outbox,
    ctx.person.id,
    sent.map((n) => n.id),
  );
  const acked: { id: number; text: string; at: Date }[] = [];
  const open: { id: number; text: string }[] = [];
  for (const n of sent) {
    const mine = (await deps.notices.recipients(n.id)).find((r) => r.staffId === ctx.person.id);
    if (mine?.ackedAt) acked.push({ id: n.id, text: n.text, at: mine.ackedAt });
    else if (reached.has(n.id)) open.push({ id: n.id, text: n.text });
  }
  const text =
    acked.length + open.length ? noticeText.mine(MY_NOTICES_DAYS, acked, open) : noticeText.mineNone(MY_NOTICES_DAYS);
  await ctx.replyPrivately(text);
  if (!ctx.message.isDirect) await ctx.reply(noticeText.sentPrivately);
}
