import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../../app/app.ts';
import { directoryRoute } from '../../../bot/channels/directory-route.ts';
import { MemoryChannel } from '../../../bot/channels/memory/memory-channel.ts';
import { ManualClock } from '../../../bot/clock.ts';
import { silentLogger } from '../../../bot/logger.ts';
import { loadOrg } from '../../../data/org/load-org.ts';
import { copySampleOrg, writeOrgFile } from '../../fakes/org-fixture.ts';

let app: App | undefined;
afterEach(async () => {
  await app?.stop();
  app = undefined;
});

/**
 * The sample organisation with a Feishu column in staff.csv (张敏 S005 and 郑雨 S011 listed,
 * 张敏 preferring Feishu) and the staff group's Feishu chat in org.json: what HR adds for a
 * new channel. No code names Feishu except the wiring below.
 */
function orgWithFeishu(): string {
  const dir = copySampleOrg();
  const ids: Record<string, string> = { S005: 'ou_ZhangMin', S011: 'ou_ZhengYu' };
  const [header, ...rows] = readFileSync(join(dir, 'staff.csv'), 'utf8').trimEnd().split('\n');
  const reachVia = header!.split(',').indexOf('reach_via');
  const withColumn = rows.map((row) => {
    const cells = row.split(',');
    if (cells[0] === 'S005') cells[reachVia] = 'feishu';
    return `${cells.join(',')},${ids[cells[0]!] ?? ''}`;
  });
  writeOrgFile(dir, 'staff.csv', `${[`${header},feishu_userid`, ...withColumn].join('\n')}\n`);
  const info = JSON.parse(readFileSync(join(dir, 'org.json'), 'utf8'));
  info.staffGroup.channels = { ...info.staffGroup.channels, feishu: 'oc_StaffGroup' };
  writeOrgFile(dir, 'org.json', JSON.stringify(info));
  return dir;
}

/** The bot with a tiny Feishu stand-in (an in-memory channel named `feishu`) and WeCom. */
async function appWithFeishu() {
  const orgDir = orgWithFeishu();
  const clock = new ManualClock(new Date('2026-12-01T09:00:00+08:00'));
  const feishu = new MemoryChannel('feishu', () => clock.now());
  const wecom = new MemoryChannel('wecom', () => clock.now());
  app = await createApp({
    orgDir,
    org: loadOrg(orgDir),
    clock,
    log: silentLogger(),
    // The one wiring block a channel needs; WeCom first, so only `reach_via` sends to Feishu.
    routes: ({ store }) => [directoryRoute(wecom, () => store.org), directoryRoute(feishu, () => store.org)],
  });
  await app.start();
  return { app, feishu, wecom };
}

describe('a channel added with its own identity column', () => {
  it('knows its senders by the column, case-insensitively, and nobody else', async () => {
    const { feishu } = await appWithFeishu();
    await feishu.receive({ from: 'ou_zhangmin', text: '帮助' });
    expect(feishu.take()[0]!.message.text).toContain('我是同工助手');

    await feishu.receive({ from: 'ZhangMin', text: '帮助' });
    expect(feishu.take()[0]!.message.text).toContain('您还没有登记');
  });

  it('reaches people by their id on it, the preferred channel first, and the staff group by its chat', async () => {
    const { app, feishu, wecom } = await appWithFeishu();
    await app.messenger.send({ staffId: 'S005' }, '请查收本月考勤表。');
    await app.messenger.send({ staffId: 'S011' }, '明天记得交周报。');
    await app.messenger.send({ room: 'staff-group' }, '今天下午三点全体例会。');
    expect(feishu.take().map((s) => [s.to.chatId, s.message.text])).toEqual([
      ['ou_ZhangMin', '请查收本月考勤表。'],
      ['oc_StaffGroup', '今天下午三点全体例会。'],
    ]);
    expect(wecom.take().map((s) => [s.to.chatId, s.message.text])).toEqual([['ZhengYu', '明天记得交周报。']]);
  });
});

describe('org.json written before the per-channel map', () => {
  it('still finds the staff group under wechatyTopic and wecomChatId', () => {
    const dir = copySampleOrg();
    const info = JSON.parse(readFileSync(join(dir, 'org.json'), 'utf8'));
    delete info.staffGroup.channels;
    Object.assign(info.staffGroup, { wechatyTopic: '同心社工全体同工群', wecomChatId: 'wrGroup01' });
    writeOrgFile(dir, 'org.json', JSON.stringify(info));
    expect(loadOrg(dir).info.staffGroup.channels).toEqual({ wechaty: '同心社工全体同工群', wecom: 'wrGroup01' });
  });
});
