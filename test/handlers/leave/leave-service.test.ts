import { afterEach, describe, expect, it, vi } from 'vitest';
import { localDate } from '../../../data/time/index.ts';
import { openDatabase, type Db } from '../../../data/db/open-database.ts';
import { BalanceLedgerRepo } from '../../../data/repos/balance-ledger-repo.ts';
import { LeaveRequestsRepo } from '../../../data/repos/leave-requests-repo.ts';
import { annualBalance } from '../../../handlers/leave/balance-handler.ts';
import { LeaveService } from '../../../handlers/leave/leave-service.ts';
import { org, span, staff } from './leave-test-kit.ts';

const NOW = new Date('2026-11-02T10:00:00+08:00');
let db: Db;
afterEach(async () => {
  vi.restoreAllMocks();
  await db?.destroy();
});

describe('the leave service', () => {
  it('stores a request and its balance hold together, or neither', async () => {
    db = await openDatabase(':memory:');
    const service = new LeaveService(db, () => org);
    vi.spyOn(BalanceLedgerRepo.prototype, 'add').mockRejectedValueOnce(new Error('disk full'));
    await expect(
      service.submit(staff('S011'), { typeKey: 'annual', span: span('2026-12-07~2026-12-09'), reason: '回老家' }, NOW),
    ).rejects.toThrow('disk full');
    expect(await new LeaveRequestsRepo(db).forStaff('S011')).toEqual([]);
    const ok = await service.submit(
      staff('S011'),
      { typeKey: 'annual', span: span('2026-12-07~2026-12-09'), reason: '回老家' },
      NOW,
    );
    expect(ok.ok).toBe(true);
    expect(await new BalanceLedgerRepo(db).annualSum('S011', 2026)).toBe(-3);
  });

  it('keeps the ledger and the computed balance in agreement through holds and releases', async () => {
    db = await openDatabase(':memory:');
    const service = new LeaveService(db, () => org);
    const person = staff('S032');
    const submit = async (dates: string) => {
      const r = await service.submit(person, { typeKey: 'annual', span: span(dates), reason: null }, NOW);
      if (!r.ok) throw new Error('limit' in r ? r.limit : r.check.refusals.map((f) => f.message).join());
      return r.request.id;
    };
    const a = await submit('2026-12-07~2026-12-09');
    const b = await submit('2026-12-14');
    const c = await submit('2026-12-16~2026-12-17');
    for (const approver of ['S030', 'S003', 'S001'])
      await service.decide({ requestId: a, approverId: approver, approve: true, comment: null, now: NOW });
    await service.decide({ requestId: b, approverId: 'S030', approve: false, comment: '人手不够', now: NOW });
    await service.withdraw(c, person.id, NOW);
    const balance = await annualBalance(db, org, person, localDate('2026-11-02'));
    expect(balance).toMatchObject({ entitlement: 10, taken: 3, pending: 0, remaining: 7 });
    expect(balance.entitlement + (await new BalanceLedgerRepo(db).annualSum(person.id, 2026))).toBe(balance.remaining);
  });

  it('decides a step once even when two decisions race', async () => {
    db = await openDatabase(':memory:');
    const service = new LeaveService(db, () => org);
    const r = await service.submit(
      staff('S011'),
      { typeKey: 'personal', span: span('2026-11-10pm'), reason: '家事' },
      NOW,
    );
    if (!r.ok) throw new Error('refused');
    const results = await Promise.all([
      service.decide({ requestId: r.request.id, approverId: 'S010', approve: true, comment: null, now: NOW }),
      service.decide({ requestId: r.request.id, approverId: 'S010', approve: false, comment: '不行', now: NOW }),
    ]);
    // Which of the two lands first is the database's to say (on PostgreSQL either may): exactly one decides,
    // the other is told it is done, and the request stands as the one that decided.
    const kinds = results.map((x) => x.kind);
    const decided = kinds.find((k) => k !== 'already');
    expect(kinds.filter((k) => k === 'already')).toHaveLength(1);
    expect(['approved', 'rejected']).toContain(decided);
    expect((await new LeaveRequestsRepo(db).get(r.request.id))?.status).toBe(decided);
  });
});
