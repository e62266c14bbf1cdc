import type { Db } from '../db/open-database.ts';

/** Runtime switches that survive a restart (e.g. the pause on scheduled sends). */
export class SettingsRepo {
  constructor(private readonly db: Db) {}

  async get(key: string): Promise<string | undefined> {
    const row = await this.db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst();
    return row?.value;
  }

  async set(key: string, value: string, now: Date): Promise<void> {
    const values = { key, value, updated_at: now.toISOString() };
    await this.db
      .insertInto('settings')
      .values(values)
      .onConflict((oc) => oc.column('key').doUpdateSet(values))
      .execute();
  }
}
