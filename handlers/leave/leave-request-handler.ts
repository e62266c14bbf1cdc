import type { Flow, FlowResult } from '../../bot/conversation/flow.ts';
import type { Context } from '../../bot/context.ts';
import type { Handler } from '../../bot/handler.ts';
import { shanghaiDate } from '../../data/time/index.ts';
import type { Org } from '../../data/org/load-org.ts';
import { understand } from '../understanding/index.ts';
import { looksLikeLeaveRequest } from './leave-intent.ts';
import { partsOf } from './leave-split-draft.ts';
import {
  advance,
  leaveStep,
  type LeaveDraftState,
  type LeaveFlowEffect,
  type LeaveFlowEnv,
} from './leave-request-flow.ts';
import { idleReading } from './leave-understanding.ts';
import { leaveText } from './messages.ts';

/** 「14号请年假 15 16号用调休」: several leaves asked at once, read back together. */
function splitRequest(text: string, env: LeaveFlowEnv): FlowResult<LeaveDraftState, LeaveFlowEffect> | null {
  const u = understand(text, { state: 'idle', roles: env.person.roles }, env.understanding);
  if (u.intent !== 'leave_multi') return null;
  const parts = partsOf(u.fields.requests ?? [], env);
  if (!parts) return null;
  const reason = u.fields.requests?.find((r) => r.reason !== undefined)?.reason;
  return advance({ parts, ...(reason ? { reason } : {}) }, env);
}

/**
 * Starts a leave request from whatever the person first says ("下周一到周三请年假，回老家办事").
 * In a group it answers only "请私聊我办理" there; the rest, reasons and balances included,
 * goes to the private chat, where the conversation continues.
 */
export function leaveRequestHandler(
  flow: Flow<LeaveDraftState, LeaveFlowEnv, LeaveFlowEffect>,
  org: () => Org,
): Handler {
  return {
    name: 'leave-request',
    trigger: (ctx) => {
      const { leaveRules: rules, directory } = org();
      if (rules === undefined || ctx.message.action) return false;
      // "林晓请假了吗" is about someone else: the privacy rules of the Q&A answer it.
      if (directory.all.some((s) => s.id !== ctx.person.id && ctx.text.includes(s.name))) return false;
      // Understood as idle (issue 11): HR's 「导出12月的请假表」 or 「10号那个事假不请了 帮我撤掉」 is no request.
      const u = idleReading(ctx, org());
      if (u.intent === 'leave_request' || u.intent === 'leave_multi') return true;
      // What the understanding layer reads as a question or chat, the leave reader may still take.
      return (u.intent === 'ask_policy' || u.intent === 'small_talk') && u.confidence < 0.9
        ? looksLikeLeaveRequest(ctx.text, rules, shanghaiDate(ctx.now))
        : false;
    },
    async handle(ctx) {
      if (!ctx.message.isDirect) await ctx.reply(leaveText.movedToPrivate);
      const env = await flow.prepare(ctx);
      const result = splitRequest(ctx.text, env) ?? leaveStep({ step: 'start', state: {} }, { text: ctx.text }, env);
      await startLeave(ctx, flow, result);
    },
  };
}

/** The request's first step taken: its conversation started, its replies and effects' replies sent privately. */
export async function startLeave(
  ctx: Context,
  flow: Flow<LeaveDraftState, LeaveFlowEnv, LeaveFlowEffect>,
  result: FlowResult<LeaveDraftState, LeaveFlowEffect>,
): Promise<void> {
  if (result.next) await ctx.conversation.start(flow, result.next, []);
  for (const r of result.replies ?? []) await ctx.replyPrivately(r);
  for (const e of result.effects ?? [])
    for (const r of (await flow.perform?.(e, ctx)) ?? []) await ctx.replyPrivately(r);
}
