import { daysInMonth, localDateParts, makeLocalDate, type LocalDate } from '../../data/time/index.ts';

export interface Quarter {
  readonly year: number;
  /** 1–4 */
  readonly quarter: number;
  readonly start: LocalDate;
  readonly end: LocalDate;
}

export function quarterOf(date: LocalDate): Quarter {
  const { year, month } = localDateParts(date);
  return quarter(year, Math.floor((month - 1) / 3) + 1);
}

export function quarter(year: number, q: number): Quarter {
  const firstMonth = (q - 1) * 3 + 1;
  const start = makeLocalDate(year, firstMonth, 1);
  const end = makeLocalDate(year, firstMonth + 2, daysInMonth(year, firstMonth + 2));
  if (!start || !end || q < 1 || q > 4) throw new RangeError(`no such quarter: ${year} Q${q}`);
  return { year, quarter: q, start, end };
}

export function nextQuarter(q: Quarter): Quarter {
  return q.quarter === 4 ? quarter(q.year + 1, 1) : quarter(q.year, q.quarter + 1);
}
