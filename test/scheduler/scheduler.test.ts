import { describe, expect, it } from 'vitest';
import { OutboxRepo } from '../../data/repos/outbox-repo.ts';
import type { Job } from '../../scheduler/job.ts';
import { processOwner } from '../../scheduler/process-owner.ts';
import { advance, at, fixedJob, occurrence, rig } from './fixtures.ts';

const HR = ['S005', 'S006'];
const isReport = (t: string) => t.startsWith('【定时消息未送达】');

describe('the scheduler', () => {
  it('sends each (job, occurrence, recipient) once however often it runs', async () => {
    const r = await rig(at('2026-06-10T08:00:00+08:00'));
    const s = r.scheduler([fixedJob('a', [occurrence('x', at('2026-06-10'))], ['S011', 'S012'])]);
    await s.runDue(at('2026-06-10'));
    await s.runDue(at('2026-06-10T09:01:00+08:00'));
    await s.runDue(at('2026-06-10T09:30:00+08:00'));
    expect(r.sender.sent.map((x) => x.to)).toEqual(['S011', 'S012']);
    expect(r.sender.sent.every((x) => x.text === 'a x')).toBe(true);
  });

  it('sends each once when two schedulers share the database', async () => {
    const r = await rig(at('2026-06-10T08:00:00+08:00'));
    const jobs = [fixedJob('a', [occurrence('x', at('2026-06-10'))], ['S011', 'S012', 'S013', 'S014'])];
    r.sender.delayMs = 2;
    const one = r.scheduler(jobs, { owner: processOwner() });
    const two = r.scheduler(jobs, { owner: processOwner() });
    await Promise.all([
      one.runDue(at('2026-06-10')),
      two.runDue(at('2026-06-10')),
      one.runDue(at('2026-06-10T09:01:00+08:00')),
    ]);
    expect(r.sender.sent.map((x) => x.to).sort()).toEqual(['S011', 'S012', 'S013', 'S014']);
  });

  it('marks a send sent the moment the channel accepts it: a failure after the accept is not retried', async () => {
    const r = await rig(at('2026-06-10T08:00:00+08:00'));
    const s = r.scheduler([fixedJob('a', [occurrence('x', at('2026-06-10'))], ['S011'])]);
    r.sender.failingAfterAccept.add('S011');
    await s.runDue(at('2026-06-10'));
    await s.runDue(at('2026-06-10T10:00:00+08:00'));
    expect(r.sender.textsTo('S011')).toEqual(['a x']);
    const [row] = await new OutboxRepo(r.db).list({ job: 'a' });
    expect(row).toMatchObject({ status: 'sent', attempts: 1 });
  });

  it('tells the simulate harness the next due instant, strictly after the given one', async () => {
    const r = await rig(at('2026-06-01T00:00:00+08:00'));
    const s = r.scheduler([
      fixedJob('a', [occurrence('1', at('2026-06-10')), occurrence('2', at('2026-09-01'))], ['S011']),
    ]);
    expect(await s.nextDue(at('2026-06-01T00:00:00+08:00'))).toEqual(at('2026-06-10'));
    expect(await s.nextDue(at('2026-06-10'))).toEqual(at('2026-09-01'));
    expect(await s.nextDue(at('2026-09-01'))).toBeUndefined();
  });

  it('after downtime sends what is still useful once and reports what went stale to HR', async () => {
    const r = await rig(at('2026-06-08T08:00:00+08:00'));
    const job = fixedJob(
      'reminder',
      [occurrence('mon', at('2026-06-08')), occurrence('tue', at('2026-06-09')), occurrence('wed', at('2026-06-10'))],
      ['S011'],
    );
    const s = r.scheduler([job]);
    await s.runDue(at('2026-06-08'));
    expect(r.sender.textsTo('S011')).toEqual(['reminder mon']);
    // Down from Monday 09:00 until Wednesday 14:00: Tuesday's is stale, Wednesday's still useful.
    r.clock.set(at('2026-06-10T14:00:00+08:00'));
    await s.runDue(r.clock.now());
    expect(r.sender.textsTo('S011')).toEqual(['reminder mon', 'reminder wed']);
    for (const hr of HR) {
      const reports = r.sender.textsTo(hr).filter(isReport);
      expect(reports).toHaveLength(1);
      expect(reports[0]).toContain('测试任务reminder');
      expect(reports[0]).toContain('6月9日（周二）09:00');
      expect(reports[0]).toContain('郑雨');
      expect(reports[0]).toContain('当时机器人没有运行');
      expect(reports[0]).not.toContain('6月10日');
    }
    await s.runDue(at('2026-06-10T15:00:00+08:00'));
    expect(r.sender.sent.filter((x) => isReport(x.text))).toHaveLength(2);
    const missed = await new OutboxRepo(r.db).list({ status: 'missed' });
    expect(missed.map((m) => m.occurrence)).toEqual(['tue']);
  });

  it('retries a failed send with back-off and sends it once it goes through', async () => {
    const r = await rig(at('2026-06-10T08:00:00+08:00'));
    const s = r.scheduler([fixedJob('a', [occurrence('x', at('2026-06-10'))], ['S011', 'S012'])]);
    r.sender.failing.add('S011');
    await s.runDue(at('2026-06-10'));
    expect(r.sender.sent.map((x) => x.to)).toEqual(['S012']);
    expect(await s.nextDue(at('2026-06-10'))).toEqual(at('2026-06-10T09:01:00+08:00'));
    await s.runDue(at('2026-06-10T09:00:30+08:00'));
    expect(r.sender.textsTo('S011')).toEqual([]);
    r.sender.failing.delete('S011');
    await advance(r, s, at('2026-06-10T12:00:00+08:00'));
    expect(r.sender.textsTo('S011')).toEqual(['a x']);
    expect(r.sender.sent.filter((x) => isReport(x.text))).toHaveLength(0);
  });

  it('gives up on a send that keeps failing when it goes stale, and tells HR once', async () => {
    const r = await rig(at('2026-06-10T08:00:00+08:00'));
    const s = r.scheduler([fixedJob('a', [occurrence('x', at('2026-06-10'), 2 * 3_600_000)], ['S011'])]);
    r.sender.failing.add('S011');
    await advance(r, s, at('2026-06-10T20:00:00+08:00'));
    const outbox = await new OutboxRepo(r.db).list({ job: 'a' });
    expect(outbox[0]).toMatchObject({ status: 'failed' });
    expect(outbox[0]!.attempts).toBeGreaterThan(1);
    const reports = r.sender.textsTo('S005').filter(isReport);
    expect(reports).toHaveLength(1);
    expect(reports[0]).toContain('多次发送失败');
  });

  it('does not retry an unreachable person: marked failed and reported to HR', async () => {
    const r = await rig(at('2026-06-10T08:00:00+08:00'));
    const s = r.scheduler([fixedJob('a', [occurrence('x', at('2026-06-10'))], ['S011', 'S013'])]);
    r.sender.unreachable.add('S013');
    await advance(r, s, at('2026-06-10T18:00:00+08:00'));
    const rows = await new OutboxRepo(r.db).list({ job: 'a' });
    expect(rows.find((x) => x.recipient === 'S013')).toMatchObject({ status: 'failed', attempts: 1 });
    const report = r.sender.textsTo('S006').filter(isReport);
    expect(report).toHaveLength(1);
    expect(report[0]).toContain('赵丽娜');
    expect(report[0]).toContain('联系不上');
  });

  it('holds every send while paused; on resuming sends nothing that fell due meanwhile, and reports it', async () => {
    const r = await rig(at('2026-06-08T08:00:00+08:00'));
    const s = r.scheduler([
      fixedJob('a', [occurrence('mon', at('2026-06-08')), occurrence('tue', at('2026-06-09'))], ['S011']),
    ]);
    await r.switch.pause('S005', at('2026-06-08T08:00:00+08:00'));
    await advance(r, s, at('2026-06-09T10:00:00+08:00'));
    expect(r.sender.sent).toEqual([]);
    await r.switch.resume('S005', at('2026-06-09T10:00:00+08:00'));
    await s.runDue(at('2026-06-09T10:01:00+08:00'));
    // The pause rule: what fell due while paused is not sent late, even the same day.
    expect(r.sender.textsTo('S011')).toEqual([]);
    const report = r.sender.textsTo('S005').filter(isReport);
    expect(report).toHaveLength(1);
    expect(report[0]).toContain('6月8日（周一）09:00');
    expect(report[0]).toContain('6月9日（周二）09:00');
    expect(report[0]).toContain('暂停期间');
  });

  it('stays paused when SCHEDULER_PAUSED is set, whatever the chat switch says', async () => {
    const r = await rig(at('2026-06-10T08:00:00+08:00'));
    const s = r.scheduler([fixedJob('a', [occurrence('x', at('2026-06-10'))], ['S011'])], { pausedByEnv: true });
    await advance(r, s, at('2026-06-10T12:00:00+08:00'));
    expect(r.sender.sent).toEqual([]);
  });

  it('takes over a send claimed by a process that died, and sends it once', async () => {
    const r = await rig(at('2026-06-10T08:00:00+08:00'));
    const outbox = new OutboxRepo(r.db);
    const job = fixedJob('a', [occurrence('x', at('2026-06-10'))], ['S011', 'S012']);
    // A process plans the occurrence and claims the first send, then dies before sending it.
    const dead = { id: 'elsewhere/1/dead', isGone: () => false };
    await r.scheduler([job], { owner: dead }).outbox.expand(
      'a',
      'x',
      at('2026-06-10'),
      [
        {
          job: 'a',
          occurrence: 'x',
          recipient: 'S011',
          to: { staffId: 'S011' },
          message: { text: 'a x' },
          dueAt: at('2026-06-10'),
          staleAfter: at('2026-06-10T18:00:00+08:00'),
          status: 'pending',
        },
        {
          job: 'a',
          occurrence: 'x',
          recipient: 'S012',
          to: { staffId: 'S012' },
          message: { text: 'a x' },
          dueAt: at('2026-06-10'),
          staleAfter: at('2026-06-10T18:00:00+08:00'),
          status: 'pending',
        },
      ],
      at('2026-06-10'),
    );
    const claimed = await outbox.claimNext(at('2026-06-10'), dead.id, at('2026-06-10T09:10:00+08:00'));
    expect(claimed?.recipient).toBe('S011');
    const survivor = r.scheduler([job], { owner: { id: 'here/2/live', isGone: (c) => c === dead.id } });
    await survivor.runDue(at('2026-06-10T09:01:00+08:00'));
    expect(r.sender.sent.map((x) => x.to).sort()).toEqual(['S011', 'S012']);
    await survivor.runDue(at('2026-06-10T09:20:00+08:00'));
    expect(r.sender.sent).toHaveLength(2);
  });

  it('leaves a live claim alone until its lease runs out', async () => {
    const r = await rig(at('2026-06-10T08:00:00+08:00'));
    const outbox = new OutboxRepo(r.db);
    const job = fixedJob('a', [occurrence('x', at('2026-06-10'))], ['S011']);
    const other = { id: 'elsewhere/1/busy', isGone: () => false };
    await outbox.expand(
      'a',
      'x',
      at('2026-06-10'),
      [
        {
          job: 'a',
          occurrence: 'x',
          recipient: 'S011',
          to: { staffId: 'S011' },
          message: { text: 'a x' },
          dueAt: at('2026-06-10'),
          staleAfter: at('2026-06-10T18:00:00+08:00'),
          status: 'pending',
        },
      ],
      at('2026-06-10'),
    );
    await outbox.claimNext(at('2026-06-10'), other.id, at('2026-06-10T09:10:00+08:00'));
    const s = r.scheduler([job], { owner: { id: 'here/2/live', isGone: () => false } });
    await s.runDue(at('2026-06-10T09:05:00+08:00'));
    expect(r.sender.sent).toEqual([]);
    await s.runDue(at('2026-06-10T09:11:00+08:00'));
    expect(r.sender.textsTo('S011')).toEqual(['a x']);
  });

  it('keeps running the other jobs when one throws, and retries the broken one', async () => {
    const r = await rig(at('2026-06-10T08:00:00+08:00'));
    let broken = true;
    const flaky: Job = {
      ...fixedJob('flaky', [occurrence('x', at('2026-06-10'))], ['S012']),
      async sends(o) {
        if (broken) throw new Error('config missing');
        return [{ recipientKey: 'S012', to: { staffId: 'S012' }, message: `flaky ${o.key}` }];
      },
    };
    const s = r.scheduler([flaky, fixedJob('ok', [occurrence('x', at('2026-06-10'))], ['S011'])]);
    await s.runDue(at('2026-06-10'));
    expect(r.sender.sent.map((x) => x.text)).toEqual(['ok x']);
    broken = false;
    await s.runDue(at('2026-06-10T09:01:00+08:00'));
    expect(r.sender.sent.map((x) => x.text)).toEqual(['ok x', 'flaky x']);
  });

  it('picks up a send due "now" that was declared after the last run (an immediate notice)', async () => {
    const r = await rig(at('2026-06-10T09:00:00+08:00'));
    const later: { key: string; dueAt: Date; staleAfter: Date }[] = [];
    const s = r.scheduler([fixedJob('notice', later, ['S011'])]);
    await s.runDue(at('2026-06-10T09:00:00+08:00'));
    later.push(occurrence('7', at('2026-06-10T09:00:00+08:00')));
    await s.runDue(at('2026-06-10T09:01:00+08:00'));
    expect(r.sender.textsTo('S011')).toEqual(['notice 7']);
  });

  it('warns HR once when it plans into a year with no holiday schedule', async () => {
    const r = await rig(at('2027-03-01T08:00:00+08:00'));
    const s = r.scheduler([
      fixedJob('a', [occurrence('x', at('2027-03-02')), occurrence('y', at('2027-03-03'))], ['S011']),
    ]);
    await advance(r, s, at('2027-03-05T12:00:00+08:00'));
    for (const hr of HR) {
      const warnings = r.sender.textsTo(hr).filter((t) => t.startsWith('【节假日数据提醒】'));
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toContain('2027年');
    }
  });

  it('does not warn about holiday data for a year that has its schedule', async () => {
    const r = await rig(at('2026-03-01T08:00:00+08:00'));
    const s = r.scheduler([fixedJob('a', [occurrence('x', at('2026-03-02'))], ['S011'])]);
    await advance(r, s, at('2026-03-05T12:00:00+08:00'));
    expect(r.sender.sent.filter((x) => x.text.startsWith('【节假日数据提醒】'))).toEqual([]);
  });
});

describe('who holds a claim', () => {
  it('a claim from this process is live, from a dead local pid is gone, from another host is unknown', () => {
    const owner = processOwner((pid) => pid === 4242);
    const other = processOwner();
    const host = owner.id.split('/')[0]!;
    expect(owner.isGone(other.id)).toBe(false);
    expect(owner.isGone(`${host}/${process.pid}/feedbeef`)).toBe(true);
    expect(owner.isGone(`${host}/4242/abcdef12`)).toBe(false);
    expect(owner.isGone(`${host}/4243/abcdef12`)).toBe(true);
    expect(owner.isGone(`another-host/4243/abcdef12`)).toBe(false);
  });
});
