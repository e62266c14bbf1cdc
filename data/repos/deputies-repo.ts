import type { Db } from '../db/open-database.ts';

export interface Deputy {
  readonly staffId: string;
  readonly deputyId: string;
  readonly from: string;
  readonly to: string;
  readonly createdAt: Date;
}

/** Deputies named per period; the latest naming for a day wins (a correction is a new row, kept for HR). */
export class DeputiesRepo {
  constructor(private readonly db: Db) {}

  async add(d: Omit<Deputy, 'createdAt'>, now: Date): Promise<void> {
    await this.db
      .insertInto('approval_deputies')
      .values({
        staff_id: d.staffId,
        deputy_id: d.deputyId,
        from_date: d.from,
        to_date: d.to,
        created_at: now.toISOString(),
      })
      .execute();
  }

  /** Namings touching [from, to], oldest first. */
  async touching(from: string, to: string): Promise<Deputy[]> {
    const rows = await this.db
      .selectFrom('approval_deputies')
      .selectAll()
      .where('from_date', '<=', to)
      .where('to_date', '>=', from)
      .orderBy('id')
      .execute();
    return rows.map((r) => ({
      staffId: r.staff_id,
      deputyId: r.deputy_id,
      from: r.from_date,
      to: r.to_date,
      createdAt: new Date(r.created_at),
    }));
  }
}
