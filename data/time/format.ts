import type { LocalDate } from './local-date.ts';
import { localDateParts, weekdayOf } from './local-date.ts';
import { shanghaiDate, shanghaiTime } from './shanghai.ts';

export const WEEKDAY_NAMES = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'] as const;

export interface FormatDateOptions {
  /** Always show the year. */
  withYear?: boolean;
  /** Show the year only when the date's year differs from this one (usually today's year). */
  referenceYear?: number;
}

/** `12月7日（周一）`; `2027年1月4日（周一）` when the year is asked for or differs from `referenceYear`. */
export function formatDate(date: LocalDate, options: FormatDateOptions = {}): string {
  const { year, month, day } = localDateParts(date);
  const showYear = options.withYear === true || (options.referenceYear !== undefined && options.referenceYear !== year);
  return `${showYear ? `${year}年` : ''}${month}月${day}日（${WEEKDAY_NAMES[weekdayOf(date)]}）`;
}

/** `12月7日（周一）09:00`, on the Shanghai wall clock. */
export function formatDateTime(d: Date, options: FormatDateOptions = {}): string {
  return `${formatDate(shanghaiDate(d), options)}${shanghaiTime(d)}`;
}

/**
 * `12月7日（周一）至12月9日（周三）`; a single day when both ends are equal. Both ends get the year
 * when they lie in different years (a range over New Year reads wrongly without it), when asked,
 * or when either differs from `referenceYear`.
 */
export function formatDateRange(start: LocalDate, end: LocalDate, options: FormatDateOptions = {}): string {
  if (start === end) return formatDate(start, options);
  const startYear = localDateParts(start).year;
  const endYear = localDateParts(end).year;
  const withYear =
    options.withYear === true ||
    startYear !== endYear ||
    (options.referenceYear !== undefined && (options.referenceYear !== startYear || options.referenceYear !== endYear));
  return `${formatDate(start, { withYear })}至${formatDate(end, { withYear })}`;
}
