import { shanghaiDate } from '../../../data/time/index.ts';
import type { Db } from '../../../data/db/open-database.ts';
import type { LeaveRules } from '../../../data/leave/leave-rules-schema.ts';
import { BalanceLedgerRepo } from '../../../data/repos/balance-ledger-repo.ts';
import { addMonths } from '../rules/add-months.ts';
import { drawComp } from '../rules/comp-credits.ts';
import type { LocalDate } from '../../../data/time/index.ts';

export interface Correction {
  readonly staffId: string;
  readonly kind: 'annual' | 'comp';
  /** Days for annual leave, hours for 调休; negative takes away. */
  readonly amount: number;
  readonly reason: string;
  readonly actorId: string;
}

export type CorrectionResult = { readonly ok: true } | { readonly ok: false; readonly availableHours: number };

/**
 * HR corrects a balance, with a reason, in the ledger (the audit log of every change).
 * Annual leave: this year's days. 调休: added hours are a new credit valid for the usual
 * period; removed hours come off the credits closest to expiry.
 */
export async function correctBalance(db: Db, rules: LeaveRules, c: Correction, now: Date): Promise<CorrectionResult> {
  const today = shanghaiDate(now);
  return db.transaction().execute(async (trx) => {
    const ledger = new BalanceLedgerRepo(trx);
    const base = { staffId: c.staffId, entry: 'correction' as const, actorId: c.actorId, note: c.reason };
    if (c.kind === 'annual') {
      await ledger.add({ ...base, kind: 'annual', year: Number(today.slice(0, 4)), amount: c.amount }, now);
      return { ok: true };
    }
    if (c.amount > 0) {
      await ledger.add(
        {
          ...base,
          kind: 'comp',
          amount: c.amount,
          earnedOn: today,
          expiresOn: addMonths(today, rules.overtime.expiryMonths),
        },
        now,
      );
      return { ok: true };
    }
    const credits = (await ledger.compCredits(c.staffId, now)).map((x) => ({
      ...x,
      earnedOn: x.earnedOn as LocalDate,
      expiresOn: x.expiresOn as LocalDate,
    }));
    const draw = drawComp(credits, today, -c.amount);
    if (!draw.ok) return { ok: false, availableHours: draw.availableHours };
    for (const a of draw.allocation)
      await ledger.add({ ...base, kind: 'comp', amount: -a.hours, creditId: a.creditId }, now);
    return { ok: true };
  });
}
