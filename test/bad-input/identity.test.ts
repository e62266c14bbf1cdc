import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { App } from '../../app/app.ts';
import { copySampleOrg } from '../fakes/org-fixture.ts';
import { wechatLikeApp, wrongCode, type WechatLikeApp } from '../bot/identity/wechat-like-app.ts';

let app: App | undefined;
afterEach(async () => {
  await app?.stop();
  app = undefined;
});

async function start(orgDir?: string): Promise<WechatLikeApp> {
  const t = await wechatLikeApp(orgDir ? { orgDir } : {});
  app = t.app;
  return t;
}

const texts = (sent: { message: { text: string } }[]) => sent.map((s) => s.message.text).join('\n');
const codeCount = (t: WechatLikeApp) =>
  t.app.db
    .selectFrom('bind_codes')
    .select('code')
    .execute()
    .then((r) => r.length);

describe('bad input: identity and binding', () => {
  it('HR typing a bare 「绑定码」 gets the usage line, not the Q&A decline', async () => {
    const t = await start();
    await t.terminal.receive({ from: 'S005', text: '绑定码' });
    expect(texts(t.terminal.take())).toBe('请写上工号或姓名，例如：绑定码 S011');
    expect(await codeCount(t)).toBe(0);
  });

  it('HR typing a bare 「解绑」 gets the usage line, not the Q&A decline; nobody is unbound', async () => {
    const t = await start();
    await t.terminal.receive({ from: 'S005', text: '解绑' });
    expect(texts(t.terminal.take())).toBe('请写上要解绑的工号或姓名，例如：解绑 S011');
  });

  it("HR asking twice for the same person's code is told the first one no longer works", async () => {
    const t = await start();
    await t.terminal.receive({ from: 'S005', text: '绑定码 S011' });
    expect(texts(t.terminal.take())).not.toContain('作废');
    await t.terminal.receive({ from: 'S005', text: '绑定码 S011' });
    expect(texts(t.terminal.take())).toContain('之前给郑雨的绑定码已作废，请以这个为准。');
    expect(await codeCount(t)).toBe(1);
  });

  it('anyone else typing 「绑定码」 or 「绑定失败记录」 gets the polite HR-only refusal', async () => {
    const t = await start();
    await t.terminal.receive({ from: 'S011', text: '绑定码' });
    await t.terminal.receive({ from: 'S011', text: '绑定失败记录' });
    await t.terminal.receive({ from: 'S011', text: '解绑' });
    const replies = t.terminal.take().map((s) => s.message.text);
    expect(replies).toEqual([1, 2, 3].map(() => expect.stringContaining('只有人力资源部')));
  });

  it('HR asking a code for someone not in the directory is told so; no code is made', async () => {
    const t = await start();
    await t.terminal.receive({ from: 'S005', text: '绑定码 王小明' });
    expect(texts(t.terminal.take())).toContain('目录里找不到「王小明」');
    expect(await codeCount(t)).toBe(0);
  });

  it('a staff id in lower case works', async () => {
    const t = await start();
    await t.terminal.receive({ from: 'S005', text: '绑定码 s011' });
    expect(texts(t.terminal.take())).toContain('郑雨（S011）的绑定码：');
  });

  it('an old six-digit code is refused as wrong and counted', async () => {
    const t = await start();
    await t.wechat.receive({ from: 'wxid_a', text: '123456' });
    expect(texts(t.wechat.take())).toContain('这个绑定码不对');
    expect(await t.app.bindings.staffFor('wechaty', 'wxid_a')).toBeUndefined();
    expect(await t.app.db.selectFrom('bind_attempts').selectAll().execute()).toHaveLength(1);
  });

  it('a code typed with spaces or a dash still binds', async () => {
    const t = await start();
    const { code } = await t.app.bindings.createCode('S011', t.clock.now());
    await t.wechat.receive({ from: 'wxid_a', text: `绑定码：${code.slice(0, 5)}-${code.slice(5)}` });
    expect(texts(t.wechat.take())).toContain('绑定成功，郑雨');
  });

  it('a code posted in a group binds nobody and stays usable in private', async () => {
    const t = await start();
    const { code } = await t.app.bindings.createCode('S011', t.clock.now());
    await t.wechat.receive({ from: 'wxid_a', chatId: 'room@chatroom', isDirect: false, mentionsBot: true, text: code });
    expect(texts(t.wechat.take())).toContain('请先私聊我完成登记');
    expect(await t.app.bindings.staffFor('wechaty', 'wxid_a')).toBeUndefined();
    await t.wechat.receive({ from: 'wxid_a', text: code });
    expect(texts(t.wechat.take())).toContain('绑定成功');
  });

  it('text that is not a code gets the how-to-register reply and is not counted', async () => {
    const t = await start();
    for (const text of ['绑定码：ABCDEF', '我的手机号是13800138000', '1234'])
      await t.wechat.receive({ from: 'wxid_a', text });
    expect(t.wechat.take().map((s) => s.message.text)).toEqual(Array(3).fill(expect.stringContaining('还没有登记')));
    expect(await t.app.db.selectFrom('bind_attempts').selectAll().execute()).toHaveLength(0);
  });

  it('a guesser over the limit gets no answer at all, however the code is written', async () => {
    const t = await start();
    for (let i = 0; i < 5; i++) await t.wechat.receive({ from: 'wxid_a', text: wrongCode(i) });
    t.wechat.take();
    for (const text of ['绑定 0000 0000 0099', '000000', '绑定码：000000000098'])
      await t.wechat.receive({ from: 'wxid_a', text });
    expect(t.wechat.take()).toEqual([]);
  });

  it('「解绑 郑雨」 with two people of that name asks which one and unbinds nobody', async () => {
    const dir = copySampleOrg();
    appendFileSync(
      join(dir, 'staff.csv'),
      'S060,郑雨,social_worker,家庭综合组,服务部,女,2024-03-01,1999-04-04,solar,no,yes,ZhengYu2,\n',
    );
    const t = await start(dir);
    await t.wechat.receive({ from: 'wxid_zy', text: (await t.app.bindings.createCode('S011', t.clock.now())).code });
    t.terminal.take();
    await t.terminal.receive({ from: 'S005', text: '解绑 郑雨' });
    const reply = texts(t.terminal.take());
    expect(reply).toContain('郑雨（S011，长者服务组）');
    expect(reply).toContain('例如：解绑 S011');
    expect(await t.app.bindings.staffFor('wechaty', 'wxid_zy')).toBe('S011');
  });
});
