import { afterEach, describe, expect, it } from 'vitest';
import { WebAuditRepo } from '../../data/repos/web-audit-repo.ts';
import { copySampleOrg, writeOrgFile } from '../fakes/org-fixture.ts';
import { MONDAY, submitLeave } from '../handlers/leave/leave-sim.ts';
import { BASE, get, login, post, webKit, type WebKit } from './web-kit.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

let kit: WebKit;
afterEach(async () => {
  await kit?.close();
});

/** What a calendar app does: a plain GET of the URL, no cookie. */
const fetchFeed = (k: WebKit, url: string) => k.web.inject({ method: 'GET', url: url.replace(BASE, '') });

describe('calendar subscriptions', () => {
  it('a lead makes a secret link a calendar app opens without a cookie; only their team, revocable', async () => {
    kit = await webKit({ start: MONDAY });
    const id = await submitLeave(kit.sim, 'S011', '明天下午请半天事假，家里有事');
    await kit.sim.say('S010', `同意 ${id}`);
    const lead = await login(kit, 'S010');
    expect((await get(kit, lead, '/calendar')).body).toContain('生成订阅链接');

    const made = await post(kit, lead, '/calendar/feed', {});
    const urls = [...made.body.matchAll(/value="(http[^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
    expect(urls).toHaveLength(1);
    expect(urls[0]).toMatch(new RegExp(`^${BASE}/calendar\\.ics\\?token=[A-Za-z0-9_-]{43}&team=`));
    const feed = await fetchFeed(kit, urls[0]!);
    expect(feed.statusCode).toBe(200);
    expect(feed.body).toContain('SUMMARY:郑雨 事假（下午）');
    expect(feed.body).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT1H');
    const other = urls[0]!.replace(/team=.*/, `team=${encodeURIComponent('青少年服务组')}`);
    expect((await fetchFeed(kit, other)).statusCode).toBe(403);
    expect((await get(kit, lead, '/calendar')).body).toContain('停用订阅链接');

    // A new link replaces the old one; a revoked link stops at once.
    const again = await post(kit, lead, '/calendar/feed', {});
    const url2 = /value="(http[^"]+)"/.exec(again.body)![1]!.replace(/&amp;/g, '&');
    expect((await fetchFeed(kit, urls[0]!)).statusCode).toBe(404);
    expect((await fetchFeed(kit, url2)).statusCode).toBe(200);
    expect((await post(kit, lead, '/calendar/feed/revoke', {})).body).toContain('订阅链接已停用');
    expect((await fetchFeed(kit, url2)).statusCode).toBe(404);
    const actions = (await new WebAuditRepo(kit.sim.app.db).latest()).map((e) => e.action);
    expect(actions).toEqual(['calendar.unfeed', 'calendar.feed', 'calendar.feed']);
  });

  it('a token opens the calendar only: no other page, no change; a guessed one fails', async () => {
    kit = await webKit({ start: MONDAY });
    const hr = await login(kit, 'S005');
    const token = /token=([A-Za-z0-9_-]{43})/.exec((await post(kit, hr, '/calendar/feed', {})).body)![1]!;
    expect((await fetchFeed(kit, `/requests?token=${token}`)).statusCode).toBe(401);
    expect((await kit.web.inject({ method: 'POST', url: `/calendar/feed?token=${token}` })).statusCode).toBe(401);
    expect((await fetchFeed(kit, `/calendar.ics?token=${'x'.repeat(43)}`)).statusCode).toBe(404);
    expect((await fetchFeed(kit, '/calendar.ics?token=short')).statusCode).toBe(404);
    expect((await post(kit, hr, '/calendar/feed', {}, false)).statusCode).toBe(403);
  });

  it('the link ends when its owner loses the console role', async () => {
    const dir = copySampleOrg();
    kit = await webKit({ start: MONDAY, orgDir: dir });
    const lead = await login(kit, 'S010');
    const token = /token=([A-Za-z0-9_-]{43})/.exec((await post(kit, lead, '/calendar/feed', {})).body)![1]!;
    expect((await fetchFeed(kit, `/calendar.ics?token=${token}`)).statusCode).toBe(200);
    const csv = readFileSync(join(dir, 'staff.csv'), 'utf8').replace(
      'S010,林晓,team_lead|social_worker',
      'S010,林晓,social_worker',
    );
    writeOrgFile(dir, 'staff.csv', csv);
    await kit.sim.app.store.reload();
    expect((await fetchFeed(kit, `/calendar.ics?token=${token}`)).statusCode).toBe(404);
  });
});
