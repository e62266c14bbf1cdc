import type { Db } from '../db/open-database.ts';

export interface AuditEntry {
  readonly id: number;
  readonly at: Date;
  readonly actorId: string;
  readonly action: string;
  readonly target: string;
  readonly before: unknown;
  readonly after: unknown;
}

export type NewAuditEntry = Omit<AuditEntry, 'id' | 'at'>;

/** Every change made from the web console: who, what, when, before and after. Append-only. */
export class WebAuditRepo {
  constructor(private readonly db: Db) {}

  async add(entry: NewAuditEntry, now: Date): Promise<void> {
    await this.db
      .insertInto('web_audit')
      .values({
        at: now.toISOString(),
        actor_id: entry.actorId,
        action: entry.action,
        target: entry.target,
        before: entry.before === undefined || entry.before === null ? null : JSON.stringify(entry.before),
        after: entry.after === undefined || entry.after === null ? null : JSON.stringify(entry.after),
      })
      .execute();
  }

  /** Newest first. */
  async latest(limit = 200, offset = 0): Promise<AuditEntry[]> {
    const rows = await this.db
      .selectFrom('web_audit')
      .selectAll()
      .orderBy('id', 'desc')
      .limit(limit)
      .offset(offset)
      .execute();
    return rows.map((r) => ({
      id: r.id,
      at: new Date(r.at),
      actorId: r.actor_id,
      action: r.action,
      target: r.target,
      before: r.before === null ? null : JSON.parse(r.before),
      after: r.after === null ? null : JSON.parse(r.after),
    }));
  }
}
