import type { Db } from '../db/open-database.ts';

export type AttemptOutcome = 'unknown' | 'used' | 'expired';

export interface ContactFailures {
  readonly channel: string;
  readonly externalId: string;
  readonly count: number;
  readonly last: Date;
}

/** Attempts older than this are pruned: HR looks at the last days, the limits at the last hour. */
const KEEP_MS = 30 * 24 * 3600 * 1000;

/**
 * Binding codes checked and found wrong, one row each: the counters behind the limits, and
 * HR's record. Tries refused by a limit are not written: they were never checked, and under a
 * flood of guesses not writing them keeps a refusal to one indexed read.
 */
export class BindAttemptsRepo {
  constructor(private readonly db: Db) {}

  async record(channel: string, externalId: string, outcome: AttemptOutcome, now: Date): Promise<void> {
    const row = { channel, external_id: externalId, at: now.toISOString(), outcome };
    await this.db.insertInto('bind_attempts').values(row).execute();
  }

  /** Marks the start of a pause (shown to HR). */
  async recordPause(now: Date): Promise<void> {
    const row = { channel: '', external_id: '', at: now.toISOString(), outcome: 'pause' };
    await this.db.insertInto('bind_attempts').values(row).execute();
  }

  /** In one read: the contact's failures since `since`, and a setting's value (the pause). */
  async stateOf(
    channel: string,
    externalId: string,
    since: Date,
    settingKey: string,
  ): Promise<{ mine: number; setting?: string }> {
    const row = await this.db
      .selectNoFrom((eb) => [
        eb
          .selectFrom('bind_attempts')
          .select(eb.fn.countAll<number>().as('n'))
          .where('channel', '=', channel)
          .where('external_id', '=', externalId)
          .where('at', '>=', since.toISOString())
          .as('mine'),
        eb.selectFrom('settings').select('value').where('key', '=', settingKey).as('setting'),
      ])
      .executeTakeFirstOrThrow();
    return { mine: Number(row.mine ?? 0), ...(row.setting ? { setting: String(row.setting) } : {}) };
  }

  /** Failures since `since`, all contacts together. */
  async failuresSince(since: Date): Promise<number> {
    const row = await this.db
      .selectFrom('bind_attempts')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('at', '>=', since.toISOString())
      .where('outcome', '!=', 'pause')
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /** Every failure since `since` (at most about an hour's cap of rows: checks stop at the cap). */
  async failureTimesSince(since: Date): Promise<{ channel: string; externalId: string; at: Date }[]> {
    const rows = await this.db
      .selectFrom('bind_attempts')
      .select(['channel', 'external_id', 'at'])
      .where('at', '>=', since.toISOString())
      .where('outcome', '!=', 'pause')
      .execute();
    return rows.map((r) => ({ channel: r.channel, externalId: r.external_id, at: new Date(r.at) }));
  }

  /** Per contact since `since`, most failures first. */
  async byContactSince(since: Date): Promise<ContactFailures[]> {
    const rows = await this.db
      .selectFrom('bind_attempts')
      .select((eb) => ['channel', 'external_id', eb.fn.countAll<number>().as('n'), eb.fn.max('at').as('last')])
      .where('outcome', '!=', 'pause')
      .where('at', '>=', since.toISOString())
      .groupBy(['channel', 'external_id'])
      .orderBy('n', 'desc')
      .orderBy('last', 'desc')
      .execute();
    return rows.map((r) => ({
      channel: r.channel,
      externalId: r.external_id,
      count: Number(r.n),
      last: new Date(String(r.last)),
    }));
  }

  /** When pauses started since `since`, oldest first. */
  async pausesSince(since: Date): Promise<Date[]> {
    const rows = await this.db
      .selectFrom('bind_attempts')
      .select('at')
      .where('outcome', '=', 'pause')
      .where('at', '>=', since.toISOString())
      .orderBy('at')
      .execute();
    return rows.map((r) => new Date(r.at));
  }

  async prune(now: Date): Promise<void> {
    const cutoff = new Date(now.getTime() - KEEP_MS).toISOString();
    await this.db.deleteFrom('bind_attempts').where('at', '<', cutoff).execute();
  }
}
