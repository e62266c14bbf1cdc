import type { Db } from '../../data/db/open-database.ts';
import type { BindingSettings } from '../../data/org/binding-settings.ts';
import { BindAttemptsRepo } from '../../data/repos/bind-attempts-repo.ts';
import { BindingsRepo } from '../../data/repos/bindings-repo.ts';
import { SettingsRepo } from '../../data/repos/settings-repo.ts';

export type BindAttemptResult =
  | { readonly kind: 'bound'; readonly staffId: string; readonly previousExternalId?: string }
  /** A wrong, used or expired code. `lastTry`: the contact has just used up its tries for the hour. */
  | {
      readonly kind: 'refused';
      readonly reason: 'unknown' | 'used' | 'expired';
      readonly lastTry: boolean;
      /** Set when this failure hit the global cap: codes are refused until then. */
      readonly pausedUntil?: Date;
      /** Whether HR should be alerted about the pause (at most once a day). */
      readonly alertHr?: boolean;
    }
  /** The contact used up its tries this hour: no answer at all, the code is not even looked at. */
  | { readonly kind: 'silenced' }
  /** Codes are refused for everyone for now (too many wrong codes overall). */
  | { readonly kind: 'paused'; readonly until: Date };

const HOUR_MS = 3600 * 1000;
const ALERT_EVERY_MS = 24 * HOUR_MS;
const PAUSED_UNTIL = 'binding.paused_until';
const ALERTED_AT = 'binding.alerted_at';

/**
 * Redeems binding codes sent by unknown contacts, with the limits that make guessing hopeless:
 * a few wrong codes per contact per hour (then silence), a cap on wrong codes overall per hour
 * (then a pause, and HR is alerted), all counted in the database so a restart resets nothing.
 * Limits are checked before the code is looked at, so a refused try learns nothing.
 */
export class BindingService {
  /**
   * A pause this process knows of, with the contacts silenced when it began. While it lasts no
   * code is checked, so no failure is written and both stay exact: a flood of guesses is then
   * refused without touching the database. The database stays the truth for accepting a code.
   */
  private pause: { until: number; silencedUntil: Map<string, number> } | undefined;

  constructor(
    private readonly db: Db,
    private readonly settings: () => BindingSettings,
  ) {}

  async attempt(channel: string, externalId: string, code: string, now: Date): Promise<BindAttemptResult> {
    const limits = this.settings();
    const hourAgo = new Date(now.getTime() - HOUR_MS);
    const key = contactKey(channel, externalId);
    if (this.pause && this.pause.until > now.getTime()) {
      const silenced = (this.pause.silencedUntil.get(key) ?? 0) > now.getTime();
      return silenced ? { kind: 'silenced' } : { kind: 'paused', until: new Date(this.pause.until) };
    }
    this.pause = undefined;
    // A refusal is one read and no write: under a flood of guesses refusals are nearly all
    // there is. The limits hold across restarts because only real checks are counted, in rows.
    const attempts = new BindAttemptsRepo(this.db);
    const { mine, setting: pausedUntil } = await attempts.stateOf(channel, externalId, hourAgo, PAUSED_UNTIL);
    if (mine >= limits.failuresPerContactPerHour) return { kind: 'silenced' };
    if (pausedUntil && pausedUntil > now.toISOString()) {
      await this.learnPause(new Date(pausedUntil), now);
      return { kind: 'paused', until: new Date(pausedUntil) };
    }
    const result = await this.check(channel, externalId, code, mine, now);
    if (result.kind === 'refused' && result.pausedUntil) await this.learnPause(result.pausedUntil, now);
    return result;
  }

  /** Checks the code, counts a failure, and starts a pause when the failures of the hour reach the cap. */
  private async check(
    channel: string,
    externalId: string,
    code: string,
    mine: number,
    now: Date,
  ): Promise<BindAttemptResult> {
    const limits = this.settings();
    const hourAgo = new Date(now.getTime() - HOUR_MS);
    return this.db.transaction().execute(async (trx) => {
      const result = await new BindingsRepo(trx).redeemHere(code, channel, externalId, now);
      if (result.ok) {
        const previous = result.previousExternalId ? { previousExternalId: result.previousExternalId } : {};
        return { kind: 'bound', staffId: result.staffId, ...previous } as const;
      }
      const inTrx = new BindAttemptsRepo(trx);
      await inTrx.record(channel, externalId, result.reason, now);
      await inTrx.prune(now);
      const lastTry = mine + 1 >= limits.failuresPerContactPerHour;
      if ((await inTrx.failuresSince(hourAgo)) < limits.failuresPerHour) {
        return { kind: 'refused', reason: result.reason, lastTry } as const;
      }
      const switches = new SettingsRepo(trx);
      const until = new Date(now.getTime() + limits.pauseMinutes * 60 * 1000);
      await switches.set(PAUSED_UNTIL, until.toISOString(), now);
      await inTrx.recordPause(now);
      const alerted = await switches.get(ALERTED_AT);
      const alertHr = !alerted || new Date(alerted).getTime() + ALERT_EVERY_MS <= now.getTime();
      if (alertHr) await switches.set(ALERTED_AT, now.toISOString(), now);
      return { kind: 'refused', reason: result.reason, lastTry, pausedUntil: until, alertHr } as const;
    });
  }

  /** Remembers a pause and which contacts stay silenced until when (their hour of failures runs out). */
  private async learnPause(until: Date, now: Date): Promise<void> {
    const limit = this.settings().failuresPerContactPerHour;
    const byContact = new Map<string, number[]>();
    for (const f of await new BindAttemptsRepo(this.db).failureTimesSince(new Date(now.getTime() - HOUR_MS))) {
      const key = contactKey(f.channel, f.externalId);
      byContact.set(key, [...(byContact.get(key) ?? []), f.at.getTime()]);
    }
    const silencedUntil = new Map<string, number>();
    for (const [key, times] of byContact) {
      // Silent until the oldest of its last `limit` failures is an hour old.
      if (times.length >= limit) silencedUntil.set(key, times.sort((a, b) => a - b)[times.length - limit]! + HOUR_MS);
    }
    this.pause = { until: until.getTime(), silencedUntil };
  }
}

function contactKey(channel: string, externalId: string): string {
  return `${channel}\u0000${externalId}`;
}
