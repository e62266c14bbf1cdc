import type { Db } from '../db/open-database.ts';

/**
 * Platforms redeliver within minutes, not weeks: ids older than this are forgotten, so the
 * table stays the size of a week's messages instead of growing for ever.
 */
export const PROCESSED_MESSAGE_RETENTION_MS = 7 * 24 * 3600_000;
/** How often the old ids are cleared, at most (checked as messages arrive). */
const PRUNE_EVERY_MS = 3600_000;

/** Remembers which platform message ids were handled, so a redelivery is dropped. */
export class ProcessedMessagesRepo {
  private lastPrune: number | undefined;

  constructor(private readonly db: Db) {}

  /** Records the id; returns false when it had been seen before. Clears old ids now and then. */
  async markNew(channel: string, messageId: string, at: Date): Promise<boolean> {
    if (this.lastPrune === undefined || at.getTime() - this.lastPrune >= PRUNE_EVERY_MS) {
      this.lastPrune = at.getTime();
      await this.pruneBefore(new Date(at.getTime() - PROCESSED_MESSAGE_RETENTION_MS));
    }
    const result = await this.db
      .insertInto('processed_messages')
      .values({ channel, message_id: messageId, received_at: at.toISOString() })
      .onConflict((oc) => oc.columns(['channel', 'message_id']).doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
  }

  async pruneBefore(cutoff: Date): Promise<void> {
    await this.db.deleteFrom('processed_messages').where('received_at', '<', cutoff.toISOString()).execute();
  }
}
