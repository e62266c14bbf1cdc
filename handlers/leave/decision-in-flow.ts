import { z } from 'zod';
import type { Outgoing } from '../../data/message.ts';
import type { Waiting } from './approval-handler.ts';
import { approvesByNumber, readDecision } from './approval-reading.ts';
import { approvalFromText, type ApprovalTarget } from './approval-target.ts';

/*
 * A decision on another request typed while a flow waits on the approver (a rejection's reason, a batch's
 * 确认): 「梁小燕的同意，照顾好妈妈」 where 「请说明驳回第3号请假的理由」 was asked is that decision, never the
 * reason, and whatever waited is kept or said plainly to be left.
 */

/** Who had what waiting when the flow began: names choose requests as in the approvals handler. */
export const waitingSnapshot = z
  .array(z.object({ kind: z.enum(['leave', 'overtime']), id: z.number(), applicant: z.string() }))
  .optional();
export type WaitingSnapshot = NonNullable<z.infer<typeof waitingSnapshot>>;

export function snapshotOf(waiting: readonly Waiting[]): WaitingSnapshot {
  return waiting.map((w) => ({ kind: w.target.kind, id: w.target.id, applicant: w.applicant }));
}

/** Another decision: what it chooses, and whether it starts a flow of its own (a reason asked, a read-back). */
export interface OtherDecision {
  readonly targets: readonly ApprovalTarget[];
  /** A rejection without its reason: 「郑雨这周已经请过了 不批」 where her reason is asked is that reason. */
  readonly bareRejection: boolean;
  readonly opensFlow: boolean;
}

/** As the approvals handler's trigger: a long message mentioning 同意 is something else. */
const MAX_LENGTH = 60;
/** 「全部同意」 names them all; 「都不行」 where a reason is asked may be that reason. */
const ALL = /全部|所有/;

/**
 * The approver's message read as a decision on what waits on them, when it names what it decides (a
 * number, an applicant, 全部): a bare 「同意」 or 「不批」 here answers the flow, not some other request.
 */
export function otherDecision(text: string, waiting: WaitingSnapshot): OtherDecision | null {
  const typed = approvalFromText(text);
  if (typed?.target) {
    const bare = !typed.approve && !typed.comment;
    return { targets: [typed.target], bareRejection: bare, opensFlow: bare };
  }
  if (text.length > MAX_LENGTH) return null;
  const given = (name: string) => (name.length === 3 ? name.slice(1) : name);
  const names = /\d/.test(text) || ALL.test(text) || waiting.some((w) => text.includes(given(w.applicant)));
  const listed: Waiting[] = waiting.map((w) => ({
    target: w.kind === 'leave' ? { kind: 'leave', id: w.id } : { kind: 'overtime', id: w.id },
    line: '',
    since: new Date(0),
    applicant: w.applicant,
  }));
  const d = names ? readDecision(text, listed) : null;
  // 「3号同意 我跟她说过了」: more than a decision, yet a number approved; the approvals handler answers it.
  const none = { targets: [], bareRejection: false, opensFlow: false };
  if (d === null || d.kind === 'which') return approvesByNumber(text) ? none : null;
  if (d.kind === 'nothing') return d.applicant ? none : null;
  const targets = d.targets.map((c) => c.target);
  const bare = !d.approve && !d.comment;
  return { targets, bareRejection: bare, opensFlow: targets.length > 1 || bare };
}

export const sameTarget = (a: Pick<ApprovalTarget, 'kind' | 'id'>, b: Pick<ApprovalTarget, 'kind' | 'id'>) =>
  a.kind === b.kind && a.id === b.id;

/** 「第1、2号」, 「加班3」, 「第1号、加班3」: how the approver's cards name them. */
export function labelOf(items: readonly Pick<ApprovalTarget, 'kind' | 'id'>[]): string {
  if (items.every((i) => i.kind === 'leave')) return `第${items.map((i) => i.id).join('、')}号`;
  return items.map((i) => (i.kind === 'leave' ? `第${i.id}号` : `加班${i.id}`)).join('、');
}

/** 「同意 1 2」「驳回 加班3 理由」: the command that decides them. */
function commandFor(items: readonly Pick<ApprovalTarget, 'kind' | 'id'>[], approve: boolean): string {
  const refs = items.map((i) => (i.kind === 'leave' ? `${i.id}` : `加班${i.id}`)).join(' ');
  return approve ? `同意 ${refs}` : `驳回 ${refs} 理由`;
}

export const inFlowText = {
  /** The reason flow kept: the other decision was answered, this one still waits. */
  reasonStillAsked: (label: string): Outgoing =>
    `${label}的驳回理由还在等您：请说明理由（会转告申请人；不写理由请回「不写」）。`,
  /** The batch kept: its 确认 (or its reason) still awaited. */
  batchStillAsked: (label: string, approve: boolean, needsReason: boolean): Outgoing =>
    needsReason
      ? `${label}的驳回理由还在等您：请写驳回理由（会转告每位申请人），回复「取消」放弃。`
      : `${label}还等您确认${approve ? '同意' : '驳回'}：回复「确认」一并处理，回复「取消」放弃。`,
  /** Left undecided, said plainly, with the way to decide them. */
  left: (items: readonly Pick<ApprovalTarget, 'kind' | 'id'>[], approve: boolean): Outgoing =>
    `${labelOf(items)}没有处理，仍在等您审批；要${approve ? '同意' : '驳回'}请回复「${commandFor(items, approve)}」。`,
};
