import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../data/db/open-database.ts';
import { ExclusiveTurns } from '../../../data/repos/exclusive-turns.ts';
import { LeasesRepo } from '../../../data/repos/leases-repo.ts';
import { tempDbPath } from '../../fakes/org-fixture.ts';

const T0 = new Date('2026-12-07T09:00:00+08:00');
const at = (s: number) => new Date(T0.getTime() + s * 1000);

// Two instances: two connections to one database file (on the PostgreSQL run, one schema).
let a: Db;
let b: Db;
beforeEach(async () => {
  const path = tempDbPath();
  a = await openDatabase(path);
  b = await openDatabase(path);
});
afterEach(async () => {
  await a.destroy();
  await b.destroy();
});

describe('leases shared by two instances', () => {
  it('lets only one instance hold an account, and the other take it once it expires', async () => {
    const ra = new LeasesRepo(a);
    const rb = new LeasesRepo(b);
    expect(await ra.acquire('account:wecom', 'A', at(0), 30_000)).toBe(true);
    expect(await rb.acquire('account:wecom', 'B', at(1), 30_000)).toBe(false);
    expect(await ra.acquire('account:wecom', 'A', at(10), 30_000)).toBe(true);
    expect(await rb.acquire('account:wecom', 'B', at(39), 30_000)).toBe(false);
    // A stopped renewing at 10 s: from 40 s the lease is free.
    expect(await rb.acquire('account:wecom', 'B', at(41), 30_000)).toBe(true);
    expect(await ra.acquire('account:wecom', 'A', at(42), 30_000)).toBe(false);
    const [lease] = await ra.live(at(42), 'account:');
    expect(lease).toMatchObject({ name: 'account:wecom', holder: 'B', acquiredAt: at(41) });
  });

  it('keeps the first acquisition time while renewing, and frees the name at once on release', async () => {
    const ra = new LeasesRepo(a);
    await ra.acquire('account:x', 'A', at(0), 30_000);
    await ra.acquire('account:x', 'A', at(20), 30_000);
    expect((await ra.live(at(20)))[0]).toMatchObject({ acquiredAt: at(0), renewedAt: at(20) });
    expect(await new LeasesRepo(b).release('account:x', 'B')).toBe(false);
    expect(await ra.release('account:x', 'A')).toBe(true);
    expect(await new LeasesRepo(b).acquire('account:x', 'B', at(21), 30_000)).toBe(true);
  });

  it('runs turns on one key one at a time across instances, and different keys side by side', async () => {
    const ta = new ExclusiveTurns(a, 'A', { pollMs: 5 });
    const tb = new ExclusiveTurns(b, 'B', { pollMs: 5 });
    const events: string[] = [];
    const work = (name: string, ms: number) => async () => {
      events.push(`${name} in`);
      await new Promise((r) => setTimeout(r, ms));
      events.push(`${name} out`);
      return name;
    };
    const results = await Promise.all([
      ta.run('S011', work('a1', 40)),
      tb.run('S011', work('b1', 10)),
      ta.run('S011', work('a2', 10)),
      tb.run('S011', work('b2', 10)),
    ]);
    expect(results).toEqual(['a1', 'b1', 'a2', 'b2']);
    // Never two inside at once: every "in" is followed by its own "out".
    for (let i = 0; i < events.length; i += 2) expect(events[i + 1]).toBe(events[i]!.replace(' in', ' out'));
    const side: string[] = [];
    await Promise.all([
      ta.run('S001', async () => {
        side.push('S001 in');
        await new Promise((r) => setTimeout(r, 30));
        side.push('S001 out');
      }),
      tb.run('S002', async () => {
        side.push('S002 in');
        await new Promise((r) => setTimeout(r, 5));
        side.push('S002 out');
      }),
    ]);
    expect(side.indexOf('S002 in')).toBeLessThan(side.indexOf('S001 out'));
  });
});
