/*
 * One instance of the month bench: serves every organisation it is given (one createApp each,
 * shared with the other instances through the database), driven by the parent over IPC. Run
 * with `node --import tsx` through `fork`. Every message its channels send is appended to LOG
 * (one JSON line: org, chat, simulated time, scheduled or a reply, text) before the send returns,
 * so a SIGKILL loses nothing the checks need.
 *
 *   ORGS     JSON [{ id, dir, database }]
 *   PRIMARY  ids of the organisations to connect first (so the parent can spread the accounts)
 *   LOG      the delivery log;  START  the simulated start (ISO)
 *
 * Parent → child, each answered with {op, ...}:
 *   {op:'rest'}         connect the others (as standby where another instance holds them)
 *   {op:'held'}         which organisations' accounts this instance holds
 *   {op:'step', to}     run every organisation's scheduler at `to`; answers when the next is due
 *   {op:'chat', items}  answer messages for the organisations held here
 *   {op:'stop'}
 */
import { appendFileSync } from 'node:fs';
import { createApp, type App } from '../../app/app.ts';
import { MemoryChannel } from '../../bot/channels/memory/memory-channel.ts';
import { staffIdRoute } from '../../bot/channels/staff-id-route.ts';
import { ManualClock } from '../../bot/clock.ts';
import { silentLogger } from '../../bot/logger.ts';
import type { SendOptions } from '../../bot/channel.ts';
import type { ChannelAddress, OutgoingMessage } from '../../data/message.ts';
import { isPostgresUrl } from '../../data/db/dialect.ts';
import { migrate, openDatabase, type Db } from '../../data/db/open-database.ts';
import { connectPostgres } from '../../data/db/open-postgres.ts';
import type { OrgFolder } from '../../data/db/org-database.ts';
import { loadOrg } from '../../data/org/load-org.ts';

export interface ChatItem {
  readonly org: string;
  readonly from: string;
  readonly text: string;
}

const orgs = JSON.parse(process.env.ORGS!) as OrgFolder[];
const primary = new Set((process.env.PRIMARY ?? '').split(',').filter(Boolean));
const LOG = process.env.LOG!;
const start = new Date(process.env.START!);
/** Organisations stepped side by side; each has a pool of two connections. */
const STEP_WIDTH = 4;

/** A memory channel that writes each send to the log, synchronously, and keeps nothing in memory. */
class LoggedChannel extends MemoryChannel {
  scheduled = 0;
  constructor(
    private readonly org: string,
    private readonly clock: ManualClock,
  ) {
    super('wecom', () => clock.now());
  }
  override async send(to: ChannelAddress, message: OutgoingMessage, options?: SendOptions): Promise<void> {
    const s = options?.scheduled ? 1 : 0;
    this.scheduled += s;
    const line = { o: this.org, c: to.chatId, at: this.clock.now().toISOString(), s, x: message.text };
    appendFileSync(LOG, `${JSON.stringify(line)}\n`);
  }
}

/** Two connections per organisation on PostgreSQL: 3 instances × 20 pools must stay under the server's 100. */
async function open(location: string): Promise<Db> {
  if (!isPostgresUrl(location)) return openDatabase(location);
  const db = await connectPostgres(location, { poolMax: 2 });
  await migrate(db);
  return db;
}

interface Served {
  readonly app: App;
  readonly clock: ManualClock;
  readonly channel: LoggedChannel;
}

const served = new Map<string, Served>();
for (const org of orgs) {
  const clock = new ManualClock(start);
  const channel = new LoggedChannel(org.id, clock);
  const app = await createApp({
    orgDir: org.dir,
    org: loadOrg(org.dir),
    db: await open(org.database),
    clock,
    log: silentLogger(),
    routes: () => [staffIdRoute(channel)],
    shared: {},
  });
  served.set(org.id, { app, clock, channel });
}
for (const id of primary) await served.get(id)!.app.start();

const send = (message: object) => process.send!(message);

/** Runs `work` over `items`, `width` at a time. */
async function pool<T>(items: readonly T[], width: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(width, items.length) }, async () => {
    while (next < items.length) await work(items[next++]!);
  });
  await Promise.all(lanes);
}

process.on('message', async (m: { op: string; to?: string; items?: ChatItem[] }) => {
  if (m.op === 'rest') {
    for (const [id, s] of served) if (!primary.has(id)) await s.app.start();
    send({ op: 'rest' });
  } else if (m.op === 'held') {
    send({ op: 'held', orgs: [...served].filter(([, s]) => s.app.lease?.held).map(([id]) => id) });
  } else if (m.op === 'step') {
    // Every instance at the same instant, as wall clocks agree: a claim's lease is then never
    // taken for expired by an instance that ran ahead, which a simulation alone would cause.
    const to = new Date(m.to!);
    const before = [...served.values()].reduce((n, s) => n + s.channel.scheduled, 0);
    let next: Date | undefined;
    // A few organisations at a time: on PostgreSQL most of a pass is waiting for the server.
    await pool([...served.values()], STEP_WIDTH, async (s) => {
      s.clock.set(to);
      await s.app.scheduler.runDue(to);
      const due = await s.app.scheduler.nextDue(to);
      if (due && (!next || due < next)) next = due;
    });
    const after = [...served.values()].reduce((n, s) => n + s.channel.scheduled, 0);
    send({ op: 'step', sends: after - before, next: next?.toISOString() });
  } else if (m.op === 'chat') {
    const ms: number[] = [];
    const notHeld: ChatItem[] = [];
    await pool(m.items!, 8, async (item) => {
      const s = served.get(item.org)!;
      if (!s.app.lease?.held) return void notHeld.push(item);
      const t0 = performance.now();
      await s.channel.receive({ from: item.from, text: item.text });
      ms.push(performance.now() - t0);
    });
    send({ op: 'chat', ms, notHeld });
  } else if (m.op === 'stop') {
    for (const s of served.values()) await s.app.stop();
    send({ op: 'stop' });
    process.disconnect();
  }
});
send({ op: 'ready' });
