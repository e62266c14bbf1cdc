import { formatDate, yearOf } from '../../data/time/index.ts';
import type { Half, LeaveSpan } from './rules/leave-span.ts';

const HALF: Record<Half, string> = { full: '', am: '上午', pm: '下午' };

/** `12月7日（周一）下午至12月9日（周三）`, `12月7日（周一）上午`; years shown when they differ from `referenceYear`. */
export function formatSpan(span: LeaveSpan, referenceYear?: number): string {
  const withYear =
    yearOf(span.start) !== yearOf(span.end) ||
    (referenceYear !== undefined && (yearOf(span.start) !== referenceYear || yearOf(span.end) !== referenceYear));
  const start = `${formatDate(span.start, { withYear })}${HALF[span.startHalf]}`;
  if (span.start === span.end) return start;
  return `${start}至${formatDate(span.end, { withYear })}${HALF[span.endHalf]}`;
}

/** 3 → '3', 2.5 → '2.5', 0.5 → '0.5'. */
export function formatDays(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}

/** Hours as people say them: 3.5 → '3.5'. */
export function formatHours(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 10) / 10);
}

/** Hours of 调休 as the leave they pay for, in half days: 12 → '可休1.5天', 3.5 → '不足半天'. */
export function usableDaysText(hours: number, hoursPerDay: number): string {
  const days = Math.floor(hours / (hoursPerDay / 2)) / 2;
  return days > 0 ? `可休${formatDays(days)}天` : '不足半天';
}
