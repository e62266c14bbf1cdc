import { formatDate, localDate, shanghaiDate, shanghaiTime, type LocalDate } from '../../data/time/index.ts';

export const LEAVE_STATUS: Record<string, string> = {
  pending: '审批中',
  approved: '已批准',
  rejected: '已驳回',
  withdrawn: '已撤回',
};
export const STEP_STATUS: Record<string, string> = {
  approved: '同意',
  rejected: '驳回',
  waiting: '待审批',
  queued: '未到',
  cancelled: '取消',
};
export const STEP_ACTION: Record<string, string> = { forward: '转呈', review: '审核', approve: '批准' };
const HALF: Record<string, string> = { full: '', am: '上午', pm: '下午' };

/** 12月7日（周一）下午 至 12月9日（周三）上午 */
export function spanText(
  r: { start: string; startHalf: string; end: string; endHalf: string },
  referenceYear: number,
): string {
  const a = `${formatDate(localDate(r.start), { referenceYear })}${HALF[r.startHalf] ?? ''}`;
  if (r.start === r.end && r.startHalf === r.endHalf) return a;
  if (r.start === r.end) return `${formatDate(localDate(r.start), { referenceYear })}`;
  return `${a} 至 ${formatDate(localDate(r.end), { referenceYear })}${HALF[r.endHalf] ?? ''}`;
}

/**
 * 12月7日（周一）14:05 on the Shanghai clock: with the year when it differs from `now`'s, and
 * always with the year when no `now` is given (logs that span years).
 */
export function stamp(d: Date, now?: Date): string {
  const options = now ? { referenceYear: Number(shanghaiDate(now).slice(0, 4)) } : { withYear: true };
  return `${formatDate(shanghaiDate(d), options)}${shanghaiTime(d)}`;
}

export function todayIn(now: Date): LocalDate {
  return shanghaiDate(now);
}

/** "2026-12" → {year, month}; anything else → undefined. */
export function parseMonth(text: unknown): { year: number; month: number } | undefined {
  const m = typeof text === 'string' ? /^(\d{4})-(\d{1,2})$/.exec(text) : null;
  if (!m) return undefined;
  const month = Number(m[2]);
  return month >= 1 && month <= 12 ? { year: Number(m[1]), month } : undefined;
}

export function monthKey(m: { year: number; month: number }): string {
  return `${m.year}-${String(m.month).padStart(2, '0')}`;
}
