import { daysInMonth, localDateParts, makeLocalDate, type LocalDate } from '../../../data/time/index.ts';

/** The same day `n` months later; the month's last day when it is shorter (1月31日 + 1 → 2月28日). */
export function addMonths(date: LocalDate, n: number): LocalDate {
  const { year, month, day } = localDateParts(date);
  const index = year * 12 + (month - 1) + n;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  const result = makeLocalDate(y, m, Math.min(day, daysInMonth(y, m)));
  if (result === null) throw new RangeError(`addMonths out of range: ${date} + ${n}`);
  return result;
}
