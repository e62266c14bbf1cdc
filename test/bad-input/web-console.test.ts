import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BalanceLedgerRepo } from '../../data/repos/balance-ledger-repo.ts';
import { MONDAY, submitLeave } from '../handlers/leave/leave-sim.ts';
import { get, login, post, webKit, type Session, type WebKit } from '../web/web-kit.ts';

/** Odd, wrong or hostile input to the web console: a clear page, nothing stored, nothing reflected raw. */
let kit: WebKit;
let hr: Session;
beforeAll(async () => {
  kit = await webKit({ start: MONDAY });
  await submitLeave(kit.sim, 'S011', '12月7日到9日请年假，回老家办事');
  hr = await login(kit, 'S005');
}, 60_000);
afterAll(async () => {
  await kit?.close();
});

function upload(filename: string, data: Buffer) {
  const boundary = '----bad';
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\n\r\n`),
    data,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return kit.web.inject({
    method: 'POST',
    url: `/staff/import?_csrf=${hr.csrf}`,
    headers: { cookie: hr.cookie, 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload,
  });
}

describe('bad input to the web console', () => {
  it('nonsense filters are ignored and never echoed as markup', async () => {
    const status = encodeURIComponent('<script>x</script>');
    const team = encodeURIComponent('"><b>');
    const res = await get(kit, hr, `/requests?month=2026-13&status=${status}&team=${team}&person=S999`);
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toContain('<script>x');
    expect(res.body).not.toContain('"><b>');
    expect((await get(kit, hr, '/calendar?month=abcd')).statusCode).toBe(200);
  });

  it('a request number that is not one gets a polite not-found page', async () => {
    for (const url of [
      '/requests/leave/abc',
      '/requests/leave/99999',
      '/requests/holiday/1',
      '/requests/leave/-1',
      '/export/passwd.xlsx',
      '/balances/S999',
    ]) {
      const res = await get(kit, hr, url);
      expect(res.statusCode, url).toBe(404);
      expect(res.body, url).toContain('没有找到');
    }
  });

  it('a garbled or unknown login link says how to get a new one', async () => {
    for (const token of ['abc', 'A'.repeat(43), '../../etc/passwd']) {
      const res = await kit.web.inject({ method: 'POST', url: `/login/${encodeURIComponent(token)}` });
      expect([404, 410]).toContain(res.statusCode);
      if (res.statusCode === 410) expect(res.body).toContain('重新发送「登录后台」');
    }
  });

  it('a file that is neither CSV nor a real workbook is refused politely; a huge one too', async () => {
    const garbage = await upload('staff.xlsx', Buffer.from('this is not a zip'));
    expect(garbage.statusCode).toBe(400);
    expect(garbage.body).toContain('这个文件打不开');
    const wrongType = await upload('staff.pdf', Buffer.from('%PDF'));
    expect(wrongType.body).toContain('只接受 .xlsx 或 .csv');
    const huge = await upload('staff.csv', Buffer.alloc(3 * 1024 * 1024, 'a'));
    expect(huge.statusCode).toBe(413);
    expect(huge.body).toContain('太大');
    expect(kit.sim.app.store.org.directory.all.length).toBe(30);
  });

  it('an empty or header-only staff file is an error, not an empty directory', async () => {
    const res = await upload('staff.csv', Buffer.from('id,name,roles,team,department,gender,hire_date\n'));
    expect(res.statusCode).toBe(422);
    expect(kit.sim.app.store.org.directory.all.length).toBe(30);
  });

  it('a balance adjustment that is not a number, zero, or not a half day stores nothing', async () => {
    for (const amount of ['abc', '0', '0.3', '1e9', '']) {
      const res = await post(kit, hr, '/balances/S011/adjust', { kind: 'annual', amount, reason: '测试' });
      expect(res.body, amount).toContain('请填写非零的数量');
    }
    expect(
      (await new BalanceLedgerRepo(kit.sim.app.db).history('S011')).filter((e) => e.entry === 'correction'),
    ).toEqual([]);
  });

  it('an overlong comment is cut to 500 characters; a decision out of turn changes nothing', async () => {
    const res = await post(kit, hr, '/requests/leave/1/decide', { decision: 'reject', comment: '很'.repeat(5000) });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('第1号目前不需要您审批');
    expect(kit.sim.drain()).toEqual([]);
  });

  it('a form far over the size limit is refused', async () => {
    const res = await post(kit, hr, '/balances/S011/adjust', {
      kind: 'annual',
      amount: '1',
      reason: 'x'.repeat(400 * 1024),
    });
    expect(res.statusCode).toBe(413);
  });
});
