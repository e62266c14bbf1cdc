import type { Kysely } from 'kysely';
import { serialType } from '../dialect.ts';

/** Deputies approvers name for a period away (「我12月14日到15日休假，期间由陈思远代批」). */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('approval_deputies')
    .addColumn('id', serialType(db), (c) => c.primaryKey())
    .addColumn('staff_id', 'text', (c) => c.notNull())
    .addColumn('deputy_id', 'text', (c) => c.notNull())
    .addColumn('from_date', 'text', (c) => c.notNull())
    .addColumn('to_date', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('approval_deputies_staff').on('approval_deputies').column('staff_id').execute();
}
