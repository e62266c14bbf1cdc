import type { Deadline } from '../../data/reminders/reminder-config.ts';

const PROGRESS = /^(.{1,12}?)(?:的)?(?:提交)?(?:进度|情况|完成情况)$/;
const ALL = new Set(['提交', '交材料', '材料', '截止', '所有', '全部']);

export type ProgressQuery = { readonly kind: 'all' } | { readonly kind: 'one'; readonly deadline: Deadline };

/** "月报进度", "归档进度", "提交进度": which deadline HR (or a lead) asks about; undefined when it isn't such a question. */
export function readProgressQuery(text: string, deadlines: readonly Deadline[]): ProgressQuery | undefined {
  const m = PROGRESS.exec(text.replace(/[\s?？。]+$/, '').trim());
  if (!m) return undefined;
  const word = m[1]!.trim();
  if (ALL.has(word)) return { kind: 'all' };
  const deadline =
    deadlines.find((d) => d.title === word || d.id === word) ?? deadlines.find((d) => d.keywords.includes(word));
  return deadline ? { kind: 'one', deadline } : undefined;
}
