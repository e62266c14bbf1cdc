import type { Db } from '../db/open-database.ts';

/**
 * How far each job has been planned: every occurrence due before the watermark has been
 * considered. After downtime the scheduler starts from here, so nothing due while the bot
 * was down goes unnoticed.
 */
export class OutboxWatermarksRepo {
  constructor(private readonly db: Db) {}

  /** The job's watermark, set to `start` if the job has never run (a new job plans from now on). */
  async getOrStart(job: string, start: Date): Promise<Date> {
    // Read first: the job has run before on every tick but its first, so one statement usually does.
    const known = await this.db
      .selectFrom('outbox_watermarks')
      .select('planned_until')
      .where('job', '=', job)
      .executeTakeFirst();
    if (known) return new Date(known.planned_until);
    const t = start.toISOString();
    await this.db
      .insertInto('outbox_watermarks')
      .values({ job, planned_until: t, updated_at: t })
      .onConflict((oc) => oc.column('job').doNothing())
      .execute();
    const row = await this.db
      .selectFrom('outbox_watermarks')
      .select('planned_until')
      .where('job', '=', job)
      .executeTakeFirstOrThrow();
    return new Date(row.planned_until);
  }

  /** How far the furthest job has been planned: a run on this database has seen time up to here. */
  async latest(): Promise<Date | undefined> {
    const row = await this.db
      .selectFrom('outbox_watermarks')
      .select((eb) => eb.fn.max('planned_until').as('latest'))
      .executeTakeFirst();
    return row?.latest ? new Date(row.latest) : undefined;
  }

  /** Moves the watermark forward only: a second process that is behind never moves it back. */
  async advance(job: string, to: Date, now: Date): Promise<void> {
    const t = to.toISOString();
    await this.db
      .updateTable('outbox_watermarks')
      .set({ planned_until: t, updated_at: now.toISOString() })
      .where('job', '=', job)
      .where('planned_until', '<', t)
      .execute();
  }
}
