import { formatDateTime } from '../../data/time/index.ts';

/** One occurrence the pause held back, for the resume reply. */
export interface HeldLine {
  readonly title: string;
  readonly dueAt: Date;
  /** HR's command to send it after all (notices); absent: skipped for good. */
  readonly resend?: string;
  readonly people: number;
  readonly rooms: number;
}

/** What HR reads about the pause switch of scheduled sends. */
export const scheduledSendsText = {
  // The pause rule, said the same way in the pause reply, the resume reply and the README.
  paused:
    '已暂停所有定时发送（提醒、生日祝福、定时通知）。暂停期间到期的提醒和生日祝福跳过，不补发；' +
    '到期的通知先扣住，不会自动补发：恢复时我会列出来，您发「补发通知 编号」才补发。发送「恢复定时发送」可恢复。',
  alreadyPaused: '定时发送本来就是暂停的。发送「恢复定时发送」可恢复。',
  /**
   * Notices written for later: the outbox holds nothing of them until their time, so 「待发送 0 条」
   * alone read as if nothing were scheduled. Said under the pause (they will be held) and the status.
   */
  scheduledNotices: (notices: readonly { id: number; sendAt: Date; people: number }[], paused: boolean) =>
    notices.length
      ? [
          paused ? '已定好时间的通知（到时先扣住）：' : '已定好时间的通知：',
          ...notices.map((n) => `· 通知 ${n.id}：${formatDateTime(n.sendAt)}，${n.people} 人`),
        ].join('\n')
      : '',
  notPaused: '定时发送本来就在正常运行，不需要恢复。发送「定时发送状态」可查看。',
  resumed: (held: readonly HeldLine[]) => {
    if (!held.length) return '已恢复定时发送。暂停期间没有到期的消息。';
    const count = (l: HeldLine) =>
      [l.people ? `${l.people} 人` : '', l.rooms ? `${l.rooms} 个群` : ''].filter(Boolean).join('、');
    const notices = held.filter((l) => l.resend);
    const skipped = held.filter((l) => !l.resend);
    return [
      '已恢复定时发送。暂停期间到期、没有发出的消息：',
      ...notices.map(
        (l) =>
          `· ${l.title}（${formatDateTime(l.dueAt)}，${count(l)}）：已扣住，发「${l.resend}」补发；不补发就不再发出`,
      ),
      ...skipped.map((l) => `· ${l.title}（${formatDateTime(l.dueAt)}，${count(l)}）：已跳过，不补发`),
    ].join('\n');
  },
  resumeBlockedByEnv: '定时发送是由服务器设置 SCHEDULER_PAUSED 暂停的，需要管理员改掉这个设置并重启机器人后才能恢复。',
  status: (
    paused: boolean,
    by: string | undefined,
    since: Date | undefined,
    pending: number,
    failed: number,
    missed: number,
  ) =>
    [
      paused
        ? `定时发送：已暂停${by === 'env' ? '（服务器设置 SCHEDULER_PAUSED）' : since ? `（${formatDateTime(since)}起）` : ''}`
        : '定时发送：正常运行',
      `待发送 ${pending} 条；累计发送失败 ${failed} 条，过时未发 ${missed} 条。`,
    ].join('\n'),
};
