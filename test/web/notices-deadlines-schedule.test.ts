import { afterEach, describe, expect, it } from 'vitest';
import { NoticeRepo } from '../../data/repos/notice-repo.ts';
import { WebAuditRepo } from '../../data/repos/web-audit-repo.ts';
import { to } from '../handlers/leave/leave-sim.ts';
import { get, login, post, webKit, type WebKit } from './web-kit.ts';

let kit: WebKit;
afterEach(async () => {
  await kit?.close();
});

const START = new Date('2026-11-26T10:00:00+08:00');

describe('notices, deadlines, schedule and audit pages', () => {
  it('shows who confirmed a notice by team, reminds the unconfirmed once, and cancels a scheduled one', async () => {
    kit = await webKit({ start: START });
    const repo = new NoticeRepo(kit.sim.app.db);
    const sent = await repo.create(
      {
        authorId: 'S005',
        text: '12月5日下午全体会议',
        audience: '长者服务组',
        sendAt: START,
        recipients: ['S010', 'S011', 'S012'],
      },
      START,
    );
    // Delivered through the outbox first: only people whose copy was sent can be reminded.
    await kit.sim.advanceTo(new Date(START.getTime() + 60 * 1000));
    await repo.ack(sent.id, 'S011', START);
    const later = await repo.create(
      {
        authorId: 'S005',
        text: '年会安排',
        audience: '全体',
        sendAt: new Date('2026-12-20T09:00:00+08:00'),
        recipients: ['S011'],
      },
      START,
    );
    const hr = await login(kit, 'S005');
    const detail = await get(kit, hr, `/notices/${sent.id}`);
    expect(detail.body).toMatch(
      /<td>长者服务组<\/td>\s*<td class="wrap">林晓、孙浩<\/td>\s*<td class="wrap">郑雨<\/td>/,
    );
    const reminded = await post(kit, hr, `/notices/${sent.id}/remind`, {});
    expect(reminded.body).toContain('已于');
    const out = await kit.sim.advanceTo(new Date(START.getTime() + 5 * 60 * 1000));
    expect(to(out, 'S010').join()).toContain('您还没有确认通知');
    expect(to(out, 'S011').join()).not.toContain('您还没有确认通知');
    const cancelled = await post(kit, hr, `/notices/${later.id}/cancel`, {});
    expect(cancelled.body).toContain('已取消');
    expect((await new WebAuditRepo(kit.sim.app.db).latest()).map((e) => e.action)).toEqual([
      'notice.cancel',
      'notice.remind',
    ]);
    const lead = await login(kit, 'S020');
    expect((await get(kit, lead, `/notices/${sent.id}`)).statusCode).toBe(403);
  });

  it("a lead marks a hand-in on someone's behalf; it counts like their 「已交」", async () => {
    kit = await webKit({ start: START });
    const lead = await login(kit, 'S010');
    const page = await get(kit, lead, '/deadlines');
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toContain('黄嘉欣');
    const form = new RegExp(
      [
        '<form class="chip" method="post" action="/deadlines/mark">',
        'name="deadline" value="([^"]+)"',
        'name="period" value="([^"]+)"',
        'name="staff" value="(S011)"',
      ].join(String.raw`[\s\S]*?`),
    ).exec(page.body)!;
    const res = await post(kit, lead, '/deadlines/mark', { deadline: form[1]!, period: form[2]!, staff: 'S011' });
    expect(res.body).toContain('已登记郑雨');
    const out = await kit.sim.say('S011', '月报进度');
    expect(out.length).toBeGreaterThan(0);
    expect(
      (await post(kit, lead, '/deadlines/mark', { deadline: form[1]!, period: form[2]!, staff: 'S020' })).statusCode,
    ).toBe(403);
  });

  it('HR sees the plan of the next 30 days and pauses scheduled sends; a lead gets a polite 403', async () => {
    kit = await webKit({ start: START });
    const hr = await login(kit, 'S005');
    const page = await get(kit, hr, '/schedule');
    expect(page.body).toContain('未来30天的计划');
    await post(kit, hr, '/schedule/pause', {});
    expect(await kit.sim.app.schedulerSwitch.isPaused()).toBe(true);
    expect((await get(kit, hr, '/audit')).body).toContain('暂停定时发送');
    const lead = await login(kit, 'S010');
    expect((await get(kit, lead, '/schedule')).statusCode).toBe(403);
    expect((await get(kit, lead, '/audit')).statusCode).toBe(403);
  });
});
