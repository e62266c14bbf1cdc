import type { Kysely } from 'kysely';
import { serialType } from '../dialect.ts';

/**
 * The unanswered-questions queue (issue 12 §3): one row per group of similar questions, and
 * one row per time someone asked it (who, to tell them when HR answers).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('unanswered_questions')
    .addColumn('id', serialType(db), (c) => c.primaryKey())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('norm', 'text', (c) => c.notNull())
    .addColumn('section_doc', 'text')
    .addColumn('section_path', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('ask_count', 'integer', (c) => c.notNull())
    .addColumn('first_asked_at', 'text', (c) => c.notNull())
    .addColumn('last_asked_at', 'text', (c) => c.notNull())
    .addColumn('answer', 'text')
    .addColumn('answered_by', 'text')
    .addColumn('answered_at', 'text')
    .addColumn('saved_at', 'text')
    .addColumn('closed_at', 'text')
    .execute();
  await db.schema.createIndex('unanswered_questions_status').on('unanswered_questions').column('status').execute();

  await db.schema
    .createTable('unanswered_question_asks')
    .addColumn('id', serialType(db), (c) => c.primaryKey())
    .addColumn('question_id', 'integer', (c) => c.notNull().references('unanswered_questions.id'))
    .addColumn('staff_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('asked_at', 'text', (c) => c.notNull())
    .addColumn('notified_at', 'text')
    .execute();
  await db.schema
    .createIndex('unanswered_question_asks_question')
    .on('unanswered_question_asks')
    .column('question_id')
    .execute();
}
