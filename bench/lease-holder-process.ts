/*
 * A process that takes the chat accounts' lease and holds it until killed: the bench kills it
 * with SIGKILL and times how long a standby takes to connect. Run with `node --import tsx`.
 *   DB      the database (a PostgreSQL URL with ?schema=)
 *   REMOTE  when set, the holder presents itself as on another machine (no local liveness check:
 *           the standby must wait for the lease to run out, as across hosts)
 */
import { AccountLease } from '../app/instance/account-lease.ts';
import { silentLogger } from '../bot/logger.ts';
import { openDatabase } from '../data/db/open-database.ts';
import { processOwner } from '../scheduler/process-owner.ts';

const db = await openDatabase(process.env.DB!);
const local = processOwner();
const owner = process.env.REMOTE ? { id: `remote-host/${process.pid}/x`, isGone: () => false } : local;
const lease = new AccountLease({ db, owner, log: silentLogger(), onGained: async () => {}, onLost: async () => {} });
await lease.start();
process.stdout.write(lease.held ? 'HELD\n' : 'STANDBY\n');
setInterval(() => {}, 1000);
