import type { FlowResult } from '../../bot/conversation/flow.ts';
import type { OutgoingMessage } from '../../data/message.ts';
import type { LocalDate } from '../../data/time/index.ts';
import type { LeaveFields } from '../understanding/index.ts';
import { inFlowText } from './in-flow-text.ts';
import type { LeaveDraftState, LeaveFlowEffect, LeaveFlowEnv } from './leave-request-flow.ts';
import { checkDraft } from './check-draft.ts';
import { typeKeyOf } from './leave-understanding.ts';
import { leaveText } from './messages.ts';
import { draftActions, numbered, summaryLines } from './read-back.ts';
import type { LeaveCheck } from './rules/check-leave.ts';
import type { LeaveSpan } from './rules/leave-span.ts';
import { requestLimitProblem } from './rules/request-limits.ts';

type Result = FlowResult<LeaveDraftState, LeaveFlowEffect>;
type Part = NonNullable<LeaveDraftState['parts']>[number];

/**
 * A request split into parts (「那前三天婚假 后面两天用年假」, 「14号请年假 15 16号用调休」): each
 * part a type and its dates. Null unless every part has both, and there are at least two.
 */
export function partsOf(requests: readonly LeaveFields[], env: LeaveFlowEnv): Part[] | null {
  const rules = env.org.leaveRules!;
  const parts: Part[] = [];
  for (const r of requests) {
    const typeKey = typeKeyOf(r.type, rules);
    if (!typeKey || r.start === undefined) return null;
    const end = r.end ?? r.start;
    const single = r.start === end;
    parts.push({
      typeKey,
      start: { date: r.start, half: r.startHalf ?? 'full' },
      end: { date: end, half: single ? (r.startHalf ?? 'full') : (r.endHalf ?? 'full') },
    });
  }
  return parts.length >= 2 ? parts : null;
}

function spanOf(p: Part): LeaveSpan {
  return {
    start: p.start.date as LocalDate,
    startHalf: p.start.half,
    end: p.end.date as LocalDate,
    endHalf: p.end.half,
  };
}

function checks(state: LeaveDraftState, env: LeaveFlowEnv): { part: Part; check: LeaveCheck }[] {
  return (state.parts ?? []).map((part) => ({
    part,
    check: checkDraft(env, part.typeKey, spanOf(part), false),
  }));
}

/** The parts read back together, each with its rules' verdict; one 确认 submits them all. */
export function readBackSplit(state: LeaveDraftState, env: LeaveFlowEnv): Result {
  const rules = env.org.leaveRules!;
  const limit = (state.parts ?? []).map((p) => requestLimitProblem(rules, spanOf(p), env.today)).find(Boolean);
  if (limit) return { next: { step: 'confirm', state }, replies: [`${limit}\n${leaveText.limitHint}`] };
  const checked = checks(state, env);
  const refused = checked.some((c) => c.check.outcome === 'refused');
  const lines = [inFlowText.splitTitle(checked.length)];
  checked.forEach(({ check }, i) => {
    const reason = check.type.keepReason && state.reason ? { reason: state.reason } : {};
    lines.push(
      '',
      `【第${i + 1}份】`,
      ...summaryLines({ check, rules, directory: env.org.directory, today: env.today, ...reason }),
    );
    if (check.refusals.length) lines.push(leaveText.refusedTitle, ...numbered(check.refusals, rules.document));
    if (check.flags.length) lines.push(leaveText.flagsTitle, ...numbered(check.flags, rules.document));
  });
  lines.push('', refused ? leaveText.refusedHint : leaveText.confirmHint);
  const message: OutgoingMessage = {
    text: lines.join('\n'),
    ...(refused ? {} : { actions: draftActions() }),
  };
  return { next: { step: 'confirm', state }, replies: [message] };
}

/** 确认 on a split: every part submitted, or the read-back again when the rules refuse one. */
export function confirmSplit(state: LeaveDraftState, env: LeaveFlowEnv): Result {
  const checked = checks(state, env);
  if (checked.some((c) => c.check.outcome === 'refused')) return readBackSplit(state, env);
  return {
    effects: checked.map(({ part, check }) => ({
      type: 'submit' as const,
      typeKey: part.typeKey,
      span: spanOf(part),
      reason: check.type.keepReason ? (state.reason ?? null) : null,
      extended: false,
    })),
  };
}
