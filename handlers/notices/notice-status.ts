import type { Directory } from '../../data/org/directory.ts';
import type { NoticeRecipient } from '../../data/repos/notice-repo.ts';
import { noticeText } from './messages.ts';
import { receivedBy, resendable, type MissReason, type NoticeDelivery } from './notice-delivery.ts';

/**
 * 「通知 7 状态」: what actually happened (待发送 / 发送中 x/N / 已发出 / 已暂停 / 未发出（原因）),
 * from the outbox rows, never from the planned time; then who did not get it and why, who has
 * and who hasn't confirmed, by name, grouped by team in the directory's order.
 */
export function noticeStatus(d: NoticeDelivery, paused: boolean, now: Date, directory: Directory): string {
  const { notice, recipients } = d;
  const total = recipients.length;
  if (!d.planned && notice.sendAt > now) {
    return noticeText.notSentYet(notice.id, notice.sendAt, total) + (paused ? `\n${noticeText.pausedAhead}` : '');
  }
  if (!d.planned) {
    const phase = paused ? noticeText.phasePausedBefore(notice.sendAt) : noticeText.phaseQueued(total);
    return noticeText.statusHead(notice.id, notice.text, phase);
  }

  const received = receivedBy(d);
  const sentTimes = [...d.copies.values()].flatMap((c) => (c.kind === 'sent' ? [c.at.getTime()] : []));
  const firstSent = sentTimes.length ? new Date(Math.min(...sentTimes)) : undefined;
  const waiting = [...d.copies.values()].filter((c) => c.kind === 'waiting').length;
  const missed = new Map<MissReason, NoticeRecipient[]>();
  for (const r of recipients) {
    const c = d.copies.get(r.staffId);
    if (c?.kind === 'missed') missed.set(c.reason, [...(missed.get(c.reason) ?? []), r]);
  }
  const reasons = [...missed.keys()].map((k) => noticeText.missReason[k]);
  const acked = recipients.filter((r) => r.ackedAt);
  const open = recipients.filter((r) => received.has(r.staffId) && !r.ackedAt);
  const heldByPause = missed.has('paused');

  let phase: string;
  if (paused && (waiting || heldByPause)) phase = noticeText.phasePaused(received.size, total);
  else if (waiting) phase = noticeText.phaseSending(received.size, total);
  else if (received.size === total) phase = noticeText.phaseSent(firstSent!, total, acked.length);
  else if (!received.size) phase = noticeText.phaseNotSent(reasons, total);
  else phase = noticeText.phasePartly(firstSent!, received.size, total, reasons);

  const parts = [noticeText.statusHead(notice.id, notice.text, phase)];
  if (received.size && received.size < total) parts.push(noticeText.ackCounts(acked.length, open.length));
  for (const [reason, people] of missed) {
    const title = noticeText.notReceivedTitle(people.length, noticeText.missReason[reason]);
    parts.push(noticeText.statusGroup(title, byTeam(people, directory)));
  }
  if (open.length)
    parts.push(noticeText.statusGroup(noticeText.unconfirmedTitle(open.length), byTeam(open, directory)));
  if (acked.length)
    parts.push(noticeText.statusGroup(noticeText.confirmedTitle(acked.length), byTeam(acked, directory)));
  if (resendable(d).length) {
    parts.push(paused ? noticeText.resendAfterResume(notice.id) : noticeText.resendHint(notice.id));
  }
  if (open.length)
    parts.push(notice.remindedAt ? noticeText.remindedAt(notice.remindedAt) : noticeText.remindHint(notice.id));
  return parts.join('\n\n');
}

function byTeam(recipients: readonly NoticeRecipient[], directory: Directory): string[] {
  const ids = new Set(recipients.map((r) => r.staffId));
  const lines: string[] = [];
  for (const team of directory.teams()) {
    const names = directory
      .team(team)
      .filter((s) => ids.has(s.id))
      .map((s) => s.name);
    if (names.length) lines.push(`${team}：${names.join('、')}`);
  }
  const gone = recipients.filter((r) => !directory.get(r.staffId)).map((r) => r.staffId);
  if (gone.length) lines.push(`${noticeText.leftDirectory}：${gone.join('、')}`);
  return lines;
}
