import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Simulation } from '../../app/simulation/simulation.ts';
import { WebAuditRepo } from '../../data/repos/web-audit-repo.ts';
import { copySampleOrg, writeOrgFile } from '../fakes/org-fixture.ts';
import { one, to } from '../handlers/leave/leave-sim.ts';
import { cookieFrom, get, linkFor, login, post, webKit, type WebKit } from './web-kit.ts';

let kit: WebKit;
afterEach(async () => {
  await kit?.close();
});

describe('logging in to the web console without a password', () => {
  it('HR asks the bot 「登录后台」 and gets a private one-time link that logs them in', async () => {
    kit = await webKit();
    const sent = await kit.sim.say('S005', '登录后台');
    const text = one(sent, 'S005');
    expect(text).toMatch(/http:\/\/127\.0\.0\.1:3000\/login\/[A-Za-z0-9_-]{43}/);
    expect(text).toContain('只能用一次');
    const path = new URL(/http\S+/.exec(text)![0]).pathname;

    const confirm = await kit.web.inject({ method: 'GET', url: path });
    expect(confirm.statusCode).toBe(200);
    expect(confirm.body).toContain('张敏的一次性登录链接');
    const used = await kit.web.inject({ method: 'POST', url: path });
    expect(used.statusCode).toBe(303);
    const cookie = cookieFrom(used)!;
    const setCookie = String(used.headers['set-cookie']);
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Strict');
    const home = await kit.web.inject({ method: 'GET', url: '/', headers: { cookie } });
    expect(home.statusCode).toBe(200);
    expect(home.body).toContain('张敏 · 全机构');
  });

  it('a link preview (GET) does not use the link up; a second use and an expired link fail', async () => {
    kit = await webKit();
    const path = new URL(await linkFor(kit, 'S010')).pathname;
    expect((await kit.web.inject({ method: 'GET', url: path })).statusCode).toBe(200);
    expect((await kit.web.inject({ method: 'POST', url: path })).statusCode).toBe(303);
    const again = await kit.web.inject({ method: 'POST', url: path });
    expect(again.statusCode).toBe(410);
    expect(again.body).toContain('已经用过、已过期');

    const late = new URL(await linkFor(kit, 'S010')).pathname;
    kit.sim.clock.advance(10 * 60 * 1000 + 1);
    expect((await kit.web.inject({ method: 'POST', url: late })).statusCode).toBe(410);
  });

  it('someone without a console role asking gets a polite refusal and no link', async () => {
    kit = await webKit();
    const sent = await kit.sim.say('S011', '登录后台');
    const text = one(sent, 'S011');
    expect(text).toContain('管理后台目前只对人力资源部、部长和组长开放');
    expect(text).not.toContain('http');
  });

  it('where no console is served (WEB_ENABLED=false, ORGS_DIR), HR is told so and gets no link', async () => {
    const sim = await Simulation.create({ start: new Date('2026-12-07T09:00:00+08:00'), webBaseUrl: null });
    try {
      const [reply] = await sim.say('S005', '登录后台');
      expect(reply).toEqual({ at: expect.any(String), to: 'S005', text: expect.stringContaining('没有开启管理后台') });
      expect(reply!.text).not.toContain('http');
    } finally {
      await sim.close();
    }
  });

  it('asked in the staff group, the link goes only to the private chat', async () => {
    kit = await webKit();
    const room = kit.sim.app.store.org.info.staffGroup.id;
    const sent = await kit.sim.say('S005', '登录后台', { room, mention: true });
    expect(to(sent, room).join()).not.toContain('http');
    expect(one(sent, 'S005')).toContain('/login/');
  });

  it('without a session every page asks to log in through the chat', async () => {
    kit = await webKit();
    const res = await get(kit, undefined, '/requests');
    expect(res.statusCode).toBe(401);
    expect(res.body).toContain('登录后台');
  });

  it('logging out ends the session', async () => {
    kit = await webKit();
    const s = await login(kit, 'S005');
    expect((await post(kit, s, '/logout', {})).statusCode).toBe(200);
    expect((await get(kit, s, '/')).statusCode).toBe(401);
  });

  it('the session ends when the person loses the role or leaves the directory', async () => {
    const dir = copySampleOrg();
    const csv = readFileSync(join(dir, 'staff.csv'), 'utf8');
    kit = await webKit({ orgDir: dir });
    const lead = await login(kit, 'S010');
    const leaving = await login(kit, 'S006');
    const staying = await login(kit, 'S005');
    expect((await get(kit, lead, '/')).statusCode).toBe(200);
    writeOrgFile(dir, 'staff.csv', csv.replace('S010,林晓,team_lead|social_worker', 'S010,林晓,social_worker'));
    expect(await kit.sim.app.store.reload()).toBeNull();
    const res = await get(kit, lead, '/');
    expect(res.statusCode).toBe(401);
    expect(res.body).toContain('登录已失效');
    writeOrgFile(
      dir,
      'staff.csv',
      csv
        .split('\n')
        .filter((l) => !l.startsWith('S006,'))
        .join('\n'),
    );
    expect(await kit.sim.app.store.reload()).toBeNull();
    expect((await get(kit, leaving, '/')).statusCode).toBe(401);
    expect((await get(kit, staying, '/')).statusCode).toBe(200);
  });

  it('a POST without the CSRF token changes nothing', async () => {
    kit = await webKit();
    const s = await login(kit, 'S005');
    const res = await post(kit, s, '/logout', {}, false);
    expect(res.statusCode).toBe(403);
    expect((await get(kit, s, '/')).statusCode).toBe(200);
  });

  it('a login link posted from another site is refused and stays usable', async () => {
    kit = await webKit();
    const path = new URL(await linkFor(kit, 'S005')).pathname;
    const cross = { 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' };
    expect((await kit.web.inject({ method: 'POST', url: path, headers: cross })).statusCode).toBe(403);
    const oldBrowser = { origin: 'https://evil.example', host: '127.0.0.1:3000' };
    expect((await kit.web.inject({ method: 'POST', url: path, headers: oldBrowser })).statusCode).toBe(403);
    const ownForm = { 'sec-fetch-site': 'same-origin', origin: 'http://127.0.0.1:3000' };
    expect((await kit.web.inject({ method: 'POST', url: path, headers: ownForm })).statusCode).toBe(303);
  });

  it('every POST route of the console refuses a request without the CSRF token, and nothing changes', async () => {
    kit = await webKit();
    const hr = await login(kit, 'S005');
    // The route table itself, so a form added later is covered without editing this test.
    const paths: string[] = [];
    const stack: string[] = [];
    for (const line of kit.web.printRoutes({ commonPrefix: false, method: 'POST' } as never).split('\n')) {
      const m = /^([│ ]*)[├└]── (\S+) \(POST\)/.exec(line);
      if (!m) continue;
      const depth = m[1]!.length / 4;
      stack.length = depth;
      stack.push(m[2]!);
      paths.push(stack.join(''));
    }
    expect(paths).toContain('/questions/:id/:action');
    expect(paths).toContain('/balances/import');
    const checked = paths.filter((p) => !p.startsWith('/login/'));
    expect(checked.length).toBeGreaterThan(12);
    for (const path of checked) {
      const url = path.replace(':kind', 'leave').replace(':action', 'pause').replace(/:\w+/g, '1');
      const res = await post(kit, hr, url, { reason: 'x', answer: 'x', text: 'x', all: '1', step: 'send' }, false);
      expect(res.statusCode, url).toBe(403);
      expect(res.body, url).toContain('请刷新后重试');
    }
    expect(await new WebAuditRepo(kit.sim.app.db).latest()).toEqual([]);
    expect((await get(kit, hr, '/')).statusCode).toBe(200);
  });

  it('sends security headers and keeps the login endpoint rate-limited', async () => {
    kit = await webKit();
    const res = await get(kit, undefined, '/login/x');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(String(res.headers['content-security-policy'])).toContain("default-src 'self'");
    let last = 0;
    for (let i = 0; i < 25; i++) last = (await get(kit, undefined, '/login/abc')).statusCode;
    expect(last).toBe(429);
  });
});
