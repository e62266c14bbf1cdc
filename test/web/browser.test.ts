import { existsSync, mkdirSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { copySampleOrg } from '../fakes/org-fixture.ts';
import { one, submitLeave, to } from '../handlers/leave/leave-sim.ts';
import { queueIt } from '../handlers/qa-loop/qa-loop-kit.ts';
import { NoticeRepo } from '../../data/repos/notice-repo.ts';
import { BASE, browserLinkFor, listen, webKit, type WebKit } from './web-kit.ts';

/**
 * End-to-end in a real browser: Debian's Chromium driven by playwright-core (no browser
 * download). `.ci/run` installs chromium when missing, so these run in CI; locally they are
 * skipped, saying so, only when /usr/bin/chromium is absent.
 */
const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`browser tests skipped: ${CHROMIUM} not found (apt-get install -y chromium)`);

const SHOTS = 'test-results/screenshots';
const START = new Date('2026-11-26T10:00:00+08:00');

let kit: WebKit;
let base: string;
let browser: Browser;
let orgDir: string;

async function signedIn(staffId: string, width = 1280): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width, height: 900 },
    acceptDownloads: true,
    locale: 'zh-CN',
  });
  const page = await context.newPage();
  await page.goto(await browserLinkFor(kit, base, staffId));
  await page.getByRole('button', { name: '进入管理后台' }).click();
  await page.waitForURL(`${base}/`);
  return page;
}

describe.skipIf(!hasChromium)('the web console in Chromium', () => {
  beforeAll(async () => {
    orgDir = copySampleOrg();
    kit = await webKit({ start: START, orgDir });
    base = await listen(kit);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    // A little life in the sample organisation for the pages and screenshots.
    await submitLeave(kit.sim, 'S011', '12月7日到9日请年假，回老家办事');
    const half = await submitLeave(kit.sim, 'S012', '12月3日下午请半天事假，家里有事');
    await kit.sim.say('S010', `同意 ${half}`);
    await submitLeave(kit.sim, 'S021', '12月10日请病假');
    const notices = new NoticeRepo(kit.sim.app.db);
    const n = await notices.create(
      {
        authorId: 'S005',
        text: '12月5日下午3点全体会议，请准时参加',
        audience: '全体',
        sendAt: START,
        recipients: kit.sim.app.store.org.directory.all.map((s) => s.id),
      },
      START,
    );
    for (const id of ['S010', 'S011', 'S020']) await notices.ack(n.id, id, START);
    await queueIt(kit.sim, 'S012', '能不能远程办公');
    await queueIt(kit.sim, 'S021', '无人机飞行规定是什么');
    kit.sim.drain();
    mkdirSync(SHOTS, { recursive: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await kit?.close();
  });

  it('logs in through the link from 「登录后台」; the used link then fails', async () => {
    const text = one(await kit.sim.say('S005', '登录后台'), 'S005');
    const link = /http\S+/.exec(text)![0].replace(BASE, base);
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(link);
    await page.getByRole('button', { name: '进入管理后台' }).click();
    await expect.poll(() => page.locator('header .who').textContent()).toContain('张敏');
    const cookies = await context.cookies();
    expect(cookies.find((c) => c.name === 'tonggong_session')).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
    const other = await (await browser.newContext()).newPage();
    const res = await other.goto(link);
    expect(res!.status()).toBe(410);
    await expect.poll(() => other.textContent('main')).toContain('已经用过、已过期');
    await context.close();
  }, 60_000);

  it('a lead approves from the page and the requester gets the chat message', async () => {
    const page = await signedIn('S010');
    await page.getByRole('link', { name: /第1号 郑雨/ }).click();
    await page.getByRole('button', { name: '同意' }).click();
    await expect.poll(() => page.textContent('.flash')).toContain('已同意第1号');
    const sent = kit.sim.drain();
    expect(one(sent, 'S011')).toContain('林晓已同意');
    expect(one(sent, 'S003')).toContain('【请假待审批】第1号');
    await page.context().close();
  }, 60_000);

  it("a lead opening another team's request by URL gets a polite 403", async () => {
    const page = await signedIn('S020');
    const res = await page.goto(`${base}/requests/leave/1`);
    expect(res!.status()).toBe(403);
    expect(await page.textContent('main')).toContain('不在您的管理范围内');
    await page.context().close();
  }, 60_000);

  it('a POST without the CSRF token fails', async () => {
    const page = await signedIn('S005');
    const res = await page.request.post(`${base}/schedule/pause`, { form: { nothing: '1' } });
    expect(res.status()).toBe(403);
    expect(await kit.sim.app.schedulerSwitch.isPaused()).toBe(false);
    await page.context().close();
  }, 60_000);

  it('imports a staff file with errors, then a good one', async () => {
    const page = await signedIn('S005');
    await page.goto(`${base}/staff`);
    const csv = readFileSync(join(orgDir, 'staff.csv'), 'utf8');
    const broken = csv.replace(
      'S013,赵丽娜,social_worker,长者服务组,服务部,女,2025-12-01',
      'S013,赵丽娜,social_wrker,长者服务组,服务部,女,2025-02-30',
    );
    await page.setInputFiles('input[type=file]', {
      name: 'staff.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(broken),
    });
    await page.getByRole('button', { name: '检查文件' }).click();
    await expect.poll(() => page.textContent('.errors')).toContain('第12行 · 入职日期');
    await page.screenshot({ path: `${SHOTS}/staff-import-errors-1280.png`, fullPage: true });
    const good = `${csv.trimEnd()}\nS099,新同事,social_worker,长者服务组,服务部,女,2026-12-01,,,,,,\n`;
    await page.setInputFiles('input[type=file]', {
      name: 'staff.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(good),
    });
    await page.getByRole('button', { name: '检查文件' }).click();
    await expect.poll(() => page.textContent('main')).toContain('+ 新同事（S099');
    await page.screenshot({ path: `${SHOTS}/staff-import-diff-1280.png`, fullPage: true });
    await page.getByRole('button', { name: '应用这些更改' }).click();
    await expect.poll(() => page.textContent('.flash')).toContain('新增1人');
    expect(kit.sim.app.store.org.directory.get('S099')?.name).toBe('新同事');
    await page.context().close();
  }, 60_000);

  it('exports the month as .xlsx that opens with date cells', async () => {
    const page = await signedIn('S005');
    await page.goto(`${base}/requests?month=2026-12`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: '请假 Excel' }).click(),
    ]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile((await download.path())!);
    const sheet = book.worksheets[0]!;
    expect(sheet.getCell('C1').value).toBe('姓名');
    expect(sheet.getCell('G2').value).toBeInstanceOf(Date);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    await page.context().close();
  }, 60_000);

  it('HR answers a queued question on /questions; the asker gets it in chat', async () => {
    const page = await signedIn('S005', 375);
    await page.goto(`${base}/questions`);
    await page.getByRole('link', { name: '能不能远程办公' }).click();
    await page.fill('textarea[name=answer]', '可以，每月最多两天，需提前一天向主管申请。');
    await page.getByRole('button', { name: '发送答复' }).click();
    await expect.poll(() => page.textContent('.flash')).toContain('已把答复私信发给问过这个问题的 1 位同工');
    expect(to(kit.sim.drain(), 'S012').join()).toContain('人力资源部答复：\n可以，每月最多两天');
    await page.screenshot({ path: `${SHOTS}/hr-question-answered-375.png`, fullPage: true });
    await page.context().close();
  }, 60_000);

  it('HR composes a notice: preview with the recipient count, then 确认发送', async () => {
    const page = await signedIn('S005', 375);
    await page.goto(`${base}/notices`);
    await page.getByRole('link', { name: '发通知' }).click();
    await page.fill('textarea[name=text]', '下周一上午9点消防演练，请准时到一楼大厅集合。');
    await page.getByLabel('青少年服务组').check();
    await page.getByLabel('定时发送').check();
    await page.fill('input[name=date]', '2026-11-30');
    await page.fill('input[name=time]', '08:30');
    await page.getByRole('button', { name: '预览' }).click();
    await expect.poll(() => page.textContent('main')).toContain('青少年服务组，共 6 人');
    expect(await page.textContent('main')).toContain('11月30日（周一）08:30');
    await page.screenshot({ path: `${SHOTS}/hr-notice-preview-375.png`, fullPage: true });
    await page.getByRole('button', { name: '确认发送' }).click();
    await expect.poll(() => page.textContent('.flash')).toContain('通知已保存');
    const [latest] = await new NoticeRepo(kit.sim.app.db).recent(1);
    expect(latest).toMatchObject({ audience: '青少年服务组', text: '下周一上午9点消防演练，请准时到一楼大厅集合。' });
    await page.context().close();
  }, 60_000);

  it('imports opening balances: a file with errors, then a good one', async () => {
    const page = await signedIn('S005');
    await page.goto(`${base}/balances`);
    const bad = '工号,姓名,年假剩余天数,调休可用小时\nS011,郑雨,七,4\nS999,某人,1,\n';
    await page.setInputFiles('input[type=file]', { name: '余额.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
    await page.getByRole('button', { name: '检查文件' }).click();
    await expect.poll(() => page.textContent('.errors')).toContain('第2行 · 年假剩余天数：「七」不是数字');
    expect(await page.textContent('.errors')).toContain('第3行 · 工号：名录里没有工号 S999');
    const good = '工号,姓名,年假剩余天数,调休可用小时\nS011,郑雨,9,4\n';
    await page.setInputFiles('input[type=file]', { name: '余额.csv', mimeType: 'text/csv', buffer: Buffer.from(good) });
    await page.getByRole('button', { name: '检查文件' }).click();
    await expect.poll(() => page.textContent('main')).toContain('→ 9天');
    await page.screenshot({ path: `${SHOTS}/hr-balance-import-preview-1280.png`, fullPage: true });
    await page.getByRole('button', { name: '应用这些更改' }).click();
    await expect.poll(() => page.textContent('.flash')).toContain('1人的余额已更新');
    await page.goto(`${base}/balances/S011`);
    expect(await page.textContent('main')).toContain('剩余9天');
    await page.context().close();
  }, 60_000);

  it('screenshots every page at desktop and phone width, as HR and as a lead', async () => {
    const pages = [
      '/',
      '/requests?month=2026-12',
      '/requests/leave/1',
      '/calendar?month=2026-12',
      '/balances',
      '/balances/S011',
      '/staff',
      '/notices',
      '/notices/1',
      '/notices/new',
      '/deadlines',
      '/questions',
      '/questions/2',
      '/schedule',
      '/audit',
    ];
    for (const [who, width] of [
      ['S005', 1280],
      ['S005', 375],
      ['S010', 375],
    ] as const) {
      const page = await signedIn(who, width);
      for (const path of pages) {
        const res = await page.goto(`${base}${path}`);
        const name = path.replace(/[/?=&]+/g, '-').replace(/^-|-$/g, '') || 'today';
        await page.screenshot({
          path: `${SHOTS}/${who === 'S005' ? 'hr' : 'lead'}-${name}-${width}.png`,
          fullPage: true,
        });
        expect([200, 403]).toContain(res!.status());
        // Nothing wider than the phone: the page scrolls only inside its tables.
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, `${path} at ${width}px`).toBeLessThanOrEqual(0);
      }
      await page.context().close();
    }
  }, 180_000);
});
