import { formatDateTime } from '../../data/time/index.ts';
import type { Db } from '../../data/db/open-database.ts';
import { BindAttemptsRepo } from '../../data/repos/bind-attempts-repo.ts';
import type { BindingSettings } from '../../data/org/binding-settings.ts';
import { SettingsRepo } from '../../data/repos/settings-repo.ts';
import { adminText } from './messages.ts';

const DAYS = 7;
const MAX_CONTACTS = 10;

/**
 * HR's view of wrong binding codes of the last week (「绑定失败记录」 and `tonggong bindings`).
 * A contact with as many failures as the hourly limit is flagged: it was (or is) ignored.
 */
export async function bindingFailuresReport(db: Db, settings: BindingSettings, now: Date): Promise<string> {
  const since = new Date(now.getTime() - DAYS * 24 * 3600 * 1000);
  const repo = new BindAttemptsRepo(db);
  const contacts = await repo.byContactSince(since);
  const pauses = await repo.pausesSince(since);
  const pausedUntil = await new SettingsRepo(db).get('binding.paused_until');
  const lines: string[] = [];
  if (pausedUntil && pausedUntil > now.toISOString()) {
    lines.push(adminText.failuresPausedNow(formatDateTime(new Date(pausedUntil))));
  }
  if (!contacts.length) return [...lines, adminText.failuresNone(DAYS)].join('\n');
  const total = contacts.reduce((n, c) => n + c.count, 0);
  lines.push(adminText.failuresTotal(DAYS, total, contacts.length));
  if (pauses.length) lines.push(adminText.failuresPauses(pauses.map((p) => formatDateTime(p))));
  for (const c of contacts.slice(0, MAX_CONTACTS)) {
    const limited = c.count >= settings.failuresPerContactPerHour;
    lines.push(adminText.failuresContact(c.channel, c.externalId, c.count, formatDateTime(c.last), limited));
  }
  if (contacts.length > MAX_CONTACTS) lines.push(adminText.failuresMore(contacts.length - MAX_CONTACTS));
  return lines.join('\n');
}
