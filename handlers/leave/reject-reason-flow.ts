import { z } from 'zod';
import type { Flow } from '../../bot/conversation/flow.ts';
import type { Outgoing } from '../../data/message.ts';
import type { Staff } from '../../data/org/staff.ts';
import { isLeaveCommand } from './commands.ts';
import { approvesByNumber } from './approval-reading.ts';

const stateSchema = z.object({ kind: z.enum(['leave', 'overtime']), id: z.number(), seq: z.number().optional() });
export type RejectReasonState = z.infer<typeof stateSchema>;
type Effect = { readonly type: 'reject'; readonly target: RejectReasonState; readonly comment: string };

/** Decides a rejection once the reason is in; the same checks as a typed "驳回 12 理由". */
export type Reject = (approver: Staff, target: RejectReasonState, comment: string, now: Date) => Promise<Outgoing>;

/** "驳回 12" (or the 驳回 button) without a reason: the next message is the reason. */
export function rejectReasonFlow(reject: Reject): Flow<RejectReasonState, undefined, Effect> {
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
      const comment = input.text.trim();
      if (!comment) return { next: position };
      return { effects: [{ type: 'reject', target: position.state, comment }] };
    },
    async perform(effect, ctx) {
      return [await reject(ctx.person, effect.target, effect.comment, ctx.now)];
    },
  };
}
