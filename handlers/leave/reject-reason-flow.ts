import { z } from 'zod';
import type { Flow } from '../../bot/conversation/flow.ts';
import type { Outgoing } from '../../data/message.ts';
import type { Staff } from '../../data/org/staff.ts';
import { readRejectReply } from '../understanding/index.ts';
import { isLeaveCommand } from './commands.ts';
import { approvesByNumber } from './approval-reading.ts';

const stateSchema = z.object({ kind: z.enum(['leave', 'overtime']), id: z.number(), seq: z.number().optional() });
export type RejectReasonState = z.infer<typeof stateSchema>;
type Effect = {
  readonly type: 'decide';
  readonly target: RejectReasonState;
  readonly approve: boolean;
  readonly comment: string | null;
};

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
 * the reason still awaited; 「搞错了 是要批的」 approves instead. Never the raw text as a reason whatever it says.
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
      // Another decision typed meanwhile (「3号同意」) is decided; the reason is still awaited.
      if (input.action || isLeaveCommand(input.text) || approvesByNumber(input.text)) return { passThrough: 'keep' };
      const text = input.text.trim();
      if (!text) return { next: position };
      const target = position.state;
      const r = readRejectReply(text, target.id);
      if (r.intent === 'ask_policy') return { passThrough: 'keep' };
      if (r.intent === 'approve') return { effects: [{ type: 'decide', target, approve: true, comment: null }] };
      const reason = r.intent === 'step_answer' ? (r.fields.reason ?? text) : null;
      return { effects: [{ type: 'decide', target, approve: false, comment: reason }] };
    },
    async perform(effect, ctx) {
      return [await decide(ctx.person, effect.target, effect.approve, effect.comment, ctx.now)];
    },
  };
}
