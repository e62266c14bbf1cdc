import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { foldLine, icsText } from '../../web/views/ics.ts';
import { MONDAY, submitLeave } from '../handlers/leave/leave-sim.ts';
import { get, login, webKit, type WebKit } from './web-kit.ts';

let kit: WebKit;
afterEach(async () => {
  await kit?.close();
});

async function approvedLeave(k: WebKit): Promise<number> {
  const id = await submitLeave(k.sim, 'S011', '明天下午请半天事假，家里有事');
  await k.sim.say('S010', `同意 ${id}`);
  return id;
}

describe('calendar and exports', () => {
  it("the month grid shows a half day, shades holidays and make-up workdays, and only the viewer's teams", async () => {
    kit = await webKit({ start: MONDAY });
    await approvedLeave(kit);
    const lead = await login(kit, 'S010');
    const res = await get(kit, lead, '/calendar?month=2026-11');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('长者服务组');
    expect(res.body).not.toContain('青少年服务组</h2>');
    expect(res.body).toMatch(/class="out half"[^>]*title="事假（下午）"/);
    const oct = await get(kit, lead, '/calendar?month=2026-10');
    expect(oct.body).toContain('class="hol"');
    expect(oct.body).toContain('class="mk"');
    expect((await get(kit, lead, '/calendar?team=青少年服务组')).statusCode).toBe(403);
  });

  it('calendar.ics is RFC 5545: CRLF lines, all-day events, escaped text, no reasons', async () => {
    kit = await webKit({ start: MONDAY });
    await approvedLeave(kit);
    const hr = await login(kit, 'S005');
    const res = await get(kit, hr, '/calendar.ics?team=长者服务组');
    expect(res.headers['content-type']).toContain('text/calendar');
    expect(res.body.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(res.body.split('\r\n').every((l) => Buffer.byteLength(l) <= 75)).toBe(true);
    expect(res.body).toContain('DTSTART;VALUE=DATE:20261103\r\nDTEND;VALUE=DATE:20261104');
    expect(res.body).toContain('SUMMARY:郑雨 事假（下午）');
    expect(res.body).not.toContain('家里有事');
    expect(icsText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
    expect(foldLine('x'.repeat(80))).toBe(`${'x'.repeat(75)}\r\n ${'x'.repeat(5)}`);
  });

  it('exports the month as a real .xlsx (date cells, frozen header, filters) and as CSV, in scope', async () => {
    kit = await webKit({ start: MONDAY });
    const id = await approvedLeave(kit);
    const hr = await login(kit, 'S005');
    const res = await get(kit, hr, '/export/leave.xlsx?month=2026-11');
    expect(res.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.getCell('A1').value).toBe('编号');
    expect(sheet.getCell('A2').value).toBe(id);
    expect(sheet.getCell('G2').value).toBeInstanceOf(Date);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();

    const csv = await get(kit, hr, '/export/leave.csv?month=2026-11');
    expect(csv.body.startsWith('\uFEFF编号,工号,姓名')).toBe(true);
    expect(csv.body).toContain('\r\n');

    const other = await login(kit, 'S020');
    const theirs = await get(kit, other, '/export/leave.csv?month=2026-11');
    expect(theirs.body).not.toContain('郑雨');
    for (const f of ['overtime.xlsx', 'balances.csv', 'notices.xlsx', 'staff.xlsx', 'staff.csv'])
      expect((await get(kit, hr, `/export/${f}?month=2026-11`)).statusCode).toBe(200);
  });
});
