import type { Context } from '../../bot/context.ts';
import type { OutgoingMessage } from '../../data/message.ts';
import type { NoticeHandlerDeps } from './notice-handlers.ts';
import { noticesSentTo } from './notice-delivery.ts';
import { noticeMessage } from './notice-message.ts';

/**
 * 「还没收到通知啊 什么会」「通知在哪」: someone who thinks a notice never reached them. Said of a notice in
 * general (no other thing named as not received: 工资, 快递, 请假).
 */
export const NOT_RECEIVED = new RegExp(
  [
    /^(?:我|咋|怎么)?(?:还)?(?:没|没有|未)(?:收到|看到)(?:什么|啥)?(?:通知)?(?:啊|呀|呢|哦)?(?:[\s,，。!！?？]|$)/
      .source,
    /(?:什么|啥)(?:会|通知)(?:啊|呀|呢)?(?:[\s,，。!！?？]|$)|哪个通知|通知在哪/.source,
  ].join('|'),
);

/**
 * The person's notices sent to them and still unconfirmed, shown again with the way to confirm each;
 * when there are none, said so (the notice may be one they were never sent).
 */
export async function showOpenNotices(ctx: Context, deps: NoticeHandlerDeps): Promise<void> {
  const due = await deps.notices.unconfirmedFor(ctx.person.id, ctx.now);
  const received = await noticesSentTo(
    deps.outbox,
    ctx.person.id,
    due.map((n) => n.id),
  );
  const open = due.filter((n) => received.has(n.id));
  if (!open.length) return void (await ctx.replyPrivately(NOT_RECEIVED_TEXT.none));
  await ctx.replyPrivately(NOT_RECEIVED_TEXT.again(open.length));
  for (const n of open) {
    const author = deps.directory().get(n.authorId)?.name ?? n.authorId;
    const message: OutgoingMessage = noticeMessage(n.id, n.text, author);
    await ctx.replyPrivately(message);
  }
}

const NOT_RECEIVED_TEXT = {
  again: (n: number) => `您有${n}条通知还没确认，再发给您一遍：`,
  none: '目前没有发给您、还没确认的通知。如果在等某个通知，可以问问人力资源部是否发给了您。',
};
