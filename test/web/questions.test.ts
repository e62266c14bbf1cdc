import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { QuestionQueueRepo } from '../../data/repos/question-queue-repo.ts';
import { WebAuditRepo } from '../../data/repos/web-audit-repo.ts';
import { loopText } from '../../handlers/qa-loop/messages.ts';
import { copySampleOrg } from '../fakes/org-fixture.ts';
import { queueIt, SUN_HAO, to, ZHENG_YU } from '../handlers/qa-loop/qa-loop-kit.ts';
import { get, login, post, webKit, type WebKit } from './web-kit.ts';

let kit: WebKit;
afterEach(async () => {
  await kit?.close();
});

const HR = 'S005';

async function queued(k: WebKit, text: string): Promise<number> {
  const q = (await new QuestionQueueRepo(k.sim.app.db).open()).find((x) => x.text.replace(/？$/, '') === text);
  if (!q) throw new Error(`not queued: ${text}`);
  return q.id;
}

/** The `slug::path` value of the section whose last heading is `heading`, as the page's list offers it. */
function sectionValue(k: WebKit, heading: string): string {
  for (const d of k.sim.app.store.org.documents) {
    const s = d.sections.find((x) => x.path.at(-1) === heading);
    if (s) return `${d.slug}::${s.path.join(' › ')}`;
  }
  throw new Error(`no section ${heading}`);
}

describe('the unanswered-questions queue on the web', () => {
  it('HR answers on the page: askers hear it privately as in chat; as FAQ it answers the next asker', async () => {
    const dir = copySampleOrg();
    kit = await webKit({ orgDir: dir });
    await queueIt(kit.sim, ZHENG_YU, '能不能远程办公');
    await queueIt(kit.sim, SUN_HAO, '能不能远程办公');
    kit.sim.drain();
    const id = await queued(kit, '能不能远程办公');
    const hr = await login(kit, HR);

    const list = await get(kit, hr, '/questions');
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain(`<a href="/questions/${id}">能不能远程办公</a>`);
    expect((await get(kit, hr, '/')).body).toContain('待回复问题（1）');

    const empty = await post(kit, hr, `/questions/${id}/answer`, { answer: '  ' });
    expect(empty.statusCode).toBe(422);
    expect(empty.body).toContain('请在编号后面写上答复内容');

    const answer = '可以，每月最多两天，需提前一天向主管申请。';
    const done = await post(kit, hr, `/questions/${id}/answer`, { answer });
    expect(done.body).toContain('已把答复私信发给问过这个问题的 2 位同工');
    expect(done.body).not.toContain('请发「存为问答」');
    const sent = kit.sim.drain();
    expect(to(sent, ZHENG_YU)).toEqual([loopText.toAsker('能不能远程办公', answer)]);
    expect(to(sent, SUN_HAO)).toHaveLength(1);
    expect((await post(kit, hr, `/questions/${id}/answer`, { answer })).body).toContain(`问题 ${id} 已经回复过了`);

    const saved = await post(kit, hr, `/questions/${id}/save`, { section: sectionValue(kit, '5. 婚假') });
    expect(saved.body).toContain('已存为问答：「能不能远程办公」');
    expect(saved.body).toContain('出处《员工手册》5. 婚假');
    expect(readFileSync(join(dir, 'faq.csv'), 'utf8')).toContain(answer);
    const next = await kit.sim.say('S013', '能不能远程办公');
    expect(next[0]!.text).toContain(answer);

    const audit = await new WebAuditRepo(kit.sim.app.db).latest();
    expect(audit.map((e) => e.action).slice(0, 2)).toEqual(['question.save', 'question.answer']);
    expect(audit[1]).toMatchObject({ actorId: HR, target: `question:${id}` });
  });

  it('maps a question to a section picked from the list, and ignores another', async () => {
    kit = await webKit({ orgDir: copySampleOrg() });
    await queueIt(kit.sim, ZHENG_YU, '年假能跟国庆假连在一起休吗');
    await queueIt(kit.sim, SUN_HAO, '无人机飞行规定是什么');
    kit.sim.drain();
    const mapped = await queued(kit, '年假能跟国庆假连在一起休吗');
    const ignored = await queued(kit, '无人机飞行规定是什么');
    const hr = await login(kit, HR);

    const detail = await get(kit, hr, `/questions/${mapped}`);
    expect(detail.body).toContain(`<option value="${sectionValue(kit, '2. 年假')}"`);
    expect((await post(kit, hr, `/questions/${mapped}/map`, { section: 'nothing::here' })).statusCode).toBe(422);
    const out = await post(kit, hr, `/questions/${mapped}/map`, { section: sectionValue(kit, '2. 年假') });
    expect(out.body).toContain('对应《员工手册》2. 年假');
    expect(to(kit.sim.drain(), ZHENG_YU)[0]).toMatch(/^您之前问的「年假能跟国庆假连在一起休吗」/);

    const gone = await post(kit, hr, `/questions/${ignored}/ignore`, {});
    expect(gone.body).toContain(`问题 ${ignored} 已忽略`);
    expect(gone.body).toContain('目前没有待回复的问题');
    expect(kit.sim.drain()).toEqual([]);
  });

  it("is HR's alone, and a change without the CSRF token does nothing", async () => {
    kit = await webKit();
    await queueIt(kit.sim, ZHENG_YU, '无人机飞行规定是什么');
    const id = await queued(kit, '无人机飞行规定是什么');
    const lead = await login(kit, 'S010');
    expect((await get(kit, lead, '/questions')).statusCode).toBe(403);
    expect((await post(kit, lead, `/questions/${id}/ignore`, {})).statusCode).toBe(403);
    expect((await get(kit, lead, '/')).body).not.toContain('待回复问题');
    const hr = await login(kit, HR);
    expect((await post(kit, hr, `/questions/${id}/ignore`, {}, false)).statusCode).toBe(403);
    expect((await new QuestionQueueRepo(kit.sim.app.db).get(id))?.status).toBe('open');
  });
});
