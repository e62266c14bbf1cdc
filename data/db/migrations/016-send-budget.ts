import type { Kysely } from 'kysely';

/**
 * Send budgets (issue 15): how many messages went to a recipient (or through a channel's account)
 * in the current clock minute and hour. A table rather than each process's memory, so instances
 * sharing the database keep WeCom's per-member limits together, not each on its own. One row per
 * (channel, recipient), `*` standing for the channel as a whole: a send is counted by one
 * conditional upsert of that row, atomic on both engines without a transaction.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('send_budget')
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('recipient', 'text', (c) => c.notNull())
    .addColumn('minute_start', 'text', (c) => c.notNull())
    .addColumn('minute_count', 'integer', (c) => c.notNull())
    .addColumn('hour_start', 'text', (c) => c.notNull())
    .addColumn('hour_count', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('send_budget_pk', ['channel', 'recipient'])
    .execute();
  // Pruning reads by the hour alone.
  await db.schema.createIndex('send_budget_hour').on('send_budget').column('hour_start').execute();
}
