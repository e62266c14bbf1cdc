import type { Db } from '../db/open-database.ts';

export interface ConversationRecord {
  readonly chatKey: string;
  readonly staffId: string;
  readonly flow: string;
  readonly version: number;
  readonly step: string;
  readonly state: unknown;
  readonly expiresAt: string;
}

/** Persisted multi-turn conversations: one active flow per person. */
export class ConversationsRepo {
  constructor(private readonly db: Db) {}

  async get(chatKey: string): Promise<ConversationRecord | undefined> {
    const row = await this.db
      .selectFrom('conversations')
      .selectAll()
      .where('chat_key', '=', chatKey)
      .executeTakeFirst();
    if (!row) return undefined;
    let state: unknown;
    try {
      state = JSON.parse(row.state);
    } catch {
      state = undefined;
    }
    return {
      chatKey: row.chat_key,
      staffId: row.staff_id,
      flow: row.flow,
      version: row.version,
      step: row.step,
      state,
      expiresAt: row.expires_at,
    };
  }

  async save(record: ConversationRecord, now: Date): Promise<void> {
    const values = {
      chat_key: record.chatKey,
      staff_id: record.staffId,
      flow: record.flow,
      version: record.version,
      step: record.step,
      state: JSON.stringify(record.state),
      expires_at: record.expiresAt,
      updated_at: now.toISOString(),
    };
    await this.db
      .insertInto('conversations')
      .values(values)
      .onConflict((oc) => oc.column('chat_key').doUpdateSet(values))
      .execute();
  }

  async delete(chatKey: string): Promise<void> {
    await this.db.deleteFrom('conversations').where('chat_key', '=', chatKey).execute();
  }
}
