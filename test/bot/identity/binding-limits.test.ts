import { afterEach, describe, expect, it } from 'vitest';
import type { App } from '../../../app/app.ts';
import { copySampleOrg, tempDbPath } from '../../fakes/org-fixture.ts';
import { wechatLikeApp, wrongCode, type WechatLikeApp } from './wechat-like-app.ts';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { guessBindingCodes } from '../../../bench/binding-guessing.ts';

const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;

let apps: App[] = [];
afterEach(async () => {
  for (const a of apps) await a.stop();
  apps = [];
});

async function start(options: Parameters<typeof wechatLikeApp>[0] = {}): Promise<WechatLikeApp> {
  const t = await wechatLikeApp(options);
  apps.push(t.app);
  return t;
}

/** HR asks for a code in chat; returns the code as shown. */
async function codeFromHr(t: WechatLikeApp, who: string): Promise<string> {
  await t.terminal.receive({ from: 'S005', text: `绑定码 ${who}` });
  const text = t.terminal.take().at(-1)!.message.text;
  return /绑定码：(\d{4} \d{4} \d{4})/.exec(text)![1]!;
}

describe('binding codes cannot be guessed', () => {
  it('HR hands out twelve-digit codes, valid for 24 hours by default', async () => {
    const t = await start();
    await t.terminal.receive({ from: 'S005', text: '绑定码 郑雨' });
    const text = t.terminal.take()[0]!.message.text;
    expect(text).toMatch(/郑雨（S011）的绑定码：\d{4} \d{4} \d{4}/);
    expect(text).toContain('12月2日（周三）09:00前有效');
    const code = /绑定码：(\d{4} \d{4} \d{4})/.exec(text)![1]!;
    t.clock.advance(24 * HOUR + MINUTE);
    await t.wechat.receive({ from: 'wxid_zy', text: code });
    expect(t.wechat.take()[0]!.message.text).toContain('已过期（有效期 24 小时）');
  });

  it('takes the code lifetime from org.json', async () => {
    const dir = copySampleOrg();
    const org = JSON.parse(readFileSync(join(dir, 'org.json'), 'utf8'));
    writeFileSync(join(dir, 'org.json'), JSON.stringify({ ...org, binding: { codeLifetimeHours: 48 } }));
    const t = await start({ orgDir: dir });
    const code = await codeFromHr(t, 'S011');
    t.clock.advance(30 * HOUR);
    await t.wechat.receive({ from: 'wxid_zy', text: code.replace(' ', '') });
    expect(t.wechat.take()[0]!.message.text).toContain('绑定成功，郑雨');
  });

  it('an unknown contact is silenced after five wrong binding codes, even for a right one, for an hour', async () => {
    const t = await start();
    const code = await codeFromHr(t, 'S011');
    for (let i = 0; i < 5; i++) await t.wechat.receive({ from: 'wxid_guess', text: wrongCode(i) });
    const replies = t.wechat.take().map((s) => s.message.text);
    expect(replies).toHaveLength(5);
    expect(replies[0]).toContain('这个绑定码不对');
    expect(replies[4]).toContain('一小时内我不再回复绑定码');

    await t.wechat.receive({ from: 'wxid_guess', text: wrongCode(5) });
    await t.wechat.receive({ from: 'wxid_guess', text: code });
    expect(t.wechat.take()).toEqual([]);
    expect(await t.app.bindings.staffFor('wechaty', 'wxid_guess')).toBeUndefined();
    // Other messages still get the short how-to-register reply; only codes are ignored.
    await t.wechat.receive({ from: 'wxid_guess', text: '你好' });
    expect(t.wechat.take()[0]!.message.text).toContain('还没有登记');

    t.clock.advance(HOUR + MINUTE);
    await t.wechat.receive({ from: 'wxid_guess', text: code });
    expect(t.wechat.take()[0]!.message.text).toContain('绑定成功，郑雨');
  });

  it('the per-contact count survives a restart', async () => {
    const db = tempDbPath();
    const first = await start({ dbPath: db });
    for (let i = 0; i < 5; i++) await first.wechat.receive({ from: 'wxid_guess', text: wrongCode(i) });
    await first.app.stop();
    apps = [];
    const second = await start({ dbPath: db, start: first.clock.now() });
    await second.wechat.receive({ from: 'wxid_guess', text: wrongCode(9) });
    expect(second.wechat.take()).toEqual([]);
  });

  it('wrong codes from many contacts pause binding and alert HR once, privately', async () => {
    const t = await start();
    const code = await codeFromHr(t, 'S011');
    for (let i = 0; i < 30; i++) await t.wechat.receive({ from: `wxid_bot${i}`, text: wrongCode(i) });
    t.wechat.take();
    const alerts = t.terminal.take().filter((s) => s.message.text.includes('【安全提醒】'));
    expect(alerts.map((s) => s.to.chatId).sort()).toEqual(['S005', 'S006']);
    expect(alerts[0]!.message.text).toContain('已暂停接收绑定码至12月1日（周二）10:00');

    // Paused: even the right code binds nobody.
    await t.wechat.receive({ from: 'wxid_real', text: code });
    expect(t.wechat.take()[0]!.message.text).toContain('绑定暂时关闭');
    expect(await t.app.bindings.staffFor('wechaty', 'wxid_real')).toBeUndefined();

    // After the pause, binding works; a second wave pauses again without a second alert that day.
    t.clock.advance(HOUR + MINUTE);
    await t.wechat.receive({ from: 'wxid_real', text: code });
    expect(t.wechat.take()[0]!.message.text).toContain('绑定成功');
    t.terminal.take();
    for (let i = 0; i < 30; i++) await t.wechat.receive({ from: `wxid_bot2_${i}`, text: wrongCode(100 + i) });
    expect(t.terminal.take().filter((s) => s.message.text.includes('【安全提醒】'))).toEqual([]);
    await t.wechat.receive({ from: 'wxid_late', text: wrongCode(200) });
    expect(t.wechat.take().at(-1)!.message.text).toContain('绑定暂时关闭');
  });

  it('a binding is told to the person, to the chat they were bound on before, and to HR', async () => {
    const t = await start();
    await t.wechat.receive({ from: 'wxid_old', text: await codeFromHr(t, 'S011') });
    t.wechat.take();
    t.terminal.take();
    await t.wechat.receive({ from: 'wxid_new', text: await codeFromHr(t, 'S011') });
    const sent = t.wechat.take();
    expect(sent.find((s) => s.to.chatId === 'wxid_new')!.message.text).toContain(
      '您的微信已绑定到郑雨（S011）。如不是您本人操作，请立即联系人事',
    );
    expect(sent.find((s) => s.to.chatId === 'wxid_old')!.message.text).toContain('绑定到了另一个微信号');
    const hr = t.terminal.take().filter((s) => s.message.text.includes('【绑定提醒】'));
    expect(hr.map((s) => s.to.chatId).sort()).toEqual(['S005', 'S006']);
    expect(hr[0]!.message.text).toContain('郑雨（S011，长者服务组）');
    expect(hr[0]!.message.text).toContain('解绑 S011');
  });

  it('HR sees the wrong codes in chat (「绑定失败记录」); others are refused', async () => {
    const t = await start();
    for (let i = 0; i < 7; i++) await t.wechat.receive({ from: 'wxid_guess', text: wrongCode(i) });
    await t.wechat.receive({ from: 'wxid_typo', text: wrongCode(50) });
    await t.terminal.receive({ from: 'S005', text: '绑定失败记录' });
    const report = t.terminal.take()[0]!.message.text;
    expect(report).toContain('最近7天错误的绑定码 6 次，来自 2 个联系人');
    expect(report).toContain('wechaty wxid_guess · 5 次');
    expect(report).toContain('曾达上限被静默');
    await t.terminal.receive({ from: 'S011', text: '绑定失败记录' });
    expect(t.terminal.take()[0]!.message.text).toContain('只有人力资源部');
  });

  it('`tonggong bindings` lists the wrong codes too', async () => {
    const db = tempDbPath();
    const t = await start({ dbPath: db, start: new Date() });
    for (let i = 0; i < 2; i++) await t.wechat.receive({ from: 'wxid_guess', text: wrongCode(i) });
    await t.app.stop();
    apps = [];
    const cli = spawnSync(process.execPath, ['--import', 'tsx', 'app/cli/main.ts', 'bindings', '--db', db], {
      encoding: 'utf8',
      env: { ...process.env, LOG_LEVEL: 'silent' },
    });
    expect(cli.stdout).toContain('no bindings yet');
    expect(cli.stdout).toContain('wechaty wxid_guess · 2 次');
  });

  it('100,000 guessed codes from many contacts bind nobody', async () => {
    const result = await guessBindingCodes(100_000);
    expect(result.bound).toBe(0);
    // Three tries per contact stay under the per-contact limit: the global cap is what holds.
    expect(result.silenced).toBe(0);
    expect(result.checked).toBeLessThan(1500);
  }, 120_000);
});
