import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { BalanceLedgerRepo } from '../../data/repos/balance-ledger-repo.ts';
import { WebAuditRepo } from '../../data/repos/web-audit-repo.ts';
import { MONDAY } from '../handlers/leave/leave-sim.ts';
import { get, login, post, webKit, type Session, type WebKit } from './web-kit.ts';

let kit: WebKit;
afterEach(async () => {
  await kit?.close();
});

function upload(k: WebKit, s: Session, filename: string, data: Buffer | string, csrf = s.csrf) {
  const boundary = '----tonggongtest';
  const head =
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\n` +
    'Content-Type: application/octet-stream\r\n\r\n';
  const payload = Buffer.concat([Buffer.from(head), Buffer.from(data), Buffer.from(`\r\n--${boundary}--\r\n`)]);
  const headers = { cookie: s.cookie, 'content-type': `multipart/form-data; boundary=${boundary}` };
  return k.web.inject({ method: 'POST', url: `/balances/import?_csrf=${csrf}`, headers, payload });
}

const applyPath = (body: string) => /action="(\/balances\/import\/[0-9a-f]+\/apply)"/.exec(body)![1]!;

describe('importing opening balances', () => {
  it('a file with errors lists every row and field and changes nothing', async () => {
    kit = await webKit({ start: MONDAY });
    const hr = await login(kit, 'S005');
    const csv = [
      '工号,姓名,年假剩余天数,调休可用小时',
      'S011,郑雨,abc,4',
      'S012,孙浩子,3,-2',
      '',
      'S999,某人,1,',
      'S013,赵丽娜,2.3,',
      'S011,郑雨,1,',
    ].join('\n');
    const res = await upload(kit, hr, 'opening.csv', csv);
    expect(res.statusCode).toBe(422);
    for (const line of [
      '第2行 · 年假剩余天数：「abc」不是数字',
      '第3行 · 姓名：「孙浩子」与名录不符（S012 是孙浩）',
      '第3行 · 调休可用小时：不能为负数',
      '第5行 · 工号：名录里没有工号 S999',
      '第6行 · 年假剩余天数：以0.5天为单位',
      '第7行 · 工号：工号 S011 重复（第2行已有）',
    ])
      expect(res.body).toContain(line);
    expect(await new BalanceLedgerRepo(kit.sim.app.db).history('S011')).toEqual([]);
    expect((await upload(kit, hr, 'opening.csv', '姓名,部门\n郑雨,服务部\n')).body).toContain('表头里没有「工号」列');
  });

  it('an edited balances export previews each change and applies it through the ledger with the reason', async () => {
    kit = await webKit({ start: MONDAY });
    const hr = await login(kit, 'S005');
    const exported = await get(kit, hr, '/export/balances.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(exported.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).map(String);
    const annualCol = header.indexOf('年假剩余天数');
    const compCol = header.indexOf('调休可用小时');
    sheet.eachRow((row) => {
      if (row.getCell(1).value === 'S011') row.getCell(annualCol).value = 8;
      if (row.getCell(1).value === 'S012') row.getCell(compCol).value = 6.5;
    });
    const file = Buffer.from(await book.xlsx.writeBuffer());

    const preview = await upload(kit, hr, '余额.xlsx', file);
    expect(preview.statusCode).toBe(200);
    expect(preview.body).toMatch(/其中2人有变化，\d+人与现在相同/);
    expect(preview.body).toMatch(/<td>郑雨（S011）<\/td>\s*<td>5天 → 8天<\/td>\s*<td>—<\/td>/);
    expect(preview.body).toContain('<td>0小时 → 6.5小时</td>');

    const action = applyPath(preview.body);
    expect((await post(kit, hr, action, { reason: '' })).statusCode).toBe(422);
    const applied = await post(kit, hr, action, { reason: '2026年期初余额' });
    expect(applied.body).toContain('已导入期初余额：2人的余额已更新（理由：2026年期初余额）');
    expect((await get(kit, hr, '/balances/S011')).body).toContain('剩余<strong>8天</strong>');
    expect((await get(kit, hr, '/balances/S012')).body).toContain('6.5小时');
    const [entry] = await new BalanceLedgerRepo(kit.sim.app.db).history('S011');
    expect(entry).toMatchObject({
      entry: 'correction',
      kind: 'annual',
      amount: 3,
      note: '2026年期初余额',
      actorId: 'S005',
    });
    const audit = await new WebAuditRepo(kit.sim.app.db).latest();
    expect(audit.map((e) => [e.action, e.target])).toEqual([
      ['balance.import', 'staff:S012'],
      ['balance.import', 'staff:S011'],
    ]);
    expect(audit[1]).toMatchObject({
      before: { annualRemaining: 5 },
      after: { annualRemaining: 8, reason: '2026年期初余额' },
    });
    expect((await post(kit, hr, action, { reason: 'again' })).statusCode).toBe(410);
    expect(kit.sim.drain()).toEqual([]);

    expect((await upload(kit, hr, '余额.xlsx', file)).body).toContain('与现在的余额完全相同');
  });

  it("is HR's alone and needs the CSRF token", async () => {
    kit = await webKit({ start: MONDAY });
    const lead = await login(kit, 'S010');
    expect((await upload(kit, lead, 'b.csv', '工号,年假剩余天数\nS011,9\n')).statusCode).toBe(403);
    expect((await get(kit, lead, '/balances')).body).not.toContain('导入期初余额');
    const hr = await login(kit, 'S005');
    expect((await upload(kit, hr, 'b.csv', '工号,年假剩余天数\nS011,9\n', 'nope')).statusCode).toBe(403);
    expect(await new BalanceLedgerRepo(kit.sim.app.db).history('S011')).toEqual([]);
  });
});
