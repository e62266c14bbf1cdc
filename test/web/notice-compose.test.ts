import { afterEach, describe, expect, it } from 'vitest';
import { NoticeRepo } from '../../data/repos/notice-repo.ts';
import { WebAuditRepo } from '../../data/repos/web-audit-repo.ts';
import { to } from '../handlers/leave/leave-sim.ts';
import { get, login, post, webKit, type WebKit } from './web-kit.ts';

let kit: WebKit;
afterEach(async () => {
  await kit?.close();
});

/** A Thursday morning. */
const START = new Date('2026-11-26T10:00:00+08:00');
const HR = 'S005';

describe('composing a notice on the web', () => {
  it("checks the draft with the chat's rules and stores nothing before 确认发送; sent now, recipients get it", async () => {
    kit = await webKit({ start: START });
    const hr = await login(kit, HR);
    const repo = new NoticeRepo(kit.sim.app.db);
    expect((await get(kit, hr, '/notices')).body).toContain('href="/notices/new"');
    expect((await get(kit, hr, '/notices/new')).statusCode).toBe(200);

    const empty = await post(kit, hr, '/notices/new', { step: 'preview', when: 'now' });
    expect(empty.statusCode).toBe(422);
    expect(empty.body).toContain('通知内容不能为空');
    expect(empty.body).toContain('请选择发送对象');
    const unknown = await post(kit, hr, '/notices/new', {
      step: 'preview',
      text: '开会',
      people: '不存在',
      when: 'now',
    });
    expect(unknown.body).toContain('名录里找不到：不存在');
    const past = await post(kit, hr, '/notices/new', {
      step: 'preview',
      text: '开会',
      all: '1',
      when: 'at',
      date: '2026-11-25',
      time: '09:00',
    });
    expect(past.body).toContain('11月25日（周三）09:00这个时间已经过了');

    const draft = { text: '明天下午3点组会，请带上个案记录。', group: '长者服务组', people: '蔡婷', when: 'now' };
    const preview = await post(kit, hr, '/notices/new', { ...draft, step: 'preview' });
    expect(preview.statusCode).toBe(200);
    expect(preview.body).toMatch(/长者服务组、蔡婷，共 <strong>\d+<\/strong> 人（不含您本人）/);
    expect(preview.body).toContain('确认后立即发送');
    expect(await repo.recent(10)).toEqual([]);

    const edit = await post(kit, hr, '/notices/new', { ...draft, step: 'edit' });
    expect(edit.body).toContain('>明天下午3点组会，请带上个案记录。</textarea>');
    expect(edit.body).toContain('value="长者服务组" checked');

    const sent = await post(kit, hr, '/notices/new', { ...draft, step: 'send' });
    expect(sent.statusCode).toBe(303);
    const [notice] = await repo.recent(10);
    expect(sent.headers.location).toBe(`/notices/${notice!.id}?created=1`);
    expect(notice).toMatchObject({ authorId: HR, audience: '长者服务组、蔡婷', text: draft.text });
    const [entry] = await new WebAuditRepo(kit.sim.app.db).latest();
    expect(entry).toMatchObject({ actorId: HR, action: 'notice.create', target: `notice:${notice!.id}` });
    const out = await kit.sim.advanceTo(new Date(START.getTime() + 60_000));
    expect(to(out, 'S011').join()).toContain(`📢 通知 ${notice!.id}`);
    expect(to(out, 'S020')).toEqual([]);
  });

  it('a night-time send is shown for a yes; scheduled, it waits for its time', async () => {
    kit = await webKit({ start: START });
    const hr = await login(kit, HR);
    const repo = new NoticeRepo(kit.sim.app.db);
    const draft = { text: '周五全体会议改到晚上。', all: '1', when: 'at', date: '2026-11-27', time: '23:00' };
    const preview = await post(kit, hr, '/notices/new', { ...draft, step: 'preview' });
    expect(preview.body).toContain('11月27日（周五）23:00在深夜');
    expect(preview.body).toContain('确定按这个时间发送');
    // 确认发送 without saying yes to the odd time (a stale page): shown again, nothing stored.
    expect((await post(kit, hr, '/notices/new', { ...draft, step: 'send' })).body).toContain('在深夜');
    expect(await repo.recent(10)).toEqual([]);
    await post(kit, hr, '/notices/new', { ...draft, step: 'send', odd_ok: '1' });
    const [notice] = await repo.recent(10);
    expect(notice!.sendAt.toISOString()).toBe('2026-11-27T15:00:00.000Z');
    expect((await get(kit, hr, `/notices/${notice!.id}`)).body).toContain('待发送');
    expect(to(await kit.sim.advanceTo(new Date(START.getTime() + 60_000)), 'S011')).toEqual([]);
  });

  it("is HR's alone, and needs the CSRF token", async () => {
    kit = await webKit({ start: START });
    const lead = await login(kit, 'S010');
    expect((await get(kit, lead, '/notices/new')).statusCode).toBe(403);
    const draft = { step: 'send', text: '开会', all: '1', when: 'now' };
    expect((await post(kit, lead, '/notices/new', draft)).statusCode).toBe(403);
    const hr = await login(kit, HR);
    expect((await post(kit, hr, '/notices/new', draft, false)).statusCode).toBe(403);
    expect(await new NoticeRepo(kit.sim.app.db).recent(10)).toEqual([]);
  });
});
