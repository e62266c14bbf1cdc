import { z } from 'zod';
import type { Flow, FlowResult } from '../../bot/conversation/flow.ts';
import type { Outgoing } from '../../data/message.ts';
import type { Staff } from '../../data/org/staff.ts';
import type { ApprovalTarget } from './approval-target.ts';
import { readRejectReply } from '../understanding/index.ts';
import { putsOffDecision } from '../understanding/approvals.ts';
import { inFlowText, labelOf, otherDecision, sameTarget, waitingSnapshot } from './decision-in-flow.ts';

const item = z.object({
  kind: z.enum(['leave', 'overtime']),
  id: z.number(),
  seq: z.number().optional(),
  line: z.string(),
});
const stateSchema = z.object({
  approve: z.boolean(),
  items: z.array(item).min(2),
  comment: z.string().nullable(),
  // What waited on the approver when the batch was read back: 「赵丽娜那个不批」 names one of them.
  waiting: waitingSnapshot,
});
export type BatchState = z.infer<typeof stateSchema>;
type Effect =
  | { readonly type: 'decide'; readonly state: BatchState; readonly comment: string | null }
  /** Items left undecided for another decision with a flow of its own: said plainly. */
  | { readonly type: 'left'; readonly items: BatchState['items']; readonly approve: boolean };

/** Decides one request: the same path as a typed 「同意 12」 (checks, notices to the applicant, HR). */
export type DecideOne = (
  approver: Staff,
  target: ApprovalTarget,
  approve: boolean,
  comment: string | null,
  now: Date,
) => Promise<Outgoing>;

const YES =
  /^(?:确认|确定|确认提交|是|是的|对|对的|好|好的|可以|行|嗯+|没问题|ok|okay|同意|批|执行)[啊呀吧的了!！。.~～👌👍]*$/iu;
const NO = /^(?:取消|不|不用|不用了|不要|不行|算了|先不|先不要|否|再想想|等等|等一下|不对)[啊呀吧的了!！。.~～]*$/;

export const batchText = {
  readBack: (s: Pick<BatchState, 'approve' | 'items' | 'comment'>) =>
    [
      // With an approval it is a note to the applicant (「辛苦了」), with a rejection the reason.
      `将${s.approve ? '同意' : '驳回'}以下${s.items.length}份申请${commentOf(s)}：`,
      ...s.items.map((i) => i.line),
      s.approve || s.comment
        ? '回复「确认」一并处理，回复「取消」放弃。'
        : '请写驳回理由（会转告每位申请人），回复「取消」放弃。',
    ].join('\n'),
  nothingFrom: (name: string) => `目前没有${name}等您审批的申请。`,
  declined: (n: number) => `好的，已放弃，这${n}份申请都没有处理，仍在等您审批。`,
  done: (results: readonly string[]) => results.join('\n'),
};

/**
 * Several requests decided at once (issue 13 batch decisions; issue 11 「1 2 3 都同意」「全部同意」):
 * one read-back, one 确认. Declining, or saying anything else, ends it: nothing stays pending
 * that a later 「好的」 could act on — but for a decision on another request named (「赵丽娜那个不批 …」),
 * which is decided while the batch waits, its 确认 asked again after the answer.
 */
export function batchDecisionFlow(decide: DecideOne): Flow<BatchState, undefined, Effect> {
  return {
    name: 'approval-batch',
    version: 1,
    title: '批量审批',
    schema: stateSchema,
    timeoutMinutes: 30,
    prepare: async () => undefined,
    step(position, input) {
      const s = position.state;
      if (input.action) return { passThrough: 'end' };
      const text = input.text.trim();
      if (NO.test(text)) return { replies: [batchText.declined(s.items.length)] };
      const needsReason = !s.approve && !s.comment;
      // 「2号先别批 那周有评估」: a decision put off on another request keeps the batch waiting (it was
      // dropped, and the next 「确认」 found nothing); put off on one of its own, that one leaves it.
      const waiting = s.waiting ?? [];
      const pending = waiting.map((w) => ({ no: w.id, applicant: w.applicant, kind: w.kind }));
      if (!YES.test(text) && putsOffDecision(text, { state: 'idle', roles: [], pending })) {
        const named = (i: BatchState['items'][number]) =>
          new RegExp(`(?<!\\d)${i.id}(?!\\d)`).test(text) ||
          waiting.some((w) => sameTarget(w, i) && text.includes(w.applicant));
        return afterOtherDecision(s, s.items.filter(named), false);
      }
      const other = YES.test(text) ? null : otherDecision(text, waiting);
      // 「孙浩那天有督导 不批」 of the batch's own, its reason asked: all of it is the reply, as before.
      const itself = needsReason && other?.bareRejection && other.targets.every((t) => s.items.some(same(t)));
      if (other && !itself) return afterOtherDecision(s, other.targets, other.opensFlow);
      if (needsReason) {
        // A reason is words, not a yes: 「好的」 here would reject with 「好的」 as the reason.
        if (YES.test(text) || text.length < 2) return { next: position, replies: [batchText.readBack(s)] };
        // Read as the reply to 「请写驳回理由」 (as for one request): 「算了 不写了」 rejects without one, a
        // question is answered with the reason still awaited, 「搞错了 是要批的」 drops the batch.
        const r = readRejectReply(text, s.items[0]!.id);
        if (r.intent === 'ask_policy') return { passThrough: 'keep' };
        if (r.intent === 'approve') return { passThrough: 'end' };
        const comment = r.intent === 'step_answer' ? (r.fields.reason ?? text) : null;
        return { effects: [{ type: 'decide', state: s, comment }] };
      }
      if (YES.test(text)) return { effects: [{ type: 'decide', state: s, comment: s.comment }] };
      return { passThrough: 'end' };
    },
    async perform(effect, ctx) {
      if (effect.type === 'left') {
        // Passed through: the flow's replies are dropped, so it is said here, before the other decision's answer.
        await ctx.replyPrivately(inFlowText.left(effect.items, effect.approve));
        return;
      }
      const results: string[] = [];
      for (const i of effect.state.items) {
        const target: ApprovalTarget =
          i.kind === 'leave'
            ? { kind: 'leave', id: i.id, ...(i.seq !== undefined ? { seq: i.seq } : {}) }
            : { kind: 'overtime', id: i.id };
        const out = await decide(ctx.person, target, effect.state.approve, effect.comment, ctx.now);
        results.push(typeof out === 'string' ? out : out.text);
      }
      return [batchText.done(results)];
    },
  };
}

/**
 * The approvals handler decides the other request. The batch waits on (its 确认 asked again after that
 * answer), unless the decision takes some of its items or asks something of its own (one flow at a time):
 * then what it leaves undecided is said plainly.
 */
function afterOtherDecision(
  s: BatchState,
  targets: readonly { kind: 'leave' | 'overtime'; id: number }[],
  opensFlow: boolean,
): FlowResult<BatchState, Effect> {
  const rest = s.items.filter((i) => !targets.some((t) => sameTarget(t, i)));
  if (rest.length === s.items.length && !opensFlow)
    return {
      passThrough: 'keep',
      after: [inFlowText.batchStillAsked(labelOf(rest), s.approve, !s.comment && !s.approve)],
    };
  return { passThrough: 'end', effects: rest.length ? [{ type: 'left', items: rest, approve: s.approve }] : [] };
}

const same = (t: { kind: 'leave' | 'overtime'; id: number }) => (i: BatchState['items'][number]) => sameTarget(t, i);

function commentOf(s: Pick<BatchState, 'approve' | 'comment'>): string {
  return s.comment ? `（${s.approve ? '留言' : '理由'}：${s.comment}）` : '';
}
