import { formatDays } from './format-span.ts';

/** One's own leave taken this year, by type. */
export const takenText = {
  privately: '涉及个人信息，已私信您。',
  answer: (year: number, rows: readonly { name: string; approved: number; pending: number }[]) => {
    if (!rows.length) return `${year}年您还没有请过假。发「我的请假」可以查看每一份申请。`;
    const line = (r: (typeof rows)[number]) =>
      `· ${r.name}：已批准${formatDays(r.approved)}天${r.pending ? `，审批中${formatDays(r.pending)}天` : ''}`;
    return [`${year}年您请的假：`, ...rows.map(line), '发「我的请假」可以查看每一份申请。'].join('\n');
  },
};
