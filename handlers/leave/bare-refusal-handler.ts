import type { Handler } from '../../bot/handler.ts';
import type { Org } from '../../data/org/load-org.ts';
import { hasRole } from '../../data/org/staff.ts';
import type { ApprovalDeps } from './approval-handler.ts';
import { APPROVER_ROLES, waitingFor } from './approval-handler.ts';
import { approvalText } from './messages.ts';

/** 「不行 那两天要家访」: a refusal with its reason, naming no request. */
const REFUSAL = /^(?:不行|不可以)[\s,，。!！]+([^\s].{1,40})$/;

/**
 * A lead's bare 「不行 …」 with one request waiting was 「好的，知道了」, and the lead believed it refused. A
 * bare 不行 is too often about something else to reject on, so the bot asks, with the exact words that
 * do it (「驳回 4 那两天要家访」): one message, nothing decided on a guess.
 */
export function bareRefusalHandler(deps: Pick<ApprovalDeps, 'db' | 'leave'>, org: () => Org): Handler {
  return {
    name: 'leave-bare-refusal',
    trigger: (ctx) => {
      if (!APPROVER_ROLES.some((r) => hasRole(ctx.person, r)) || !org().leaveRules) return false;
      return REFUSAL.test(ctx.text.trim());
    },
    async handle(ctx) {
      const waiting = await waitingFor(deps, ctx.person.id, ctx.now);
      const reason = REFUSAL.exec(ctx.text.trim())![1]!.trim();
      if (waiting.length !== 1)
        return ctx.reply(
          approvalText.refusalWhich(
            waiting.map((w) => w.line),
            reason,
          ),
        );
      const [only] = waiting;
      const ref = only!.target.kind === 'leave' ? `${only!.target.id}` : `加班${only!.target.id}`;
      await ctx.replyPrivately(approvalText.refusalAsked(only!.line, ref, reason));
    },
  };
}
