import { existsSync, readFileSync } from 'node:fs';
import type { OrgFolder } from '../../data/db/org-database.ts';
import { openDatabase } from '../../data/db/open-database.ts';

export interface MonthCheck {
  /** Planned sends: outbox rows, one per (organisation, job, occurrence, recipient). */
  readonly planned: number;
  /** Deliveries of a planned send beyond its first. */
  readonly duplicates: number;
  /** Planned sends never delivered (not `sent`, or marked sent without reaching the channel). */
  readonly lost: number;
  /** Outbox rows by status, where not all are sent (the why of `lost`). */
  readonly statuses: Record<string, number>;
  /** The most messages one member got in one clock minute, and in one clock hour (replies included). */
  readonly busiestMinute: number;
  readonly busiestHour: number;
}

interface Delivery {
  readonly o: string;
  readonly c: string;
  readonly at: string;
  readonly s: 0 | 1;
  readonly x: string;
}

function readLogs(files: readonly string[]): Delivery[] {
  return files
    .filter((f) => existsSync(f))
    .flatMap((f) => readFileSync(f, 'utf8').split('\n'))
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Delivery);
}

function add(counts: Map<string, number>, key: string, n = 1): void {
  counts.set(key, (counts.get(key) ?? 0) + n);
}

/**
 * Checks a month from the databases and the instances' delivery logs. The outbox's unique key
 * makes each (organisation, job, occurrence, recipient) one row; what the channels took is
 * matched to those rows as a multiset of (organisation, chat, text): a delivery without a row is
 * a duplicate, a sent row without a delivery is lost, and so is a row never sent.
 */
export async function checkMonth(orgs: readonly OrgFolder[], logs: readonly string[]): Promise<MonthCheck> {
  const deliveries = readLogs(logs);
  const expected = new Map<string, number>();
  const statuses: Record<string, number> = {};
  let planned = 0;
  let notSent = 0;
  for (const org of orgs) {
    const db = await openDatabase(org.database);
    const rows = await db.selectFrom('outbox').select(['recipient_json', 'message_json', 'status']).execute();
    await db.destroy();
    for (const r of rows) {
      planned++;
      statuses[r.status] = (statuses[r.status] ?? 0) + 1;
      if (r.status !== 'sent') {
        notSent++;
        continue;
      }
      const to = JSON.parse(r.recipient_json) as { staffId?: string; room?: string; chatId?: string };
      const text = (JSON.parse(r.message_json) as { text: string }).text;
      add(expected, `${org.id}\u0000${to.staffId ?? to.room ?? to.chatId}\u0000${text}`);
    }
  }
  const delivered = new Map<string, number>();
  const perMinute = new Map<string, number>();
  const perHour = new Map<string, number>();
  for (const d of deliveries) {
    if (d.s) add(delivered, `${d.o}\u0000${d.c}\u0000${d.x}`);
    add(perMinute, `${d.o} ${d.c} ${d.at.slice(0, 16)}`);
    add(perHour, `${d.o} ${d.c} ${d.at.slice(0, 13)}`);
  }
  let duplicates = 0;
  let unmatched = 0;
  for (const key of new Set([...expected.keys(), ...delivered.keys()])) {
    const diff = (delivered.get(key) ?? 0) - (expected.get(key) ?? 0);
    if (diff > 0) duplicates += diff;
    if (diff > 0 && process.env.BENCH_MONTH_DEBUG) process.stderr.write(`duplicate ×${diff}: ${key}\n`);
    else unmatched -= diff;
  }
  return {
    planned,
    duplicates,
    lost: notSent + unmatched,
    statuses,
    busiestMinute: largest(perMinute),
    busiestHour: largest(perHour),
  };
}

/** The largest count (a spread would pass the argument limit on a month of deliveries). */
function largest(counts: Map<string, number>): number {
  let most = 0;
  for (const n of counts.values()) most = Math.max(most, n);
  return most;
}
