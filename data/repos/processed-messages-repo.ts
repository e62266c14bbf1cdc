import type { Db } from '../db/open-database.ts';

/** Remembers which platform message ids were handled, so a redelivery is dropped. */
export class ProcessedMessagesRepo {
  constructor(private readonly db: Db) {}

  /** Records the id; returns false when it had been seen before. */
  async markNew(channel: string, messageId: string, at: Date): Promise<boolean> {
    const result = await this.db
      .insertInto('processed_messages')
      .values({ channel, message_id: messageId, received_at: at.toISOString() })
      .onConflict((oc) => oc.columns(['channel', 'message_id']).doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
  }

  /** Platforms redeliver within minutes, not weeks: older ids can go. */
  async pruneBefore(cutoff: Date): Promise<void> {
    await this.db.deleteFrom('processed_messages').where('received_at', '<', cutoff.toISOString()).execute();
  }
}
