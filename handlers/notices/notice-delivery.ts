import type { Notice, NoticeRecipient } from '../../data/repos/notice-repo.ts';
import type { OutboxEntry, OutboxRepo } from '../../data/repos/outbox-repo.ts';

export const NOTICE_JOB = 'notices';

/** Why a copy did not go out, from its outbox row (or its absence). */
export type MissReason = 'paused' | 'downtime' | 'unreachable' | 'failed' | 'gone';

/** Where one recipient's copy of a notice stands, read from the outbox (the only record of a send). */
export type CopyState =
  | { readonly kind: 'sent'; readonly at: Date }
  | { readonly kind: 'waiting' }
  | { readonly kind: 'missed'; readonly reason: MissReason };

/**
 * What happened to a notice, recipient by recipient. The planned send time says nothing about
 * this (a pause, downtime or an unreachable person all leave it unsent): only the outbox rows do.
 */
export interface NoticeDelivery {
  readonly notice: Notice;
  readonly recipients: readonly NoticeRecipient[];
  readonly copies: ReadonlyMap<string, CopyState>;
  /** Whether the scheduler has written the notice's sends yet (false before its time). */
  readonly planned: boolean;
  /** The notice's rows in the outbox (for 「补发」). */
  readonly rows: readonly OutboxEntry[];
}

export async function noticeDelivery(
  outbox: OutboxRepo,
  notice: Notice,
  recipients: readonly NoticeRecipient[],
): Promise<NoticeDelivery> {
  const rows = await outbox.forOccurrences(NOTICE_JOB, [`${notice.id}`]);
  const byStaff = new Map(rows.map((r) => [r.recipient, r]));
  const copies = new Map<string, CopyState>();
  for (const r of recipients) {
    const row = byStaff.get(r.staffId);
    // Planned without this person: they had left the directory by the send time.
    if (!row) copies.set(r.staffId, rows.length ? { kind: 'missed', reason: 'gone' } : { kind: 'waiting' });
    else copies.set(r.staffId, copyState(row));
  }
  return { notice, recipients, copies, planned: rows.length > 0, rows };
}

function copyState(row: OutboxEntry): CopyState {
  if (row.status === 'sent') return { kind: 'sent', at: row.sentAt ?? row.dueAt };
  if (row.status === 'pending' || row.status === 'sending') return { kind: 'waiting' };
  const code = (row.error ?? '').split(':')[0];
  if (row.status === 'missed') return { kind: 'missed', reason: code === 'paused' ? 'paused' : 'downtime' };
  return { kind: 'missed', reason: code === 'unreachable' ? 'unreachable' : 'failed' };
}

/** The staff ids whose copy has actually been sent. */
export function receivedBy(delivery: NoticeDelivery): Set<string> {
  return new Set([...delivery.copies].filter(([, c]) => c.kind === 'sent').map(([id]) => id));
}

/** The outbox rows HR may have sent again: missed while paused or while the bot was down. */
export function resendable(delivery: NoticeDelivery): OutboxEntry[] {
  return delivery.rows.filter((r) => r.status === 'missed');
}

/** Which of these notices were actually sent to the person (a held or failed copy was not). */
export async function noticesSentTo(
  outbox: OutboxRepo,
  staffId: string,
  noticeIds: readonly number[],
): Promise<Set<number>> {
  const rows = await outbox.forOccurrences(NOTICE_JOB, noticeIds.map(String));
  return new Set(rows.filter((r) => r.recipient === staffId && r.status === 'sent').map((r) => Number(r.occurrence)));
}
