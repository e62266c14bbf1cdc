import { formatDateTime } from '../data/time/index.ts';

/** A group of sends that didn't go out, for HR's report. */
export interface ProblemLine {
  readonly title: string;
  readonly dueAt: Date;
  readonly names: readonly string[];
  readonly reason: string;
  /** HR's command to send it after all, e.g. 「补发通知 7」. */
  readonly resend?: string;
  /** Its content comes with the next delivered occurrence (HR's digest): nothing to follow up. */
  readonly carriedOver?: boolean;
}

const MAX_LINES = 15;
const MAX_NAMES = 8;

export const schedulerText = {
  /** Why a send didn't go, from the outbox's error code. */
  reason(error: string | null): string {
    const kind = (error ?? '').split(':')[0];
    switch (kind) {
      case 'downtime':
        return '当时机器人没有运行，已过时效，没有补发';
      case 'paused':
        return '定时发送暂停期间到期，没有发出';
      case 'unreachable':
        return '联系不上（没有绑定微信或企业微信，或找不到群）';
      default:
        return '多次发送失败';
    }
  },

  /** A missed digest: its content is not lost. */
  carriedOver: (reason: string) => `${reason}；内容会并入下一次发出的汇总，不会遗漏`,

  problemReport(lines: readonly ProblemLine[], total: number): string {
    const shown = lines.slice(0, MAX_LINES).map((l) => {
      const names =
        l.names.length > MAX_NAMES
          ? `${l.names.slice(0, MAX_NAMES).join('、')}等${l.names.length}人`
          : l.names.join('、');
      return `· ${l.title} ${formatDateTime(l.dueAt)} → ${names}：${l.reason}${l.resend ? `（要补发请发「${l.resend}」）` : ''}`;
    });
    const more = lines.length > MAX_LINES ? [`……另有 ${lines.length - MAX_LINES} 组`] : [];
    const followUp = lines.every((l) => l.carriedOver) ? '' : '需要的话请直接联系本人。';
    return ['【定时消息未送达】以下消息没有发出：', ...shown, ...more, `共 ${total} 条。${followUp}`].join('\n');
  },

  unscheduledYear: (year: number) =>
    `【节假日数据提醒】机器人还没有${year}年的放假安排。录入之前，${year}年按法定节假日（元旦、春节、清明、劳动节、端午、中秋、国庆，` +
    `逢周末在其后的工作日补假）和周末计算：调休上班日未计入，不会在调休上班日发提醒，请假天数以人事核对为准。` +
    `请按国务院办公厅的放假通知，在机构资料的 holidays.json 里加上${year}年（文件里有写法说明），然后发送「重新加载」。`,
};
