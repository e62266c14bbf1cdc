import { todayIn } from './labels.ts';
import type { Db } from '../../data/db/open-database.ts';
import type { Org } from '../../data/org/load-org.ts';
import type { Staff } from '../../data/org/staff.ts';
import { BalanceLedgerRepo } from '../../data/repos/balance-ledger-repo.ts';
import { annualBalance, type AnnualBalance } from '../../handlers/leave/balance-handler.ts';

export interface BalanceRow {
  readonly person: Staff;
  readonly annual: AnnualBalance;
  /** 调休 hours still valid today, and the soonest expiry among them. */
  readonly compHours: number;
  readonly compNextExpiry: string | null;
}

/** Each person's annual leave (the chat's own computation) and valid 调休 hours. */
/** `now`: 调休 hours of overtime not yet ended don't count (the chat's balance says the same). */
export async function balanceRows(db: Db, org: Org, people: readonly Staff[], now: Date): Promise<BalanceRow[]> {
  const today = todayIn(now);
  const ledger = new BalanceLedgerRepo(db);
  const rows: BalanceRow[] = [];
  for (const person of people) {
    const annual = await annualBalance(db, org, person, today);
    const valid = (await ledger.compCredits(person.id, now)).filter(
      (c) => c.remainingHours > 0 && c.expiresOn >= today,
    );
    const next = valid.map((c) => c.expiresOn).sort()[0] ?? null;
    rows.push({ person, annual, compHours: valid.reduce((n, c) => n + c.remainingHours, 0), compNextExpiry: next });
  }
  return rows;
}
