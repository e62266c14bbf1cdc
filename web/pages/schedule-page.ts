import type { FastifyInstance, FastifyReply } from 'fastify';
import { toOutgoing } from '../../data/message.ts';
import { addDays, atShanghai, formatDate, shanghaiDate, shanghaiTime } from '../../data/time/index.ts';
import { OutboxRepo } from '../../data/repos/outbox-repo.ts';
import { scheduledSendsText } from '../../handlers/scheduled-sends/messages.ts';
import { resumeScheduledSends } from '../../handlers/scheduled-sends/resume-scheduled-sends.ts';
import { featureJobs } from '../../handlers/index.ts';
import { planOccurrences } from '../../scheduler/plan-occurrences.ts';
import type { Viewer } from '../auth/viewer.ts';
import { html } from '../html/html.ts';
import { csrfField, page } from '../html/layout.ts';
import { stamp, todayIn } from '../views/labels.ts';
import type { WebDeps } from '../web-deps.ts';
import { forbidden, sendHtml, viewerOf } from './respond.ts';

const DAYS = 30;

/**
 * `/schedule` (HR): the planned sends of the next 30 days, as `tonggong schedule` computes
 * them; the pause switch (the same as 「暂停定时发送」); what was missed or failed.
 */
export function schedulePage(app: FastifyInstance, deps: WebDeps): void {
  const outbox = new OutboxRepo(deps.db);
  const show = async (viewer: Viewer, reply: FastifyReply, flash?: { text: string }) => {
    if (viewer.scope.kind !== 'all') return forbidden(reply, viewer);
    const org = deps.org();
    const now = deps.clock.now();
    const today = todayIn(now);
    const env = { org, db: deps.db, clock: deps.clock, log: deps.log, calendar: org.calendar };
    const plan = (await planOccurrences(featureJobs(), env, now, atShanghai(addDays(today, DAYS)))).filter(
      (p) => p.sends.length > 0,
    );
    const state = await deps.schedulerSwitch.state();
    const problems = [...(await outbox.list({ status: 'missed' })), ...(await outbox.list({ status: 'failed' }))]
      .sort((a, b) => b.dueAt.getTime() - a.dueAt.getTime())
      .slice(0, 100);
    const name = (id: string) => org.directory.get(id)?.name ?? id;
    const pausedHow =
      state.by === 'env'
        ? '（SCHEDULER_PAUSED 已设置，需去掉后重启）'
        : state.since
          ? `（${stamp(state.since)}起）`
          : '';
    const body = html`<h1>定时发送</h1>
<div class="card actions">${
      state.paused
        ? html`<strong>已暂停</strong>
<span class="small muted">${pausedHow}</span>`
        : html`<span>正常发送中</span>`
    }
${
  state.by !== 'env'
    ? html`<form method="post" action="/schedule/${state.paused ? 'resume' : 'pause'}">
${csrfField(viewer)}<button class="${state.paused ? '' : 'danger'}">${state.paused ? '恢复定时发送' : '暂停全部定时发送'}</button>
</form>`
    : ''
}</div>
${org.calendar.unscheduledYears(today, addDays(today, DAYS)).map(
  (y) => html`<div class="flash bad">
${y}年还没有法定节假日安排：请在 holidays.json 里加上${y}年。</div>`,
)}
<h2>未来${DAYS}天的计划（${plan.length}次）</h2>${
      plan.length
        ? html`<div class="table-wrap"><table><thead><tr><th>时间</th>
<th>任务</th><th>对象</th><th>内容预览</th></tr></thead><tbody>
${plan.map((p) => {
  const first = p.sends[0];
  const text = first ? toOutgoing(first.message).text.replace(/\s+/g, ' ') : '';
  const rooms = p.sends.filter((s) => 'room' in s.to).length;
  return html`<tr><td>${formatDate(shanghaiDate(p.occurrence.dueAt))} ${shanghaiTime(p.occurrence.dueAt)}</td>
<td>${p.job.title ?? p.job.name}</td><td>${p.sends.length - rooms}人${rooms ? `+${rooms}群` : ''}</td>
<td>${text.length > 50 ? `${text.slice(0, 50)}…` : text}</td></tr>`;
})}</tbody></table></div>`
        : html`<p class="muted">未来${DAYS}天没有定时发送。</p>`
    }
<h2>未送达 / 已错过</h2>${
      problems.length
        ? html`<div class="table-wrap"><table><thead><tr><th>应发时间</th><th>任务</th><th>对象</th>
<th>状态</th></tr></thead><tbody>
${problems.map(
  (e) => html`<tr><td>${stamp(e.dueAt)}</td><td>${e.job}</td>
<td>${'staffId' in e.to ? name(String(e.to.staffId)) : e.recipient}</td>
<td><span class="badge rejected">${e.status === 'missed' ? '已错过' : '发送失败'}</span></td></tr>`,
)}
</tbody></table></div>`
        : html`<p class="muted">没有错过或失败的发送。</p>`
    }`;
    return sendHtml(reply, page(viewer, { title: '定时发送', active: '/schedule', ...(flash ? { flash } : {}) }, body));
  };

  app.get('/schedule', async (req, reply) => show(viewerOf(req), reply));

  app.post<{ Params: { action: string } }>('/schedule/:action', async (req, reply) => {
    const viewer = viewerOf(req);
    if (viewer.scope.kind !== 'all') return forbidden(reply, viewer);
    const now = deps.clock.now();
    const before = (await deps.schedulerSwitch.state()).paused;
    let text: string;
    if (req.params.action === 'pause') {
      await deps.schedulerSwitch.pause(viewer.person.id, now);
      deps.log.warn({ by: viewer.person.id }, 'scheduled sends paused from the web console');
      text = scheduledSendsText.paused;
    } else {
      // The chat's own 「恢复定时发送」: what the pause held is told here, once.
      const jobs = () => featureJobs();
      const result = await resumeScheduledSends(
        { switch: deps.schedulerSwitch, outbox: new OutboxRepo(deps.db), jobs },
        viewer.person.id,
        now,
      );
      if (result.resumed) deps.log.warn({ by: viewer.person.id }, 'scheduled sends resumed from the web console');
      text = result.text;
    }
    const after = (await deps.schedulerSwitch.state()).paused;
    if (before !== after)
      await deps.audit.add(
        {
          actorId: viewer.person.id,
          action: `schedule.${req.params.action}`,
          target: 'scheduler',
          before: { paused: before },
          after: { paused: after },
        },
        now,
      );
    return show(viewer, reply, { text });
  });
}
