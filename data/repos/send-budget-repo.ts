import type { ExpressionBuilder } from 'kysely';
import type { Db } from '../db/open-database.ts';
import type { Database } from '../db/schema.ts';

/** At most this many messages per clock minute / hour; undefined: no limit. */
export interface WindowLimits {
  readonly perMinute?: number;
  readonly perHour?: number;
}

const MINUTE = 60_000;
const HOUR = 3_600_000;

/** The first instant of the clock window of `ms` holding `now`. */
function startOf(ms: number, now: Date): string {
  return new Date(Math.floor(now.getTime() / ms) * ms).toISOString();
}

type Eb = ExpressionBuilder<Database, 'send_budget'>;
type Span = 'minute' | 'hour';

/**
 * A window's count after one more send: the stored one plus one while the stored window is the
 * current one (or later: another instance's clock ahead of ours), else a fresh window's 1.
 */
function counted(eb: Eb, span: Span, start: string, delta: 1 | -1) {
  const stored = eb.ref(`send_budget.${span}_start`);
  const count = eb.ref(`send_budget.${span}_count`);
  const fresh = delta === 1 ? eb.lit(1) : eb.lit(0);
  return eb
    .case()
    .when(stored, '>=', start)
    .then(eb(count, delta === 1 ? '+' : '-', 1))
    .else(fresh)
    .end();
}

/** The later of the stored window and ours, so a clock behind never moves a window back. */
function latest(eb: Eb, span: Span, start: string) {
  const stored = eb.ref(`send_budget.${span}_start`);
  return eb.case().when(stored, '>=', start).then(stored).else(start).end();
}

/**
 * Send budgets in the database, shared by every instance on it (issue 15). Taking a place is one
 * conditional upsert (`on conflict … do update … where count < limit returning`): atomic on
 * SQLite and PostgreSQL alike without a transaction, so two instances can't both take the last
 * place, and a send held back is not counted.
 */
export class SendBudgetRepo {
  constructor(private readonly db: Db) {}

  /** Counts one send to `recipient` if every window has room: undefined when taken, else when to try again. */
  async take(channel: string, recipient: string, limits: WindowLimits, now: Date): Promise<Date | undefined> {
    const minute = startOf(MINUTE, now);
    const hour = startOf(HOUR, now);
    const row = await this.db
      .insertInto('send_budget')
      .values({ channel, recipient, minute_start: minute, minute_count: 1, hour_start: hour, hour_count: 1 })
      .onConflict((oc) =>
        oc
          .columns(['channel', 'recipient'])
          .doUpdateSet((eb) => ({
            minute_count: counted(eb, 'minute', minute, 1),
            minute_start: latest(eb, 'minute', minute),
            hour_count: counted(eb, 'hour', hour, 1),
            hour_start: latest(eb, 'hour', hour),
          }))
          .where((eb) => {
            const room = (span: Span, start: string, limit: number) =>
              eb.or([eb(`send_budget.${span}_start`, '<', start), eb(`send_budget.${span}_count`, '<', limit)]);
            const checks = [];
            if (limits.perMinute !== undefined) checks.push(room('minute', minute, limits.perMinute));
            if (limits.perHour !== undefined) checks.push(room('hour', hour, limits.perHour));
            return eb.and(checks);
          }),
      )
      .returning('minute_count')
      .executeTakeFirst();
    if (row) return undefined;
    return this.retryAt(channel, recipient, limits, now);
  }

  /** Gives back a place taken a moment ago (another limit of the same send said no). */
  async giveBack(channel: string, recipient: string, now: Date): Promise<void> {
    const minute = startOf(MINUTE, now);
    const hour = startOf(HOUR, now);
    await this.db
      .updateTable('send_budget')
      .set((eb) => ({ minute_count: counted(eb, 'minute', minute, -1), hour_count: counted(eb, 'hour', hour, -1) }))
      .where('channel', '=', channel)
      .where('recipient', '=', recipient)
      .execute();
  }

  /** Counts a send that went regardless of the budget (a reply in a conversation is never held). */
  async note(channel: string, recipient: string, now: Date): Promise<void> {
    await this.take(channel, recipient, {}, now);
  }

  /** The counts in the windows holding `at` (tests, the bench). */
  async used(channel: string, recipient: string, at: Date): Promise<{ minute: number; hour: number }> {
    const r = await this.db
      .selectFrom('send_budget')
      .selectAll()
      .where('channel', '=', channel)
      .where('recipient', '=', recipient)
      .executeTakeFirst();
    return {
      minute: r && r.minute_start === startOf(MINUTE, at) ? Number(r.minute_count) : 0,
      hour: r && r.hour_start === startOf(HOUR, at) ? Number(r.hour_count) : 0,
    };
  }

  /** Drops rows whose hour started before `before` (they hold nothing back any more). */
  async prune(before: Date): Promise<number> {
    const r = await this.db.deleteFrom('send_budget').where('hour_start', '<', before.toISOString()).executeTakeFirst();
    return Number(r.numDeletedRows);
  }

  /** The end of the latest full window; a window that rolled over meanwhile means: at once, next minute. */
  private async retryAt(channel: string, recipient: string, limits: WindowLimits, now: Date): Promise<Date> {
    const used = await this.used(channel, recipient, now);
    const nextMinute = new Date(Date.parse(startOf(MINUTE, now)) + MINUTE);
    const hourFull = limits.perHour !== undefined && used.hour >= limits.perHour;
    return hourFull ? new Date(Date.parse(startOf(HOUR, now)) + HOUR) : nextMinute;
  }
}
