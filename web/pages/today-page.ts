import type { FastifyInstance } from 'fastify';
import { addDays, formatDate, mondayOf } from '../../data/time/index.ts';
import { deadlineKey, DeadlineAcksRepo } from '../../data/repos/deadline-acks-repo.ts';
import { LeaveRequestsRepo } from '../../data/repos/leave-requests-repo.ts';
import { NoticeRepo } from '../../data/repos/notice-repo.ts';
import { waitingFor } from '../../handlers/leave/approval-handler.ts';
import { typeName } from '../../handlers/leave/leave-summary.ts';
import { audienceOf } from '../../handlers/reminders/audience.ts';
import { currentInstances } from '../../handlers/reminders/deadline-instances.ts';
import { inScope } from '../../handlers/web-login/console-scope.ts';
import { html } from '../html/html.ts';
import { page } from '../html/layout.ts';
import { spanText, todayIn } from '../views/labels.ts';
import { staffIdInScope } from '../views/scope-view.ts';
import type { WebDeps } from '../web-deps.ts';
import { sendHtml, viewerOf } from './respond.ts';

/** `/`: what needs the viewer today: their approvals, who is out, deadlines, unconfirmed notices. */
export function todayPage(app: FastifyInstance, deps: WebDeps): void {
  app.get('/', async (req, reply) => {
    const viewer = viewerOf(req);
    const org = deps.org();
    const now = deps.clock.now();
    const today = todayIn(now);
    const year = Number(today.slice(0, 4));
    const name = (id: string) => org.directory.get(id)?.name ?? id;

    const mine = await waitingFor(deps.approvals, viewer.person.id, deps.clock.now());
    const repo = new LeaveRequestsRepo(deps.db);
    const pendingInScope = (await repo.find({ statuses: ['pending'] })).filter((r) => inScope(viewer.scope, r));
    const monday = mondayOf(today);
    const week = (await repo.find({ statuses: ['approved', 'pending'], from: monday, to: addDays(monday, 6) })).filter(
      (r) => inScope(viewer.scope, r),
    );
    const outToday = week.filter((r) => r.start <= today && today <= r.end);

    const acks = new DeadlineAcksRepo(deps.db);
    const instances = currentInstances(org.reminders, org.calendar, today);
    const acked = await acks.ackedFor(instances.map((i) => ({ deadlineId: i.deadline.id, period: i.period })));
    const deadlines = instances
      .map((i) => {
        const people = audienceOf(i, org.directory).filter((p) => inScope(viewer.scope, p));
        const done = acked.get(deadlineKey({ deadlineId: i.deadline.id, period: i.period })) ?? new Set<string>();
        return { i, total: people.length, done: people.filter((p) => done.has(p.id)).length };
      })
      .filter((d) => d.total > 0);

    const notices = new NoticeRepo(deps.db);
    const open: { id: number; text: string; open: number; total: number }[] = [];
    for (const n of await notices.recent(20)) {
      if (n.cancelledAt || n.sendAt > now) continue;
      const recipients = (await notices.recipients(n.id)).filter((r) => staffIdInScope(org, viewer.scope, r.staffId));
      const waiting = recipients.filter((r) => !r.ackedAt).length;
      if (waiting) open.push({ id: n.id, text: n.text, open: waiting, total: recipients.length });
    }

    // The queue is HR's (as 「待回复问题」 in chat): others don't see its count.
    const questions = viewer.scope.kind === 'all' ? (await deps.questions.repo.open()).length : undefined;
    const questionsCard =
      questions === undefined
        ? ''
        : html`<section class="card"><h2>待回复问题（${questions}）</h2>${
            questions
              ? html`<p>有 ${questions} 个同工的问题还没有答复。<a href="/questions">去答复</a></p>`
              : html`<p class="muted">没有待回复的问题。</p>`
          }</section>`;
    const leaveLine = (r: (typeof week)[number]) => {
      const pending = r.status === 'pending' ? html` <span class="badge pending">审批中</span>` : '';
      return html`<li><a href="/requests/leave/${r.id}">${name(r.staffId)}
</a>（${r.team}）${typeName(org.leaveRules, r.typeKey)} ${spanText(r, year)}${pending}</li>`;
    };
    const pendingLink = html`<a href="/requests?status=pending">查看</a>`;
    const pendingNote =
      pendingInScope.length > 0
        ? html`<p class="small muted">范围内审批中的请假共 ${pendingInScope.length} 条，${pendingLink}</p>`
        : '';
    const body = html`<h1>今日 · ${formatDate(today)}</h1>
<div class="grid">
<section class="card"><h2>待我审批（${mine.length}）</h2>${
      mine.length
        ? html`<ul>${mine.map(
            (w) => html`<li>
<a href="/requests/${w.target.kind}/${w.target.id}">${w.line}</a></li>`,
          )}</ul>`
        : html`<p class="muted">没有等您审批的申请。</p>`
    }
${pendingNote}</section>
<section class="card"><h2>今天不在岗（${outToday.length}）</h2>${
      outToday.length
        ? html`<ul>${outToday.map(leaveLine)}
</ul>`
        : html`<p class="muted">今天没有人请假。</p>`
    }</section>
<section class="card"><h2>本周请假</h2>${
      week.length
        ? html`<ul>${week.map(leaveLine)}
</ul>`
        : html`<p class="muted">本周没有请假。</p>`
    }
<p class="small"><a href="/calendar">看日历</a></p></section>
<section class="card"><h2>材料上交</h2>${
      deadlines.length
        ? deadlines.map(
            (d) => html`<div class="gap-bottom">
<div>${d.i.periodLabel}${d.i.deadline.title} · 截止 ${formatDate(d.i.dueDate)}</div>
<div class="actions"><progress value="${d.done}" max="${d.total}"></progress>
<span class="small">已交 ${d.done}/${d.total}</span></div></div>`,
          )
        : html`<p class="muted">目前没有进行中的截止事项。</p>`
    }<p class="small"><a href="/deadlines">详情</a></p></section>
<section class="card"><h2>通知待确认</h2>${
      open.length
        ? html`<ul>${open.map((n) => {
            const text = `${n.text.slice(0, 24)}${n.text.length > 24 ? '…' : ''}`;
            return html`<li>
<a href="/notices/${n.id}">通知${n.id}</a> ${text} · 未确认 ${n.open}/${n.total}</li>`;
          })}</ul>`
        : html`<p class="muted">没有待确认的通知。</p>`
    }</section>
${questionsCard}
</div>`;
    return sendHtml(reply, page(viewer, { title: '今日', active: '/' }, body));
  });
}
