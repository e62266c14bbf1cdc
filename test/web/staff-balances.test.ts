import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { WebAuditRepo } from '../../data/repos/web-audit-repo.ts';
import { copySampleOrg } from '../fakes/org-fixture.ts';
import { MONDAY, one } from '../handlers/leave/leave-sim.ts';
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
  return k.web.inject({
    method: 'POST',
    url: `/staff/import?_csrf=${csrf}`,
    headers: { cookie: s.cookie, 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload,
  });
}

describe('staff import', () => {
  it('a bad file lists each problem and changes nothing; a good one shows the diff, applies, reloads', async () => {
    const dir = copySampleOrg();
    kit = await webKit({ orgDir: dir });
    const hr = await login(kit, 'S005');
    const csv = readFileSync(join(dir, 'staff.csv'), 'utf8');
    const broken = csv.replace(
      'S013,赵丽娜,social_worker,长者服务组,服务部,女,2025-12-01',
      'S013,赵丽娜,social_wrker,长者服务组,服务部,女,2025-02-30',
    );
    const bad = await upload(kit, hr, 'staff.csv', broken);
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain('第12行 · 岗位（roles）');
    expect(bad.body).toContain('第12行 · 入职日期（hire_date）');
    expect(readFileSync(join(dir, 'staff.csv'), 'utf8')).toBe(csv);

    const lines = csv
      .trimEnd()
      .split('\n')
      .filter((l) => !l.startsWith('S014,'));
    lines.push('S099,新同事,social_worker,长者服务组,服务部,女,2026-12-01,,,,,,');
    const good = lines.join('\n').replace('S012,孙浩,social_worker,长者服务组', 'S012,孙浩,social_worker,家庭综合组');
    const preview = await upload(kit, hr, 'staff.csv', good);
    expect(preview.statusCode).toBe(200);
    expect(preview.body).toContain('新增1 · 变更1 · 移除1');
    expect(preview.body).toContain('+ 新同事（S099');
    expect(preview.body).toContain('孙浩（S012）：小组 长者服务组 → 家庭综合组');
    expect(preview.body).toContain('− 钱多多（S014');
    expect(kit.sim.app.store.org.directory.get('S099')).toBeUndefined();

    const action = /action="(\/staff\/import\/[0-9a-f]+\/apply)"/.exec(preview.body)![1]!;
    const applied = await post(kit, hr, action, {});
    expect(applied.body).toContain('已更新人员名单：新增1人，变更1人，移除1人');
    expect(kit.sim.app.store.org.directory.get('S099')?.name).toBe('新同事');
    expect(kit.sim.app.store.org.directory.get('S014')).toBeUndefined();
    expect(readFileSync(join(dir, 'staff.csv.bak'), 'utf8')).toBe(csv);
    const [entry] = await new WebAuditRepo(kit.sim.app.db).latest();
    expect(entry).toMatchObject({ actorId: 'S005', action: 'staff.import' });
    expect((await post(kit, hr, action, {})).statusCode).toBe(410);
  });

  it('reads an .xlsx with date cells the same way', async () => {
    const dir = copySampleOrg();
    kit = await webKit({ orgDir: dir });
    const hr = await login(kit, 'S005');
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('staff');
    const rows = readFileSync(join(dir, 'staff.csv'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => l.split(','));
    for (const [i, r] of rows.entries())
      sheet.addRow(i === 0 ? r : r.map((v, c) => (c === 6 ? new Date(`${v}T00:00:00Z`) : v)));
    const res = await upload(kit, hr, 'staff.xlsx', Buffer.from(await book.xlsx.writeBuffer()));
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('与当前名单完全相同');
  });

  it('only HR imports; an upload without the CSRF token is refused', async () => {
    const dir = copySampleOrg();
    kit = await webKit({ orgDir: dir });
    const lead = await login(kit, 'S010');
    expect((await upload(kit, lead, 'staff.csv', 'x')).statusCode).toBe(403);
    const hr = await login(kit, 'S005');
    expect((await upload(kit, hr, 'staff.csv', 'x', 'nope')).statusCode).toBe(403);
  });
});

describe('balances', () => {
  it("HR adjusts a balance with a reason via the chat's correction; the person is told and it is audited", async () => {
    kit = await webKit({ start: MONDAY });
    const hr = await login(kit, 'S005');
    const list = await get(kit, hr, '/balances');
    expect(list.body).toContain('郑雨');
    const noReason = await post(kit, hr, '/balances/S011/adjust', { kind: 'annual', amount: '1', reason: '' });
    expect(noReason.body).toContain('理由');
    expect(kit.sim.drain()).toEqual([]);
    const done = await post(kit, hr, '/balances/S011/adjust', {
      kind: 'annual',
      amount: '1',
      reason: '补记2025年结转',
    });
    expect(done.body).toContain('补记2025年结转');
    expect(one(kit.sim.drain(), 'S011')).toContain('补记2025年结转');
    expect(done.body).toContain('HR调整');
    const [entry] = await new WebAuditRepo(kit.sim.app.db).latest();
    expect(entry).toMatchObject({
      action: 'balance.adjust',
      target: 'staff:S011',
      before: { annualRemaining: 5 },
      after: { annualRemaining: 6 },
    });
  });

  it('a lead sees only their team and cannot adjust', async () => {
    kit = await webKit({ start: MONDAY });
    const lead = await login(kit, 'S010');
    expect((await get(kit, lead, '/balances')).body).not.toContain('黄嘉欣');
    expect((await get(kit, lead, '/balances/S020')).statusCode).toBe(403);
    expect(
      (await post(kit, lead, '/balances/S011/adjust', { kind: 'annual', amount: '1', reason: 'x' })).statusCode,
    ).toBe(403);
  });
});
