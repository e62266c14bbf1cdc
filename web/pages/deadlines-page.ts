import type { FastifyInstance, FastifyReply } from 'fastify';
import { formatDate } from '../../data/time/index.ts';
import { DeadlineAcksRepo, deadlineKey } from '../../data/repos/deadline-acks-repo.ts';
import { audienceOf } from '../../handlers/reminders/audience.ts';
import { currentInstances } from '../../handlers/reminders/deadline-instances.ts';
import { inScope } from '../../handlers/web-login/console-scope.ts';
import type { Viewer } from '../auth/viewer.ts';
import { html } from '../html/html.ts';
import { csrfField, page } from '../html/layout.ts';
import { todayIn } from '../views/labels.ts';
import type { WebDeps } from '../web-deps.ts';
import { field, forbidden, notFound, sendHtml, viewerOf } from './respond.ts';

/** What a hand-in marked from the console records as "what the person said". */
const MARKED_ON_BEHALF = '后台代登记';

/**
 * `/deadlines`: each open deadline's hand-in progress per team, in the viewer's scope. A lead,
 * head or HR marks a hand-in on someone's behalf (a paper handed in at the office): it counts
 * exactly like their 「已交」, so the reminders stop for them.
 */
export function deadlinesPage(app: FastifyInstance, deps: WebDeps): void {
  const acks = new DeadlineAcksRepo(deps.db);
  const show = async (viewer: Viewer, reply: FastifyReply, flash?: { text: string }) => {
    const org = deps.org();
    const today = todayIn(deps.clock.now());
    const instances = currentInstances(org.reminders, org.calendar, today);
    const acked = await acks.ackedFor(instances.map((i) => ({ deadlineId: i.deadline.id, period: i.period })));
    const blocks = instances.map((i) => {
      const done = acked.get(deadlineKey({ deadlineId: i.deadline.id, period: i.period })) ?? new Set<string>();
      const people = audienceOf(i, org.directory).filter((p) => inScope(viewer.scope, p));
      if (!people.length) return '';
      const teams = [...new Set(people.map((p) => p.team))];
      return html`<section class="card"><h2>${i.periodLabel}${i.deadline.title}</h2>
<p class="small muted">截止 ${formatDate(i.dueDate)} · 已交 ${people.filter((p) => done.has(p.id)).length}/${people.length}
</p>
${teams.map((team) => {
  const members = people.filter((p) => p.team === team);
  const missing = members.filter((p) => !done.has(p.id));
  return html`<div class="team-progress">
<div class="actions"><strong>${team}</strong>
<progress value="${members.length - missing.length}" max="${members.length}"></progress>
<span class="small">${members.length - missing.length}/${members.length}</span></div>
${
  missing.length
    ? html`<div class="chips">
<span class="small muted">未交：</span>${missing.map(
        (p) => html`<form class="chip" method="post" action="/deadlines/mark">
${csrfField(viewer)}<input type="hidden" name="deadline" value="${i.deadline.id}">
<input type="hidden" name="period" value="${i.period}"><input type="hidden" name="staff" value="${p.id}">${p.name}
<button class="link" title="代为登记已交">登记已交</button></form>`,
      )}</div>`
    : html`<div class="small muted">全部已交</div>`
}</div>`;
})}</section>`;
    });
    const body = html`<h1>材料上交</h1>${blocks.some((b) => b !== '') ? blocks : html`<p class="muted">目前没有进行中的截止事项。</p>`}`;
    return sendHtml(
      reply,
      page(viewer, { title: '材料上交', active: '/deadlines', ...(flash ? { flash } : {}) }, body),
    );
  };

  app.get('/deadlines', async (req, reply) => show(viewerOf(req), reply));

  app.post('/deadlines/mark', async (req, reply) => {
    const viewer = viewerOf(req);
    const org = deps.org();
    const person = org.directory.get(field(req.body, 'staff'));
    if (!person) return notFound(reply, viewer);
    if (!inScope(viewer.scope, person)) return forbidden(reply, viewer);
    const now = deps.clock.now();
    const instance = currentInstances(org.reminders, org.calendar, todayIn(now)).find(
      (i) => i.deadline.id === field(req.body, 'deadline') && i.period === field(req.body, 'period'),
    );
    if (!instance || !audienceOf(instance, org.directory).some((p) => p.id === person.id))
      return notFound(reply, viewer);
    const recorded = await acks.record(
      { deadlineId: instance.deadline.id, period: instance.period },
      person.id,
      MARKED_ON_BEHALF,
      now,
    );
    if (recorded) {
      await deps.audit.add(
        {
          actorId: viewer.person.id,
          action: 'deadline.mark',
          target: `${instance.deadline.id}:${instance.period}:${person.id}`,
          before: { handedIn: false },
          after: { handedIn: true },
        },
        now,
      );
    }
    return show(viewer, reply, {
      text: `已登记${person.name}的${instance.periodLabel}${instance.deadline.title}为已交。`,
    });
  });
}
