import type { Db } from '../db/open-database.ts';

/**
 * Each person's own say on public birthday greetings ("不要公开祝福" / "可以公开祝福"). It
 * overrides the directory's greet_publicly, which HR keeps; a person without a row follows
 * the directory.
 */
export class BirthdayPrefsRepo {
  constructor(private readonly db: Db) {}

  async set(staffId: string, greetPublicly: boolean, now: Date): Promise<void> {
    const values = { staff_id: staffId, greet_publicly: greetPublicly ? 1 : 0, updated_at: now.toISOString() };
    await this.db
      .insertInto('birthday_prefs')
      .values(values)
      .onConflict((oc) => oc.column('staff_id').doUpdateSet(values))
      .execute();
  }

  async get(staffId: string): Promise<boolean | undefined> {
    const row = await this.db
      .selectFrom('birthday_prefs')
      .select('greet_publicly')
      .where('staff_id', '=', staffId)
      .executeTakeFirst();
    return row ? row.greet_publicly === 1 : undefined;
  }

  /** Every recorded choice, for a day's greetings in one query. */
  async all(): Promise<Map<string, boolean>> {
    const rows = await this.db.selectFrom('birthday_prefs').select(['staff_id', 'greet_publicly']).execute();
    return new Map(rows.map((r) => [r.staff_id, r.greet_publicly === 1]));
  }
}
