import type { Kysely } from 'kysely';

/**
 * The outbox claim takes the pending send due first (`order by due_at, id`). With only an index
 * on (status, next_attempt_at) every claim sorted all pending rows (`USE TEMP B-TREE FOR ORDER
 * BY`), so draining n sends cost n² (issue 15). The claim's index replaces it rather than joining
 * it: while both exist SQLite's planner still picks the old one for the claim's range on
 * next_attempt_at and sorts. The other reads of pending rows (the next retry, holding sends in a
 * pause) run once per tick and scan the pending rows in due order instead.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('outbox_due').execute();
  await db.schema.createIndex('outbox_claim').on('outbox').columns(['status', 'due_at', 'id']).execute();
}
