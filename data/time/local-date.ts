/**
 * A calendar day with no time and no zone: 'YYYY-MM-DD'. Branded so that an unchecked string
 * (user input, a CSV cell) has to pass `parseLocalDate` before it is used as a date.
 *
 * All arithmetic goes through `Date.UTC`, never local getters, so results do not depend on the
 * process time zone.
 */
export type LocalDate = string & { readonly __brand: 'LocalDate' };

/** 0 = Sunday … 6 = Saturday, like `Date#getUTCDay`. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Builds a date from its parts, or null when the parts name no real day (31 Feb, month 13). */
export function makeLocalDate(year: number, month: number, day: number): LocalDate | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}` as LocalDate;
}

/** Validates 'YYYY-MM-DD' (zero-padded, a real day); null otherwise. */
export function parseLocalDate(s: string): LocalDate | null {
  const m = ISO_DATE.exec(s.trim());
  if (!m) return null;
  return makeLocalDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

export function isLocalDate(s: unknown): s is LocalDate {
  return typeof s === 'string' && parseLocalDate(s) === s;
}

/** For constants and tests: like `parseLocalDate` but throws on a bad string. */
export function localDate(s: string): LocalDate {
  const d = parseLocalDate(s);
  if (d === null) throw new RangeError(`not a calendar date (YYYY-MM-DD): ${JSON.stringify(s)}`);
  return d;
}

export function localDateParts(date: LocalDate): { year: number; month: number; day: number } {
  return {
    year: Number(date.slice(0, 4)),
    month: Number(date.slice(5, 7)),
    day: Number(date.slice(8, 10)),
  };
}

export function yearOf(date: LocalDate): number {
  return Number(date.slice(0, 4));
}

function toEpochDay(date: LocalDate): number {
  const { year, month, day } = localDateParts(date);
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

function fromEpochDay(epochDay: number): LocalDate {
  const d = new Date(epochDay * DAY_MS);
  const year = String(d.getUTCFullYear()).padStart(4, '0');
  return `${year}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}` as LocalDate;
}

export function addDays(date: LocalDate, n: number): LocalDate {
  if (!Number.isInteger(n)) throw new RangeError(`addDays needs a whole number of days, got ${n}`);
  return fromEpochDay(toEpochDay(date) + n);
}

/** Days from `from` to `to`: positive when `to` is later (`diffDays('2026-12-01', '2026-12-03') === 2`). */
export function diffDays(from: LocalDate, to: LocalDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

export function weekdayOf(date: LocalDate): Weekday {
  const { year, month, day } = localDateParts(date);
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay() as Weekday;
}

/** -1, 0 or 1; zero-padded ISO strings sort like the days they name. */
export function compareDates(a: LocalDate, b: LocalDate): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Every day from `start` to `end`, both included; nothing when `end` is before `start`. */
export function* eachDay(start: LocalDate, end: LocalDate): Generator<LocalDate> {
  for (let d = start; d <= end; d = addDays(d, 1)) yield d;
}

/** The Monday of the (Monday-to-Sunday, as in China) week that holds `date`. */
export function mondayOf(date: LocalDate): LocalDate {
  return addDays(date, -((weekdayOf(date) + 6) % 7));
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}
