import type { Kysely } from 'kysely';

/**
 * Leases (issue 15): who holds a chat account's connection, and short per-person locks around a
 * message's handling. A row per name; a holder keeps it by renewing before `expires_at`, and
 * anyone may take it once that has passed. A table rather than PostgreSQL advisory locks: the same
 * code runs on SQLite, and nothing holds a pooled connection while it waits.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('leases')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('holder', 'text', (c) => c.notNull())
    .addColumn('acquired_at', 'text', (c) => c.notNull())
    .addColumn('renewed_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
}
