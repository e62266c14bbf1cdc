import type { Db } from '../db/open-database.ts';

export interface DeadlineRef {
  readonly deadlineId: string;
  readonly period: string;
}

export interface DeadlineAck extends DeadlineRef {
  readonly staffId: string;
  readonly ackedAt: Date;
}

/** Acknowledgements ("已交"): one per person, deadline and period; recording twice keeps the first. */
export class DeadlineAcksRepo {
  constructor(private readonly db: Db) {}

  /**
   * True when this call recorded it, false when it was already recorded. `recordedBy`: the lead
   * who recorded it for a member (「郑雨的月报交给我了」), kept for the audit; absent for one's own.
   */
  async record(ref: DeadlineRef, staffId: string, said: string, now: Date, recordedBy?: string): Promise<boolean> {
    const r = await this.db
      .insertInto('deadline_acks')
      .values({
        deadline_id: ref.deadlineId,
        period: ref.period,
        staff_id: staffId,
        acked_at: now.toISOString(),
        said: said.slice(0, 100),
        recorded_by: recordedBy ?? null,
      })
      .onConflict((oc) => oc.columns(['deadline_id', 'period', 'staff_id']).doNothing())
      .executeTakeFirst();
    return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
  }

  /** Everyone who has acknowledged any of these, keyed `deadlineId|period` → staff ids. */
  async ackedFor(refs: readonly DeadlineRef[]): Promise<Map<string, Set<string>>> {
    const out = new Map<string, Set<string>>(refs.map((r) => [key(r), new Set<string>()]));
    if (!refs.length) return out;
    const rows = await this.db
      .selectFrom('deadline_acks')
      .select(['deadline_id', 'period', 'staff_id'])
      .where((eb) =>
        eb.or(refs.map((r) => eb.and([eb('deadline_id', '=', r.deadlineId), eb('period', '=', r.period)]))),
      )
      .execute();
    for (const row of rows) out.get(key({ deadlineId: row.deadline_id, period: row.period }))?.add(row.staff_id);
    return out;
  }

  /** Who recorded a hand-in for someone else (null: the person themself, or not recorded). */
  async recordedBy(ref: DeadlineRef, staffId: string): Promise<string | null> {
    const row = await this.db
      .selectFrom('deadline_acks')
      .select('recorded_by')
      .where('deadline_id', '=', ref.deadlineId)
      .where('period', '=', ref.period)
      .where('staff_id', '=', staffId)
      .executeTakeFirst();
    return row?.recorded_by ?? null;
  }

  /** A hand-in recorded by mistake, taken back: true when there was one to remove. */
  async remove(ref: DeadlineRef, staffId: string): Promise<boolean> {
    const r = await this.db
      .deleteFrom('deadline_acks')
      .where('deadline_id', '=', ref.deadlineId)
      .where('period', '=', ref.period)
      .where('staff_id', '=', staffId)
      .executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  }

  async forPerson(staffId: string, refs: readonly DeadlineRef[]): Promise<Set<string>> {
    const acked = await this.ackedFor(refs);
    return new Set(refs.filter((r) => acked.get(key(r))?.has(staffId)).map(key));
  }
}

export function deadlineKey(ref: DeadlineRef): string {
  return key(ref);
}

function key(ref: DeadlineRef): string {
  return `${ref.deadlineId}|${ref.period}`;
}
