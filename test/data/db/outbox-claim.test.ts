import { CompiledQuery, sql, type KyselyPlugin, type RootOperationNode } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isPostgres } from '../../../data/db/dialect.ts';
import { openDatabase, type Db } from '../../../data/db/open-database.ts';
import { OutboxRepo, type NewOutboxEntry } from '../../../data/repos/outbox-repo.ts';

const DUE = new Date('2026-12-01T09:00:00+08:00');
const LEASE = new Date(DUE.getTime() + 60_000);
let db: Db;

beforeEach(async () => {
  db = await openDatabase(':memory:');
});
afterEach(async () => {
  await db.destroy();
});

function sends(n: number): NewOutboxEntry[] {
  return Array.from({ length: n }, (_, i) => ({
    job: 'notice',
    occurrence: '1',
    recipient: `S${i}`,
    to: { staffId: `S${i}` },
    message: { text: '通知' },
    // Due in an order unlike the insertion order, to see the claim's order.
    dueAt: new Date(DUE.getTime() - ((i * 37) % n) * 1000),
    staleAfter: new Date(DUE.getTime() + 3_600_000),
    status: 'pending',
  }));
}

/** The SQL of every query the repository sends, as the database runs it. */
function recorded(): { plugin: KyselyPlugin; nodes: RootOperationNode[] } {
  const nodes: RootOperationNode[] = [];
  const plugin: KyselyPlugin = {
    transformQuery: ({ node }) => {
      nodes.push(node);
      return node;
    },
    transformResult: async ({ result }) => result,
  };
  return { plugin, nodes };
}

describe('claiming from the outbox', () => {
  it('takes the send due first each time, in due order', async () => {
    const outbox = new OutboxRepo(db);
    await outbox.expand('notice', '1', DUE, sends(30), DUE);
    const claimed: number[] = [];
    for (let e = await outbox.claimNext(DUE, 'me', LEASE); e; e = await outbox.claimNext(DUE, 'me', LEASE)) {
      claimed.push(e.dueAt.getTime());
    }
    expect(claimed).toHaveLength(30);
    expect(claimed).toEqual([...claimed].sort((a, b) => a - b));
  });

  it('reads an index in the claim’s own order instead of sorting every pending send', async () => {
    const { plugin, nodes } = recorded();
    const outbox = new OutboxRepo(db.withPlugin(plugin));
    await new OutboxRepo(db).expand('notice', '1', DUE, sends(200), DUE);
    await outbox.claimNext(DUE, 'me', LEASE);
    const claim = db.getExecutor().compileQuery(nodes.at(-1)!, { queryId: 'claim' });
    const plan = await db.transaction().execute(async (trx) => {
      if (!isPostgres(db)) {
        return trx.executeQuery(CompiledQuery.raw(`explain query plan ${claim.sql}`, [...claim.parameters]));
      }
      // PostgreSQL picks by cost, and 200 rows are cheap to scan: ask whether the index can serve the order at all.
      await sql`set local enable_seqscan = off`.execute(trx);
      return trx.executeQuery(CompiledQuery.raw(`explain ${claim.sql}`, [...claim.parameters]));
    });
    const text = plan.rows.map((r) => Object.values(r as object).join(' ')).join('\n');
    expect(text).toContain('outbox_claim');
    expect(text).not.toMatch(/TEMP B-TREE|Sort/);
  });

  it('gives claimers working at once a different send each, and every send to one of them', async () => {
    const outbox = new OutboxRepo(db);
    await outbox.expand('notice', '1', DUE, sends(40), DUE);
    const claimer = async (name: string) => {
      const mine: number[] = [];
      for (let i = 0; i < 10; i++) {
        const e = await outbox.claimNext(DUE, name, LEASE);
        // On PostgreSQL the claimers really overlap: one must never wait out another's claim and find nothing.
        expect(e, `${name}'s claim ${i + 1} of 10`).toBeDefined();
        mine.push(e!.id);
      }
      return mine;
    };
    const all = (await Promise.all(['a', 'b', 'c', 'd'].map(claimer))).flat();
    expect(new Set(all).size).toBe(40);
    expect(await outbox.claimNext(DUE, 'a', LEASE)).toBeUndefined();
  });
});
