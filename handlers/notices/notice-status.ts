import type { Directory } from '../../data/org/directory.ts';
import type { Notice, NoticeRecipient } from '../../data/repos/notice-repo.ts';
import { noticeText } from './messages.ts';

/** Who has and hasn't confirmed, by name, grouped by team in the directory's order. */
export function noticeStatus(notice: Notice, recipients: readonly NoticeRecipient[], directory: Directory): string {
  const acked = recipients.filter((r) => r.ackedAt);
  const open = recipients.filter((r) => !r.ackedAt);
  const parts = [noticeText.status(notice.id, notice.text, notice.sendAt, acked.length, recipients.length)];
  if (open.length) parts.push(noticeText.statusGroup(noticeText.unconfirmedTitle(open.length), byTeam(open, directory)));
  if (acked.length) parts.push(noticeText.statusGroup(noticeText.confirmedTitle(acked.length), byTeam(acked, directory)));
  if (open.length) parts.push(notice.remindedAt ? noticeText.remindedAt(notice.remindedAt) : noticeText.remindHint(notice.id));
  return parts.join('\n\n');
}

function byTeam(recipients: readonly NoticeRecipient[], directory: Directory): string[] {
  const ids = new Set(recipients.map((r) => r.staffId));
  const lines: string[] = [];
  for (const team of directory.teams()) {
    const names = directory.team(team).filter((s) => ids.has(s.id)).map((s) => s.name);
    if (names.length) lines.push(`${team}：${names.join('、')}`);
  }
  const gone = recipients.filter((r) => !directory.get(r.staffId)).map((r) => r.staffId);
  if (gone.length) lines.push(`${noticeText.leftDirectory}：${gone.join('、')}`);
  return lines;
}
