import { randomInt } from 'node:crypto';
import type { Db } from '../db/open-database.ts';

export interface Binding {
  readonly channel: string;
  readonly externalId: string;
  readonly staffId: string;
  readonly createdAt: string;
}

/** A code just made, and when it stops working. */
export interface NewCode {
  readonly code: string;
  readonly expiresAt: Date;
  /** An unused earlier code for the same person existed and no longer works. */
  readonly replaced: boolean;
}

export type RedeemResult =
  | { readonly ok: true; readonly staffId: string; readonly previousExternalId?: string }
  | { readonly ok: false; readonly reason: 'unknown' | 'used' | 'expired' };

/** The default lifetime; the bot passes the organisation's (`org.json` → `binding.codeLifetimeHours`). */
const CODE_LIFETIME_MS = 24 * 3600 * 1000;

/**
 * Twelve digits: a phone's number pad types them without switching keyboards, and the caps in
 * binding-service.ts let at most about 260,000 guesses a year be checked; against 10^12 codes
 * with even 30 live at once that is under one chance in 100,000 a year of non-stop guessing,
 * which HR hears about every day it goes on.
 */
export const CODE_DIGITS = 12;

function newCode(): string {
  return Array.from({ length: CODE_DIGITS / 4 }, () => String(randomInt(0, 10000)).padStart(4, '0')).join('');
}

/**
 * Links a chat identity (a WeChat contact id, which changes when the bot logs in again) to
 * a person in the directory, through one-time codes HR hands out.
 */
export class BindingsRepo {
  constructor(private readonly db: Db) {}

  /** A fresh twelve-digit code for this person; any unused earlier code for them stops working. */
  async createCode(staffId: string, now: Date, lifetimeMs = CODE_LIFETIME_MS): Promise<NewCode> {
    const expiresAt = new Date(now.getTime() + lifetimeMs);
    return this.db.transaction().execute(async (trx) => {
      const voided = await trx
        .deleteFrom('bind_codes')
        .where('staff_id', '=', staffId)
        .where('used_at', 'is', null)
        .executeTakeFirst();
      const replaced = Number(voided.numDeletedRows) > 0;
      for (;;) {
        const code = newCode();
        const clash = await trx.selectFrom('bind_codes').select('code').where('code', '=', code).executeTakeFirst();
        if (clash) continue;
        await trx
          .insertInto('bind_codes')
          .values({
            code,
            staff_id: staffId,
            created_at: now.toISOString(),
            expires_at: expiresAt.toISOString(),
            used_at: null,
          })
          .execute();
        return { code, expiresAt, replaced };
      }
    });
  }

  /** Uses a code once: binds the chat identity to the code's person, replacing older bindings on that channel. */
  async redeem(code: string, channel: string, externalId: string, now: Date): Promise<RedeemResult> {
    return this.db.transaction().execute((trx) => new BindingsRepo(trx).redeemHere(code, channel, externalId, now));
  }

  /** `redeem` on this repository's connection: for a caller already inside a transaction. */
  async redeemHere(code: string, channel: string, externalId: string, now: Date): Promise<RedeemResult> {
    const trx = this.db;
    const row = await trx.selectFrom('bind_codes').selectAll().where('code', '=', code).executeTakeFirst();
    if (!row) return { ok: false, reason: 'unknown' } as const;
    if (row.used_at) return { ok: false, reason: 'used' } as const;
    if (row.expires_at < now.toISOString()) return { ok: false, reason: 'expired' } as const;
    await trx.updateTable('bind_codes').set({ used_at: now.toISOString() }).where('code', '=', code).execute();
    const previous = await trx
      .selectFrom('bindings')
      .select('external_id')
      .where('channel', '=', channel)
      .where('staff_id', '=', row.staff_id)
      .where('external_id', '!=', externalId)
      .executeTakeFirst();
    await trx
      .deleteFrom('bindings')
      .where('channel', '=', channel)
      .where((eb) => eb.or([eb('staff_id', '=', row.staff_id), eb('external_id', '=', externalId)]))
      .execute();
    await trx
      .insertInto('bindings')
      .values({ channel, external_id: externalId, staff_id: row.staff_id, created_at: now.toISOString() })
      .execute();
    const moved = previous ? { previousExternalId: previous.external_id } : {};
    return { ok: true, staffId: row.staff_id, ...moved } as const;
  }

  async staffFor(channel: string, externalId: string): Promise<string | undefined> {
    const row = await this.db
      .selectFrom('bindings')
      .select('staff_id')
      .where('channel', '=', channel)
      .where('external_id', '=', externalId)
      .executeTakeFirst();
    return row?.staff_id;
  }

  async externalIdFor(channel: string, staffId: string): Promise<string | undefined> {
    const row = await this.db
      .selectFrom('bindings')
      .select('external_id')
      .where('channel', '=', channel)
      .where('staff_id', '=', staffId)
      .executeTakeFirst();
    return row?.external_id;
  }

  async list(): Promise<Binding[]> {
    const rows = await this.db.selectFrom('bindings').selectAll().orderBy('staff_id').execute();
    return rows.map((r) => ({
      channel: r.channel,
      externalId: r.external_id,
      staffId: r.staff_id,
      createdAt: r.created_at,
    }));
  }

  /** Removes every binding of a person (and their unused codes). Returns how many bindings went. */
  async revoke(staffId: string): Promise<number> {
    await this.db.deleteFrom('bind_codes').where('staff_id', '=', staffId).where('used_at', 'is', null).execute();
    const result = await this.db.deleteFrom('bindings').where('staff_id', '=', staffId).executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}
