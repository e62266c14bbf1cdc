import type { ActionPress } from '../../data/message.ts';
import { APPROVE, REJECT } from './commands.ts';

export type ApprovalTarget =
  | { readonly kind: 'leave'; readonly id: number; readonly seq?: number }
  | { readonly kind: 'overtime'; readonly id: number };

export interface ApprovalCommand {
  readonly approve: boolean;
  /** Absent for a bare "同意" / "驳回": the one request waiting is meant. */
  readonly target?: ApprovalTarget;
  readonly comment: string | null;
}

const ACTION = /^(leave|overtime):(\d+):step:(\d+)$/;

/** A button press on an approval card: `leave:12:step:2` / `overtime:3:step:1`, value approve or reject. */
export function approvalFromAction(action: ActionPress | undefined): ApprovalCommand | undefined {
  const m = action ? ACTION.exec(action.actionId) : null;
  if (!m || !action || (action.value !== 'approve' && action.value !== 'reject')) return undefined;
  const id = Number(m[2]);
  const target: ApprovalTarget = m[1] === 'leave' ? { kind: 'leave', id, seq: Number(m[3]) } : { kind: 'overtime', id };
  return { approve: action.value === 'approve', target, comment: null };
}

/** "同意 12", "同意 加班3", "驳回 12 时间冲突", "驳回，时间冲突", bare "同意". */
export function approvalFromText(text: string): ApprovalCommand | undefined {
  const a = APPROVE.exec(text);
  if (a) return { approve: true, ...(a[2] ? { target: target(a[1], a[2]) } : {}), comment: null };
  const r = REJECT.exec(text);
  if (!r) return undefined;
  if (r[2]) return { approve: false, target: target(r[1], r[2]), comment: r[3]?.trim() || null };
  return { approve: false, comment: r[4]?.trim() || null };
}

function target(overtime: string | undefined, id: string): ApprovalTarget {
  return overtime ? { kind: 'overtime', id: Number(id) } : { kind: 'leave', id: Number(id) };
}
