import { BindingService } from '../bot/identity/binding-service.ts';
import { openDatabase } from '../data/db/open-database.ts';
import { DEFAULT_BINDING_SETTINGS } from '../data/org/binding-settings.ts';
import { BindingsRepo } from '../data/repos/bindings-repo.ts';
import { loadOrg } from '../data/org/load-org.ts';
import type { BenchRow } from './bench-row.ts';

export interface GuessingResult {
  readonly attempts: number;
  readonly bound: number;
  /** Guesses that were checked against the codes (not refused by a limit first). */
  readonly checked: number;
  readonly silenced: number;
  readonly paused: number;
  readonly ms: number;
}

/**
 * An attacker with many WeChat contacts (three tries each, under the per-contact limit) sends
 * `attempts` random twelve-digit codes, one a second (about 28 hours for 100,000), while every
 * person in the sample directory holds a live code that HR renews each day. Driven through the
 * binding service on a real SQLite database: the limits and the code check are all there is.
 */
export async function guessBindingCodes(attempts: number, dbPath = ':memory:'): Promise<GuessingResult> {
  const db = await openDatabase(dbPath);
  const staff = loadOrg().directory.all;
  const service = new BindingService(db, () => DEFAULT_BINDING_SETTINGS);
  const codes = new BindingsRepo(db);
  let now = new Date('2026-12-01T09:00:00+08:00').getTime();
  const counts = { bound: 0, checked: 0, silenced: 0, paused: 0 };
  const t0 = performance.now();
  try {
    for (let i = 0; i < attempts; i++) {
      if (i % 86400 === 0) for (const s of staff) await codes.createCode(s.id, new Date(now));
      const guess = String(Math.floor(Math.random() * 1e12)).padStart(12, '0');
      const result = await service.attempt('wechaty', `wxid_guess_${Math.floor(i / 3)}`, guess, new Date(now));
      if (result.kind === 'bound') counts.bound++;
      else if (result.kind === 'refused') counts.checked++;
      else if (result.kind === 'silenced') counts.silenced++;
      else counts.paused++;
      now += 1000;
    }
  } finally {
    await db.destroy();
  }
  return { attempts, ...counts, ms: performance.now() - t0 };
}

/** `npm run bench` row: 100,000 guessed codes, none binds. */
export async function benchBinding(): Promise<BenchRow[]> {
  const r = await guessBindingCodes(100_000);
  return [
    {
      name: 'Binding codes guessed (100,000 tries)',
      value: `${r.bound} bound, ${r.checked} checked (${(r.ms / 1000).toFixed(1)} s)`,
      target: '0 bound',
      ok: r.bound === 0,
    },
  ];
}
