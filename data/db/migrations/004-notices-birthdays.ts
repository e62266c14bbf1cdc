import type { Kysely } from 'kysely';
import { serialType } from '../dialect.ts';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('notices')
    .addColumn('id', serialType(db), (c) => c.primaryKey())
    .addColumn('author_id', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('audience', 'text', (c) => c.notNull())
    .addColumn('send_at', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('cancelled_at', 'text')
    .addColumn('reminded_at', 'text')
    .execute();
  await db.schema.createIndex('notices_send_at').on('notices').column('send_at').execute();

  await db.schema
    .createTable('notice_recipients')
    .addColumn('notice_id', 'integer', (c) => c.notNull().references('notices.id'))
    .addColumn('staff_id', 'text', (c) => c.notNull())
    .addColumn('acked_at', 'text')
    .addPrimaryKeyConstraint('notice_recipients_pk', ['notice_id', 'staff_id'])
    .execute();
  await db.schema
    .createIndex('notice_recipients_staff')
    .on('notice_recipients')
    .columns(['staff_id', 'acked_at'])
    .execute();

  await db.schema
    .createTable('birthday_prefs')
    .addColumn('staff_id', 'text', (c) => c.primaryKey())
    .addColumn('greet_publicly', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}
