import { afterEach, describe, expect, it } from 'vitest';
import type { App } from '../../../app/app.ts';
import { wechatLikeApp } from './wechat-like-app.ts';

let app: App | undefined;
afterEach(async () => {
  await app?.stop();
  app = undefined;
});

describe('binding a WeChat contact to a person', () => {
  it('recognises the contact after it sends HR’s code, and never by display name', async () => {
    const t = await wechatLikeApp();
    app = t.app;
    await t.wechat.receive({ from: 'wxid_abc', senderName: '郑雨', text: '帮助' });
    expect(t.wechat.take()[0]!.message.text).toContain('绑定码');

    const { code } = await t.app.bindings.createCode('S011', t.clock.now());
    await t.wechat.receive({ from: 'wxid_abc', text: `绑定 ${code}` });
    expect(t.wechat.take()[0]!.message.text).toContain('绑定成功，郑雨');

    await t.wechat.receive({ from: 'wxid_abc', text: '帮助' });
    expect(t.wechat.take()[0]!.message.text).toContain('我是同工助手');
  });

  it('accepts a code only once', async () => {
    const t = await wechatLikeApp();
    app = t.app;
    const { code } = await t.app.bindings.createCode('S011', t.clock.now());
    await t.wechat.receive({ from: 'wxid_abc', text: code });
    await t.wechat.receive({ from: 'wxid_other', text: code });
    const replies = t.wechat.take().map((s) => s.message.text);
    expect(replies[1]).toContain('已经用过');
  });

  it('refuses an expired code', async () => {
    const t = await wechatLikeApp();
    app = t.app;
    const { code } = await t.app.bindings.createCode('S011', t.clock.now());
    t.clock.advance(8 * 24 * 3600 * 1000);
    await t.wechat.receive({ from: 'wxid_abc', text: code });
    expect(t.wechat.take()[0]!.message.text).toContain('已过期');
  });

  it('moves the binding when the contact id changes after a re-login', async () => {
    const t = await wechatLikeApp();
    app = t.app;
    await t.wechat.receive({ from: 'wxid_old', text: (await t.app.bindings.createCode('S011', t.clock.now())).code });
    await t.wechat.receive({ from: 'wxid_new', text: (await t.app.bindings.createCode('S011', t.clock.now())).code });
    t.wechat.take();
    await t.app.messenger.send({ staffId: 'S011' }, '测试');
    expect(t.wechat.take()[0]!.to.chatId).toBe('wxid_new');
    await t.wechat.receive({ from: 'wxid_old', text: '帮助' });
    expect(t.wechat.take()[0]!.message.text).toContain('绑定码');
  });

  it('lets HR create, list and revoke bindings in chat; others are refused', async () => {
    const t = await wechatLikeApp();
    app = t.app;
    await t.terminal.receive({ from: 'S011', text: '绑定码 S012' });
    expect(t.terminal.take()[0]!.message.text).toContain('只有人力资源部');

    await t.terminal.receive({ from: 'S005', text: '绑定码 孙浩' });
    const code = /绑定码：(\d{4} \d{4} \d{4})/.exec(t.terminal.take()[0]!.message.text)![1]!;
    await t.wechat.receive({ from: 'wxid_sun', text: code });
    t.wechat.take();
    expect(t.terminal.take().map((s) => s.message.text)).toContainEqual(
      expect.stringContaining('【绑定提醒】孙浩（S012'),
    );

    await t.terminal.receive({ from: 'S005', text: '绑定列表' });
    expect(t.terminal.take()[0]!.message.text).toContain('孙浩（S012）· wechaty');

    await t.terminal.receive({ from: 'S005', text: '解绑 S012' });
    expect(t.terminal.take()[0]!.message.text).toContain('已解除孙浩的绑定');
    await t.wechat.receive({ from: 'wxid_sun', text: '帮助' });
    expect(t.wechat.take()[0]!.message.text).toContain('绑定码');
  });

  it('tells the asker whom to contact when no HR officer can be reached to forward a question', async () => {
    const t = await wechatLikeApp({ withTerminal: false });
    app = t.app;
    await t.wechat.receive({ from: 'wxid_abc', text: (await t.app.bindings.createCode('S011', t.clock.now())).code });
    await t.wechat.receive({ from: 'wxid_abc', text: '无人机飞行规定是什么' });
    await t.wechat.receive({ from: 'wxid_abc', text: '转人事' });
    const last = t.wechat.take().at(-1)!.message.text;
    expect(last).toContain('联系不上人力资源部');
    expect(last).toContain('张敏');
  });
});
