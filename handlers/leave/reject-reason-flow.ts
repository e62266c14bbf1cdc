import { z } from 'zod';
import type { Flow, FlowResult } from '../../bot/conversation/flow.ts';
import type { Outgoing } from '../../data/message.ts';
import type { Staff } from '../../data/org/staff.ts';
import { readRejectReply } from '../understanding/index.ts';
import { isLeaveCommand } from './commands.ts';
import { inFlowText, otherDecision, sameTarget, waitingSnapshot } from './decision-in-flow.ts';

const stateSchema = z.object({
  kind: z.enum(['leave', 'overtime']),
  id: z.number(),
  seq: z.number().optional(),
  // What else waited on the approver when the reason was asked: 「梁小燕的同意」 names one of them.
  waiting: waitingSnapshot,
});
export type RejectReasonState = z.infer<typeof stateSchema>;
type Effect =
  | { readonly type: 'decide'; readonly target: RejectReasonState; readonly approve: boolean; comment: string | null }
  /** The rejection left undecided for another decision that asks something of its own: said plainly. */
  | { readonly type: 'left'; readonly target: RejectReasonState };

/** Decides once the reason is in (or declined); the same checks as a typed "驳回 12 理由". */
export type Decide = (
  approver: Staff,
  target: RejectReasonState,
  approve: boolean,
  comment: string | null,
  now: Date,
) => Promise<Outgoing>;

/**
 * "驳回 12" (or the 驳回 button) without a reason: the next message is read as a reply to 「请说明驳回…的理由」
 * (issue 11): a reason rejects with it; 「不写了」「算了 不用写」 reject without one; a question is answered and
 * the reason still awaited; 「搞错了 是要批的」 approves instead. Never the raw text as a reason whatever it says,
 * nor a decision on a request named (「梁小燕的同意，照顾好妈妈」「1号不批」): that is decided.
 */
export function rejectReasonFlow(decide: Decide): Flow<RejectReasonState, undefined, Effect> {
  return {
    name: 'approval-reject-reason',
    version: 1,
    title: '驳回',
    schema: stateSchema,
    timeoutMinutes: 30,
    prepare: async () => undefined,
    step(position, input) {
      const target = position.state;
      if (input.action) return { passThrough: 'keep' };
      const other = otherDecision(input.text, target.waiting ?? []);
      // 「郑雨这周已经请过了 不批」 of the request itself, no reason read: all of it is the reply, as before.
      const itself = other?.bareRejection && other.targets.every((t) => sameTarget(t, target));
      if (other && !itself) return afterOtherDecision(target, other.targets, other.opensFlow);
      if (isLeaveCommand(input.text)) return { passThrough: 'keep' };
      const text = input.text.trim();
      if (!text) return { next: position };
      const r = readRejectReply(text, target.id);
      if (r.intent === 'ask_policy') return { passThrough: 'keep' };
      if (r.intent === 'approve') return { effects: [{ type: 'decide', target, approve: true, comment: null }] };
      const reason = r.intent === 'step_answer' ? (r.fields.reason ?? text) : null;
      return { effects: [{ type: 'decide', target, approve: false, comment: reason }] };
    },
    async perform(effect, ctx) {
      if (effect.type === 'left') {
        // Passed through: the flow's replies are dropped, so it is said here, before the other decision's answer.
        await ctx.replyPrivately(inFlowText.left([effect.target], false));
        return;
      }
      return [await decide(ctx.person, effect.target, effect.approve, effect.comment, ctx.now)];
    },
  };
}

/**
 * The approvals handler decides the other request. This rejection is its concern too when named (ended); it
 * is left, and said so, when the other one asks a reason or a 确认 of its own (one flow at a time); otherwise
 * its reason is asked again after the other decision's answer.
 */
function afterOtherDecision(
  target: RejectReasonState,
  targets: readonly { kind: 'leave' | 'overtime'; id: number }[],
  opensFlow: boolean,
): FlowResult<RejectReasonState, Effect> {
  if (targets.some((t) => sameTarget(t, target))) return { passThrough: 'end' };
  if (opensFlow) return { passThrough: 'end', effects: [{ type: 'left', target }] };
  const label = target.kind === 'leave' ? `第${target.id}号请假` : `加班${target.id}`;
  return { passThrough: 'keep', after: [inFlowText.reasonStillAsked(label)] };
}
