import type { Context } from '../../bot/context.ts';
import type { AnyFlow } from '../../bot/conversation/flow.ts';
import { handler, type Handler } from '../../bot/handler.ts';
import { hrOnly as hrOnlyGuard, saying } from '../../bot/guards.ts';
import type { Outgoing } from '../../data/message.ts';
import { hears, type Trigger } from '../../bot/triggers.ts';
import type { Directory } from '../../data/org/directory.ts';
import { NOT_RECEIVED, showOpenNotices } from './notice-not-received.ts';
import type { NoticeRepo } from '../../data/repos/notice-repo.ts';
import type { OutboxRepo } from '../../data/repos/outbox-repo.ts';
import type { SchedulerSwitch } from '../../scheduler/scheduler-switch.ts';
import { composeFromOneLine, MAX_NOTICE_LENGTH, type ComposeEnv } from './notice-compose-flow.ts';
import { parseAudience, resolveAudience } from './audience.ts';
import { noticeText } from './messages.ts';
import { noticeIdOfAction } from './notice-message.ts';
import { noticeDelivery, noticesSentTo, resendable } from './notice-delivery.ts';
import { noticeStaleAfter } from './jobs/notice-job.ts';
import { noticeStatus } from './notice-status.ts';
import { cancelNotice } from './cancel-notice.ts';
import { remindUnconfirmed } from './remind-unconfirmed.ts';
import { readTypedAck } from './ack-reading.ts';
import { answerBareOk, isBareOk } from './bare-ok.ts';
import { readNoticeCommand } from './notice-command-reading.ts';
import { MY_NOTICES, showMyNotices } from './my-notices.ts';
import { noticeNamed } from './notice-named.ts';
import { hasRole } from '../../data/org/staff.ts';
import { shanghaiDate } from '../../data/time/index.ts';

export interface NoticeHandlerDeps {
  readonly notices: NoticeRepo;
  /** Where each copy's send is recorded: the only truth about what went out. */
  readonly outbox: OutboxRepo;
  readonly switch: SchedulerSwitch;
  readonly directory: () => Directory;
  readonly composeFlow: AnyFlow;
  /** Answers what a confirmation also asked (「收到，我那天要请假可以吗」), once the 收到 is recorded. */
  readonly answerAfterAck?: (ctx: Context, question: string) => Promise<void>;
  /** The Q&A answered this person a moment ago (a bare 「好的」 may answer that, not a notice). */
  readonly recentAnswer?: (staffId: string, now: Date) => boolean;
  /**
   * With no notice open: whether something else the person was just sent (a deadline reminder) took
   * the 「收到」 and answered it. True when answered there.
   */
  readonly noNoticeOpen?: (ctx: Context) => Promise<boolean>;
}

/**
 * 「发通知」, as HR also says it: 「帮我发个通知」「我要发一条通知」「写个通知：…」, with whom it is for
 * before or after (「给大家发个通知：…」「发个通知给长者服务组：…」: groups 1 and 2). The text is group 3.
 */
const START = new RegExp(
  [
    /^(?:帮我|我要|我想|我来|要|请)?(?:给([^\s:：]{1,30}?))?/.source,
    /(?:发(?:送)?|写|起草)(?:个|一个|一条|一则|下)?(?:新的?)?通知/.source,
    /(?:(?:发送给|发给|给)([^\s:：]{1,30}))?(?:[:：\s]+([\s\S]+))?$/.source,
  ].join(''),
);
const PENDING = /^(待发|未发|定时|已安排的?)通知(列表)?$/;
const CANCEL = /^取消通知\s*(\d+)$/;
/** 「通知 7 状态」; without a number (「通知确认情况」「刚发的通知情况」) the latest notice sent. */
const STATUS = /^(?:最近的?|刚才的?|刚发的?|上一条的?)?通知\s*(\d+)?\s*(的)?(状态|确认情况|情况|进度)$/;
const REMIND = /^提醒未确认\s*(\d+)$/;
const RESEND = /^补发通知\s*(\d+)$/;
/** The old exact form, still read first: 「收到」「已阅 7」「知悉」. */
const ACK = /^(?:已?收到了?|已阅|知悉|已知悉|已读)\s*(?:通知\s*)?(\d+)?[啦了!！。.~～]*(?:[,，]?谢谢[!！。]*)?$/;

/** Recipients confirm with 收到 (or its button); HR lists, cancels, checks and reminds. */
export function noticeHandlers(deps: NoticeHandlerDeps): Handler[] {
  const hrOnly = saying(hrOnlyGuard, noticeText.onlyHr);
  return [
    handler({
      // 「我确认了哪些通知」: before the ack, whose reading would take 「我收到了哪些通知」 for a 收到.
      name: 'notice-mine',
      trigger: (ctx) => !ctx.message.action && MY_NOTICES.test(ctx.text.trim()),
      handle: (ctx) => showMyNotices(ctx, deps),
    }),
    handler({
      name: 'notice-ack',
      trigger: readAck,
      async handle(ctx, ack) {
        await acknowledge(ctx, deps, ack);
        if (ack.question && deps.answerAfterAck) await deps.answerAfterAck(ctx, ack.question);
      },
    }),
    handler({
      // 「还没收到通知啊 什么会」: the notices still open for the person, shown again (privately).
      name: 'notice-not-received',
      trigger: (ctx) => ctx.message.isDirect && !ctx.message.action && NOT_RECEIVED.test(ctx.text.trim()),
      handle: (ctx) => showOpenNotices(ctx, deps),
    }),
    handler({
      name: 'notice-bare-ok',
      // In private only: a group's 「好的」 is said to the group, not to a notice.
      // A 👍 pressed under an answer (WeCom's feedback) is a rating, never a 「好的」.
      trigger: (ctx) =>
        ctx.message.isDirect && !ctx.message.action && !ctx.message.feedback && isBareOk(ctx.text, ctx.person),
      handle: (ctx) => answerBareOk(ctx, deps, () => acknowledge(ctx, deps, {})),
    }),
    handler({
      name: 'notice-start',
      trigger: hears(START),
      guard: hrOnly,
      async handle(ctx, [, before, after, given]) {
        if (!ctx.message.isDirect) return ctx.reply(noticeText.directOnly);
        // 「给我发个通知」 is no audience.
        const named = [before, after].find((n) => n !== undefined && n !== '我');
        const inline = given?.trim();
        if (inline && inline.length <= MAX_NOTICE_LENGTH) {
          // 「发通知 给林晓、郑雨：…今晚11点半发」: what is said is filled in, only what is missing asked.
          const env = (await deps.composeFlow.prepare(ctx)) as ComposeEnv;
          const result = composeFromOneLine(inline, named, env, ctx.now);
          if (result.next) return ctx.conversation.start(deps.composeFlow, result.next, result.replies ?? []);
          for (const r of result.replies ?? []) await ctx.reply(r);
          return;
        }
        const directory = deps.directory();
        const audience = named === undefined ? undefined : parseAudience(named, directory);
        if (audience?.kind === 'ok' && resolveAudience(audience.audience, directory, ctx.person.id).length) {
          // 「发个通知给长者服务组」: the audience kept, the text asked.
          const state = { audience: audience.audience, label: audience.label };
          return ctx.conversation.start(deps.composeFlow, { step: 'text', state }, [
            noticeText.audienceTakenAskText(audience.label),
          ]);
        }
        await ctx.conversation.start(deps.composeFlow, { step: 'text', state: {} }, [noticeText.askText]);
      },
    }),
    {
      name: 'notice-pending',
      trigger: hears(PENDING),
      guard: hrOnly,
      async handle(ctx) {
        const pending = await deps.notices.pending(ctx.now);
        if (!pending.length) return answerHr(ctx, noticeText.pendingNone);
        const lines: string[] = [];
        for (const n of pending)
          lines.push(
            noticeText.pendingLine(n.id, n.sendAt, n.audience, await deps.notices.recipientCount(n.id), n.text),
          );
        await answerHr(ctx, noticeText.pending(lines));
      },
    },
    handler({
      name: 'notice-cancel',
      trigger: hears(CANCEL),
      guard: hrOnly,
      async handle(ctx, [, number]) {
        const id = Number(number);
        await answerHr(ctx, (await cancelNotice(deps, id, ctx.now)).text);
      },
    }),
    handler({
      name: 'notice-status',
      trigger: hears(STATUS),
      guard: hrOnly,
      async handle(ctx, [, number]) {
        if (number) return showStatus(ctx, deps, Number(number));
        const latest = await latestNotice(deps, ctx.now);
        if (latest === undefined) return answerHr(ctx, noticeText.noneSent);
        await showStatus(ctx, deps, latest);
      },
    }),
    handler({
      name: 'notice-remind',
      trigger: hears(REMIND),
      guard: hrOnly,
      async handle(ctx, [, number]) {
        const id = Number(number);
        await answerHr(ctx, (await remindUnconfirmed(deps, id, ctx.now)).text);
      },
    }),
    handler({
      name: 'notice-resend',
      trigger: hears(RESEND),
      guard: hrOnly,
      async handle(ctx, [, number]) {
        const id = Number(number);
        const notice = await deps.notices.get(id);
        if (!notice) return answerHr(ctx, noticeText.notFound(id));
        if (notice.cancelledAt) return answerHr(ctx, noticeText.wasCancelled(id, notice.cancelledAt));
        if (await deps.switch.isPaused()) return answerHr(ctx, noticeText.resendPaused);
        const delivery = await noticeDelivery(deps.outbox, notice, await deps.notices.recipients(id));
        if (!delivery.planned) {
          const notYet = notice.sendAt > ctx.now;
          return answerHr(ctx, notYet ? noticeText.resendNotYet(id) : noticeText.resendNothingWaiting(id));
        }
        // HR's decision (the pause rule): what was held or missed goes now, and is stale at the end of today.
        const n = await deps.outbox.requeue(
          resendable(delivery).map((r) => r.id),
          noticeStaleAfter(ctx.now),
          ctx.now,
        );
        if (n) return answerHr(ctx, noticeText.resending(id, n));
        const states = [...delivery.copies.values()];
        if (states.some((c) => c.kind === 'waiting')) return answerHr(ctx, noticeText.resendNothingWaiting(id));
        if (states.every((c) => c.kind === 'sent')) return answerHr(ctx, noticeText.resendNothingAllSent(id));
        await answerHr(ctx, noticeText.resendNothingUnreachable(id));
      },
    }),
    handler({
      // 「通知7有几个人没确认」「7号通知没确认的催一下」「通知7别发了」: HR's words for the commands above.
      // Only HR's messages are read so (nobody else is refused for sounding like one); a cancel
      // said in passing is not done: HR confirms it with the exact command.
      name: 'notice-hr-said',
      trigger: (ctx) => (hasRole(ctx.person, 'hr') ? readNoticeCommand(ctx.text, shanghaiDate(ctx.now)) : undefined),
      async handle(ctx, said) {
        const no = said.no ?? (await latestNotice(deps, ctx.now));
        if (no === undefined) return answerHr(ctx, noticeText.noneSent);
        if (said.command === 'notice_status') return showStatus(ctx, deps, no);
        if (said.command === 'remind_unconfirmed')
          return answerHr(ctx, (await remindUnconfirmed(deps, no, ctx.now)).text);
        await answerHr(ctx, noticeText.confirmCancel(no));
      },
    }),
  ];
}

/** The notice a command without a number means: the latest sent (or, before any is sent, the latest written). */
async function latestNotice(deps: { notices: NoticeRepo }, now: Date): Promise<number | undefined> {
  const recent = (await deps.notices.recent(10)).filter((n) => !n.cancelledAt);
  return (recent.find((n) => n.sendAt <= now) ?? recent[0])?.id;
}

/** A confirmation: the notice it names (its button's, or the number typed), if any. */
interface Ack {
  readonly noticeId?: number;
  readonly question?: string;
  readonly remark?: string;
}

/** 「收到」, 「收到 7」 or a notice's button; another button is someone else's. */
const readAck: Trigger<Ack> = (ctx) => {
  if (ctx.message.action) {
    const pressed = noticeIdOfAction(ctx.message.action.actionId);
    return pressed === undefined ? undefined : { noticeId: pressed };
  }
  const typed = ACK.exec(ctx.text);
  if (typed) return { noticeId: typed[1] === undefined ? undefined : Number(typed[1]) };
  return readTypedAck(ctx.text);
};

/**
 * A button press names its notice. A typed "收到 7" too; in a private chat a bare "收到"
 * confirms the most recent notice still open for the person (the one they are most likely
 * answering) and lists any others, rather than asking back: one reply is all most people give.
 * When the words said with it name one open notice's content, that one is confirmed instead.
 * In a group nothing personal is said (a notice may be for that person alone): a bare "收到"
 * is recorded only when it names the notice or exactly one is open, the list of others goes privately, and
 * the group hears no notice text.
 */
async function acknowledge(ctx: Context, deps: NoticeHandlerDeps, ack: Ack): Promise<void> {
  let id = ack.noticeId;
  // Only notices the person actually received: one held by a pause or never delivered is not theirs to confirm yet.
  const due = await deps.notices.unconfirmedFor(ctx.person.id, ctx.now);
  const asked = id === undefined ? [] : [id];
  const received = await noticesSentTo(deps.outbox, ctx.person.id, [...due.map((n) => n.id), ...asked]);
  const open = due.filter((n) => received.has(n.id));
  const inGroup = !ctx.message.isDirect;
  if (id === undefined) {
    if (!open.length) {
      if (!ctx.message.action && (await deps.noNoticeOpen?.(ctx))) return;
      return ctx.reply(noticeText.nothingToAck);
    }
    // 「收到，年度总结周一前交」: the words say which notice is meant, newest or not.
    id = noticeNamed(open, `${ack.remark ?? ''} ${ack.question ?? ''}`)?.id;
  }
  if (id === undefined) {
    if (inGroup && open.length > 1) {
      await ctx.replyPrivately(noticeText.whichToAck(open));
      return ctx.reply(noticeText.ackPrivately);
    }
    id = open[0]!.id;
  }
  const notice = await deps.notices.get(id);
  if (!notice || notice.cancelledAt || notice.sendAt > ctx.now) return ctx.reply(noticeText.notRecipient(id));
  if (!received.has(id)) {
    const mine = (await deps.notices.recipients(id)).find((r) => r.staffId === ctx.person.id);
    if (!mine) return ctx.reply(noticeText.notRecipient(id));
    if (!mine.ackedAt) return ctx.reply(noticeText.notReceivedYet(id));
  }
  const result = await deps.notices.ack(id, ctx.person.id, ctx.now);
  if (result === 'not-recipient') return ctx.reply(noticeText.notRecipient(id));
  const outcome = { actionId: `notice:${id}`, text: noticeText.ackOutcome(ctx.person.name, ctx.now) };
  if (result === 'already') return ctx.reply({ text: noticeText.alreadyAcked(id), outcome });
  const others = open.filter((n) => n.id !== id);
  if (inGroup) {
    await ctx.reply({ text: noticeText.acked(id), outcome });
    if (others.length) await ctx.replyPrivately(noticeText.othersOpen(others));
    return;
  }
  const text = others.length ? `${noticeText.acked(id)}\n${noticeText.othersOpen(others)}` : noticeText.acked(id);
  await ctx.reply({ text, outcome });
}

async function showStatus(ctx: Context, deps: NoticeHandlerDeps, id: number): Promise<void> {
  const notice = await deps.notices.get(id);
  if (!notice) return answerHr(ctx, noticeText.notFound(id));
  if (notice.cancelledAt) return answerHr(ctx, noticeText.wasCancelled(id, notice.cancelledAt));
  const delivery = await noticeDelivery(deps.outbox, notice, await deps.notices.recipients(id));
  await answerHr(ctx, noticeStatus(delivery, await deps.switch.isPaused(), ctx.now, deps.directory()));
}

/** HR's notice answers name people: privately, with a pointer in the group when asked there. */
async function answerHr(ctx: Context, out: Outgoing): Promise<void> {
  await ctx.replyPrivately(out);
  if (!ctx.message.isDirect) await ctx.reply(noticeText.sentPrivately);
}
