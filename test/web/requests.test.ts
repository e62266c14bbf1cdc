import { afterEach, describe, expect, it } from 'vitest';
import { LeaveRequestsRepo } from '../../data/repos/leave-requests-repo.ts';
import { WebAuditRepo } from '../../data/repos/web-audit-repo.ts';
import { MONDAY, one, submitLeave, to } from '../handlers/leave/leave-sim.ts';
import { get, login, post, webKit, type WebKit } from './web-kit.ts';

let kit: WebKit;
afterEach(async () => {
  await kit?.close();
});

describe('requests on the web console', () => {
  it('a lead approves on the page: the same chat messages go out as for 「同意」, and the change is audited', async () => {
    kit = await webKit({ start: MONDAY });
    const id = await submitLeave(kit.sim, 'S011', '12月7日到9日请年假，回老家办事');
    const lead = await login(kit, 'S010');
    const detail = await get(kit, lead, `/requests/leave/${id}`);
    expect(detail.statusCode).toBe(200);
    expect(detail.body).toContain('回老家办事');
    expect(detail.body).toContain('name="decision" value="approve"');

    const res = await post(kit, lead, `/requests/leave/${id}/decide`, { decision: 'approve', comment: '' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain(`已同意第${id}号，已转给陈思远`);
    const sent = kit.sim.drain();
    expect(one(sent, 'S011')).toContain('林晓已同意，已转陈思远审核');
    expect(one(sent, 'S003')).toContain(`【请假待审批】第${id}号`);

    const steps = await new LeaveRequestsRepo(kit.sim.app.db).steps(id);
    expect(steps[0]!.status).toBe('approved');
    const [entry] = await new WebAuditRepo(kit.sim.app.db).latest();
    expect(entry).toMatchObject({ actorId: 'S010', action: 'leave.approve', target: `leave:${id}` });

    const again = await post(kit, lead, `/requests/leave/${id}/decide`, { decision: 'approve', comment: '' });
    expect(again.body).toContain('已经');
    expect(to(kit.sim.drain(), 'S011')).toEqual([]);
  });

  it('a rejection needs a reason, as in chat', async () => {
    kit = await webKit({ start: MONDAY });
    const id = await submitLeave(kit.sim, 'S011', '12月7日到9日请年假，回老家办事');
    const lead = await login(kit, 'S010');
    const bare = await post(kit, lead, `/requests/leave/${id}/decide`, { decision: 'reject', comment: '' });
    expect(bare.body).toContain('驳回时请写明理由');
    expect(kit.sim.drain()).toEqual([]);
    await post(kit, lead, `/requests/leave/${id}/decide`, { decision: 'reject', comment: '年底服务任务重' });
    expect(one(kit.sim.drain(), 'S011')).toContain('理由：年底服务任务重');
  });

  it("a lead cannot open or decide another team's request by URL", async () => {
    kit = await webKit({ start: MONDAY });
    const id = await submitLeave(kit.sim, 'S011', '12月7日到9日请年假，回老家办事');
    const other = await login(kit, 'S020');
    const res = await get(kit, other, `/requests/leave/${id}`);
    expect(res.statusCode).toBe(403);
    expect(res.body).toContain('不在您的管理范围内');
    expect(res.body).not.toContain('回老家办事');
    expect((await post(kit, other, `/requests/leave/${id}/decide`, { decision: 'approve' })).statusCode).toBe(403);
    const list = await get(kit, other, '/requests?month=2026-12');
    expect(list.body).not.toContain('郑雨');
    expect((await get(kit, await login(kit, 'S005'), '/requests?month=2026-12')).body).toContain(
      `href="/requests/leave/${id}"`,
    );
  });

  it('a decision POST without the CSRF token is refused and decides nothing', async () => {
    kit = await webKit({ start: MONDAY });
    const id = await submitLeave(kit.sim, 'S011', '12月7日到9日请年假，回老家办事');
    const lead = await login(kit, 'S010');
    const res = await post(kit, lead, `/requests/leave/${id}/decide`, { decision: 'approve' }, false);
    expect(res.statusCode).toBe(403);
    expect(kit.sim.drain()).toEqual([]);
    expect((await new LeaveRequestsRepo(kit.sim.app.db).steps(id))[0]!.status).toBe('waiting');
  });

  it('lists the month with filters, escaping what people wrote', async () => {
    kit = await webKit({ start: MONDAY });
    await submitLeave(kit.sim, 'S011', '12月7日到9日请年假，<script>alert(1)</script>');
    const hr = await login(kit, 'S005');
    const list = await get(kit, hr, '/requests?month=2026-12&team=长者服务组&status=pending');
    expect(list.body).toContain('href="/requests/leave/1"');
    const detail = await get(kit, hr, '/requests/leave/1');
    expect(detail.body).not.toContain('<script>alert(1)</script>');
    expect(detail.body).toContain('&lt;script&gt;');
    expect((await get(kit, hr, '/requests?month=2026-12&status=approved')).body).not.toContain(
      'href="/requests/leave/1"',
    );
  });
});
