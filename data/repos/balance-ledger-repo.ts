import type { Selectable } from 'kysely';
import type { Db } from '../db/open-database.ts';
import type { LeaveTables } from './leave-tables.ts';
import { overtimeEndsAt } from './overtime-records-repo.ts';

export type LedgerEntryKind = 'request-hold' | 'request-release' | 'overtime-credit' | 'correction';

export interface LedgerEntry {
  readonly id: number;
  readonly staffId: string;
  readonly kind: 'annual' | 'comp';
  readonly year: number | null;
  readonly amount: number;
  readonly entry: LedgerEntryKind;
  readonly requestId: number | null;
  readonly overtimeId: number | null;
  readonly creditId: number | null;
  readonly earnedOn: string | null;
  readonly expiresOn: string | null;
  readonly actorId: string;
  readonly note: string | null;
  readonly createdAt: Date;
}

export type NewLedgerEntry = Omit<
  LedgerEntry,
  'id' | 'createdAt' | 'year' | 'requestId' | 'overtimeId' | 'creditId' | 'earnedOn' | 'expiresOn' | 'note'
> &
  Partial<Pick<LedgerEntry, 'year' | 'requestId' | 'overtimeId' | 'creditId' | 'earnedOn' | 'expiresOn' | 'note'>>;

/** A 调休 credit (approved overtime, or HR adding hours) with what is left of it. */
export interface CreditRow {
  readonly id: number;
  readonly earnedOn: string;
  readonly expiresOn: string;
  readonly hours: number;
  readonly remainingHours: number;
}

/**
 * The balance ledger: every change to annual leave or 调休 hours, appended, never changed.
 * Annual leave: the entitlement comes from tenure; the ledger holds requests' days (and
 * releases them) and HR's corrections. 调休: credits from approved overtime, and debits that
 * each name the credit they draw on, so every credit's remainder and expiry is known.
 */
export class BalanceLedgerRepo {
  constructor(private readonly db: Db) {}

  async add(entry: NewLedgerEntry, now: Date): Promise<number> {
    const row = await this.db
      .insertInto('balance_ledger')
      .values({
        staff_id: entry.staffId,
        kind: entry.kind,
        year: entry.year ?? null,
        amount: entry.amount,
        entry: entry.entry,
        request_id: entry.requestId ?? null,
        overtime_id: entry.overtimeId ?? null,
        credit_id: entry.creditId ?? null,
        earned_on: entry.earnedOn ?? null,
        expires_on: entry.expiresOn ?? null,
        actor_id: entry.actorId,
        note: entry.note ?? null,
        created_at: now.toISOString(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return Number(row.id);
  }

  /** HR's corrections to annual leave, summed by year. */
  async annualCorrections(staffId: string): Promise<Record<number, number>> {
    const rows = await this.db
      .selectFrom('balance_ledger')
      .select(['year', 'amount'])
      .where('staff_id', '=', staffId)
      .where('kind', '=', 'annual')
      .where('entry', '=', 'correction')
      .execute();
    const out: Record<number, number> = {};
    for (const r of rows) if (r.year !== null) out[Number(r.year)] = (out[Number(r.year)] ?? 0) + Number(r.amount);
    return out;
  }

  /** The sum of every annual-leave entry of a year (holds, releases, corrections). */
  async annualSum(staffId: string, year: number): Promise<number> {
    const rows = await this.db
      .selectFrom('balance_ledger')
      .select('amount')
      .where('staff_id', '=', staffId)
      .where('kind', '=', 'annual')
      .where('year', '=', year)
      .execute();
    return rows.reduce((n, r) => n + Number(r.amount), 0);
  }

  /**
   * The person's 调休 credits usable at `asOf`, with what is left of each, soonest-expiring
   * first. An approved overtime's hours count only once the overtime has ended (approved at
   * 08:40 for 18:00–21:00: from 21:00): derived from the stored record, so a restart loses nothing.
   */
  async compCredits(staffId: string, asOf: Date): Promise<CreditRow[]> {
    return (await this.allCredits(staffId)).filter((c) => c.availableAt <= asOf).map(({ availableAt: _, ...c }) => c);
  }

  /** Approved overtime not yet ended at `asOf`: hours credited when it ends. */
  async creditsNotYetEarned(staffId: string, asOf: Date): Promise<{ hours: number; availableAt: Date }[]> {
    const notYet = (await this.allCredits(staffId)).filter((c) => c.availableAt > asOf);
    return notYet.map((c) => ({ hours: c.remainingHours, availableAt: c.availableAt }));
  }

  private async allCredits(staffId: string): Promise<(CreditRow & { availableAt: Date })[]> {
    const rows = await this.db
      .selectFrom('balance_ledger')
      .selectAll()
      .where('staff_id', '=', staffId)
      .where('kind', '=', 'comp')
      .orderBy('id')
      .execute();
    const credits = rows.filter((r) => r.credit_id === null && Number(r.amount) > 0 && r.expires_on !== null);
    const drawn = new Map<number, number>();
    for (const r of rows)
      if (r.credit_id !== null)
        drawn.set(Number(r.credit_id), (drawn.get(Number(r.credit_id)) ?? 0) + Number(r.amount));
    const overtimeIds = credits.flatMap((c) => (c.overtime_id === null ? [] : [Number(c.overtime_id)]));
    const ends = await this.overtimeEnds(overtimeIds);
    return credits
      .map((c) => ({
        id: Number(c.id),
        earnedOn: c.earned_on ?? c.created_at.slice(0, 10),
        expiresOn: c.expires_on ?? '',
        hours: Number(c.amount),
        remainingHours: round(Number(c.amount) + (drawn.get(Number(c.id)) ?? 0)),
        availableAt: (c.overtime_id === null ? undefined : ends.get(Number(c.overtime_id))) ?? new Date(c.created_at),
      }))
      .sort((a, b) => (a.expiresOn < b.expiresOn ? -1 : a.expiresOn > b.expiresOn ? 1 : a.id - b.id));
  }

  /** When each overtime ended (Shanghai wall clock; an end past midnight is on the next day). */
  private async overtimeEnds(ids: readonly number[]): Promise<Map<number, Date>> {
    if (!ids.length) return new Map();
    const rows = await this.db
      .selectFrom('overtime_records')
      .select(['id', 'work_date', 'end_time', 'crosses_midnight'])
      .where('id', 'in', [...ids])
      .execute();
    const end = (r: (typeof rows)[number]) =>
      overtimeEndsAt({ date: r.work_date, endTime: r.end_time, crossesMidnight: Number(r.crosses_midnight) === 1 });
    return new Map(rows.map((r) => [Number(r.id), end(r)]));
  }

  /** Everyone's credits with hours left that expire in [from, to] (for the expiry reminder). */
  async creditsExpiringBetween(from: string, to: string): Promise<(CreditRow & { staffId: string })[]> {
    const rows = await this.db
      .selectFrom('balance_ledger')
      .select('staff_id')
      .distinct()
      .where('kind', '=', 'comp')
      .where('credit_id', 'is', null)
      .where('expires_on', '>=', from)
      .where('expires_on', '<=', to)
      .execute();
    const out: (CreditRow & { staffId: string })[] = [];
    for (const { staff_id } of rows) {
      for (const c of await this.allCredits(staff_id)) {
        const { availableAt: _, ...credit } = c;
        const due = c.expiresOn >= from && c.expiresOn <= to && c.remainingHours > 0;
        if (due) out.push({ ...credit, staffId: staff_id });
      }
    }
    return out;
  }

  /** The entries a request made, to release them when it ends without being taken. */
  async forRequest(requestId: number): Promise<LedgerEntry[]> {
    const rows = await this.db
      .selectFrom('balance_ledger')
      .selectAll()
      .where('request_id', '=', requestId)
      .orderBy('id')
      .execute();
    return rows.map(toEntry);
  }

  /** The person's whole history, newest first (HR's audit view). */
  async history(staffId: string, limit = 50): Promise<LedgerEntry[]> {
    const rows = await this.db
      .selectFrom('balance_ledger')
      .selectAll()
      .where('staff_id', '=', staffId)
      .orderBy('id', 'desc')
      .limit(limit)
      .execute();
    return rows.map(toEntry);
  }
}

function toEntry(r: Selectable<LeaveTables['balance_ledger']>): LedgerEntry {
  return {
    id: Number(r.id),
    staffId: r.staff_id,
    kind: r.kind as 'annual' | 'comp',
    year: r.year === null ? null : Number(r.year),
    amount: Number(r.amount),
    entry: r.entry as LedgerEntryKind,
    requestId: r.request_id === null ? null : Number(r.request_id),
    overtimeId: r.overtime_id === null ? null : Number(r.overtime_id),
    creditId: r.credit_id === null ? null : Number(r.credit_id),
    earnedOn: r.earned_on,
    expiresOn: r.expires_on,
    actorId: r.actor_id,
    note: r.note,
    createdAt: new Date(r.created_at),
  };
}

/** Hours are halves and quarters; keep float dust out of the sums. */
function round(n: number): number {
  return Math.round(n * 100) / 100;
}
