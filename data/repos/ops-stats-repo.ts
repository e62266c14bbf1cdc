import { sql } from 'kysely';
import type { Db } from '../db/open-database.ts';
import { LeasesRepo, type Lease } from './leases-repo.ts';
import type { OutboxStatus } from './outbox-tables.ts';

/** What operations watch in one organisation's database (for /metrics and /healthz). */
export interface OpsStats {
  readonly outbox: Record<OutboxStatus, number>;
  /** Pending sends that may go now: the queue a holder has still to work through. */
  readonly due: number;
  /** How long the oldest of those has been waiting, in seconds (0 when none). */
  readonly oldestDueSeconds: number;
  /** Questions the bot declined to answer, every ask counted. */
  readonly declined: number;
  /** Chat accounts' leases still running, with their holders. */
  readonly leases: readonly Lease[];
}

/** Aggregates only: counts and times, never a name or a message. */
export class OpsStatsRepo {
  constructor(private readonly db: Db) {}

  /** Whether the database answers at all. */
  async ping(): Promise<void> {
    await sql`select 1`.execute(this.db);
  }

  /** `now` for the outbox (the bot's clock); leases always on wall time, as they are taken. */
  async read(now: Date, wallNow = new Date()): Promise<OpsStats> {
    const t = now.toISOString();
    const rows = await this.db
      .selectFrom('outbox')
      .select((eb) => ['status', eb.fn.countAll<number>().as('n')])
      .groupBy('status')
      .execute();
    const outbox: Record<OutboxStatus, number> = { pending: 0, sending: 0, sent: 0, failed: 0, missed: 0 };
    for (const r of rows) outbox[r.status] = Number(r.n);
    const due = await this.db
      .selectFrom('outbox')
      .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.min('due_at').as('oldest')])
      .where('status', '=', 'pending')
      .where('next_attempt_at', '<=', t)
      .executeTakeFirstOrThrow();
    const declined = await this.db
      .selectFrom('unanswered_question_asks')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('kind', '=', 'declined')
      .executeTakeFirstOrThrow();
    const oldest = due.oldest ? new Date(String(due.oldest)).getTime() : undefined;
    return {
      outbox,
      due: Number(due.n),
      oldestDueSeconds: oldest === undefined ? 0 : Math.max(0, (now.getTime() - oldest) / 1000),
      declined: Number(declined.n),
      leases: await new LeasesRepo(this.db).live(wallNow, 'account:'),
    };
  }
}
