import type { LocalDate } from '../../bot/time/index.ts';
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
export async function balanceRows(db: Db, org: Org, people: readonly Staff[], today: LocalDate): Promise<BalanceRow[]> {
  const ledger = new BalanceLedgerRepo(db);
  const rows: BalanceRow[] = [];
  for (const person of people) {
    const annual = await annualBalance(db, org, person, today);
    const valid = (await ledger.compCredits(person.id)).filter((c) => c.remainingHours > 0 && c.expiresOn >= today);
    const next = valid.map((c) => c.expiresOn).sort()[0] ?? null;
    rows.push({ person, annual, compHours: valid.reduce((n, c) => n + c.remainingHours, 0), compNextExpiry: next });
  }
  return rows;
}
