import { localDateParts, type LocalDate } from '../../../data/time/index.ts';
import type { LeaveRules } from '../../../data/leave/leave-rules-schema.ts';

/** Completed years of service on `asOf` (a hire date after `asOf` gives 0). */
export function tenureYears(hireDate: LocalDate, asOf: LocalDate): number {
  if (asOf < hireDate) return 0;
  const h = localDateParts(hireDate);
  const a = localDateParts(asOf);
  const beforeAnniversary = a.month < h.month || (a.month === h.month && a.day < h.day);
  return a.year - h.year - (beforeAnniversary ? 1 : 0);
}

/** Falls in a band [fromYears, toYears). */
export function inBand(years: number, band: { fromYears: number; toYears: number | null }): boolean {
  return years >= band.fromYears && (band.toYears === null || years < band.toYears);
}

export interface AnnualEntitlement {
  readonly days: number;
  readonly tenureYears: number;
}

/** The year's annual leave by tenure on `asOf` (DOMAIN §2: 1–10y 5 days, 10–20y 10, 20y+ 15). */
export function annualEntitlement(rules: LeaveRules, hireDate: LocalDate, asOf: LocalDate): AnnualEntitlement {
  const years = tenureYears(hireDate, asOf);
  const band = rules.annualLeave.tenure.find((b) => inBand(years, b));
  return { days: band?.days ?? 0, tenureYears: years };
}
