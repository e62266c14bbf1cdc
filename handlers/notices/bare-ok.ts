import type { Context } from '../../bot/context.ts';
import { hasRole, type Staff } from '../../data/org/staff.ts';
import type { Notice, NoticeRepo } from '../../data/repos/notice-repo.ts';
import type { OutboxRepo } from '../../data/repos/outbox-repo.ts';
import { qaText } from '../policy-qa/messages.ts';
import { withoutPoliteness } from '../understanding/text-cues.ts';
import { noticeText } from './messages.ts';
import { noticesSentTo } from './notice-delivery.ts';

/**
 * 「好的」「嗯」「ok」「👌」 and nothing else (「知道了」 too, below). Said with no conversation open (a read-back or an
 * offer takes it first), it can only answer a notice or the bot's last answer (issue 11).
 */
const BARE_OK = /^(?:好的?|好滴|好嘞|嗯+|恩+|ok|okay|👌|👍)[了啦呀。.!！~～👌👍\s]*$/iu;
/**
 * 「知道了」「了解」「明白了」, thanks and a name allowed (「知道了 谢谢刘姐」): as weak as 「好的」 — said right
 * after an answer it answers that — so read the same way, never as firmly as 收到.
 */
const UNDERSTOOD = /^(?:好的?\s*)?(?:知道(?:了|啦|的)|晓得了?|了解了?|明白了?|清楚了)[了啦呀。.!！~～👌👍\s]*$/u;

/** 「ok」 from an approver is read by the approvals first (it approves the one request waiting). */
const APPROVER_OK = /^ok/i;
const APPROVERS = ['team_lead', 'project_lead', 'dept_head', 'director', 'manager', 'hr'] as const;

export function isBareOk(text: string, person: Staff): boolean {
  if (UNDERSTOOD.test(withoutPoliteness(text))) return true;
  if (!BARE_OK.test(text.trim())) return false;
  return !(APPROVER_OK.test(text.trim()) && APPROVERS.some((r) => hasRole(person, r)));
}

export interface BareOkDeps {
  readonly notices: NoticeRepo;
  readonly outbox: OutboxRepo;
  /** The Q&A answered this person a moment ago: a 「好的」 may answer that instead. */
  readonly recentAnswer?: (staffId: string, now: Date) => boolean;
}

/** Notices the person received and has not confirmed (one held by a pause is not theirs yet). */
export async function openNoticesFor(deps: BareOkDeps, staffId: string, now: Date): Promise<Notice[]> {
  const due = await deps.notices.unconfirmedFor(staffId, now);
  const received = await noticesSentTo(
    deps.outbox,
    staffId,
    due.map((n) => n.id),
  );
  return due.filter((n) => received.has(n.id));
}

/**
 * A bare 「好的」: the ack of the open notice when nothing else waits (HR's "who hasn't confirmed"
 * list is then right); when the bot has also just answered something, it asks which was meant
 * rather than recording an ack the person may not have given.
 */
export async function answerBareOk(ctx: Context, deps: BareOkDeps, ack: () => Promise<void>): Promise<void> {
  const open = await openNoticesFor(deps, ctx.person.id, ctx.now);
  if (open.length === 0) return ctx.reply(qaText.nothingPending);
  if (deps.recentAnswer?.(ctx.person.id, ctx.now)) return ctx.reply(noticeText.okWhich(open));
  await ack();
}
