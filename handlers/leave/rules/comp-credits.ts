import type { LocalDate } from '../../../data/time/index.ts';

/** Approved overtime hours not yet spent, as the ledger has them. */
export interface CompCredit {
  readonly id: number;
  /** The overtime date (or the correction date for an HR credit). */
  readonly earnedOn: LocalDate;
  /** The last day the hours can be taken. */
  readonly expiresOn: LocalDate;
  readonly hours: number;
  readonly remainingHours: number;
}

export interface CompAllocation {
  readonly creditId: number;
  readonly hours: number;
}

export type CompDraw =
  | { readonly ok: true; readonly allocation: readonly CompAllocation[]; readonly availableHours: number }
  | {
      readonly ok: false;
      readonly reason: 'none' | 'expired' | 'short';
      readonly availableHours: number;
      readonly expiredHours: number;
    };

/**
 * Takes `hours` from the credits still valid on `lastDay`, soonest-expiring first, so the
 * hours closest to expiry are used before they are lost.
 */
export function drawComp(credits: readonly CompCredit[], lastDay: LocalDate, hours: number): CompDraw {
  const open = credits.filter((c) => c.remainingHours > 0);
  const valid = open
    .filter((c) => c.expiresOn >= lastDay)
    .sort((a, b) => (a.expiresOn < b.expiresOn ? -1 : a.expiresOn > b.expiresOn ? 1 : a.id - b.id));
  const availableHours = sum(valid.map((c) => c.remainingHours));
  const expiredHours = sum(open.filter((c) => c.expiresOn < lastDay).map((c) => c.remainingHours));
  if (availableHours < hours) {
    const reason = open.length === 0 ? 'none' : availableHours === 0 && expiredHours > 0 ? 'expired' : 'short';
    return { ok: false, reason, availableHours, expiredHours };
  }
  const allocation: CompAllocation[] = [];
  let left = hours;
  for (const c of valid) {
    if (left <= 0) break;
    const take = Math.min(left, c.remainingHours);
    allocation.push({ creditId: c.id, hours: take });
    left -= take;
  }
  return { ok: true, allocation, availableHours };
}

/** Hours still usable on `date` (not yet expired). */
export function availableCompHours(credits: readonly CompCredit[], date: LocalDate): number {
  return sum(credits.filter((c) => c.remainingHours > 0 && c.expiresOn >= date).map((c) => c.remainingHours));
}

function sum(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}
