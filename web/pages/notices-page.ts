import type { FastifyInstance, FastifyReply } from 'fastify';
import { OutboxRepo } from '../../data/repos/outbox-repo.ts';
import { cancelNotice } from '../../handlers/notices/cancel-notice.ts';
import { remindUnconfirmed } from '../../handlers/notices/remind-unconfirmed.ts';
import { noticeDelivery } from '../../handlers/notices/notice-delivery.ts';
import { noticeStatus } from '../../handlers/notices/notice-status.ts';
import { NoticeRepo, type Notice } from '../../data/repos/notice-repo.ts';
import type { Viewer } from '../auth/viewer.ts';
import { html } from '../html/html.ts';
import { csrfField, page } from '../html/layout.ts';
import { stamp, todayIn } from '../views/labels.ts';
import { staffIdInScope } from '../views/scope-view.ts';
import type { WebDeps } from '../web-deps.ts';
import { field, forbidden, notFound, sendHtml, viewerOf } from './respond.ts';

function state(n: Notice, now: Date): { key: string; label: string } {
  if (n.cancelledAt) return { key: 'withdrawn', label: '已取消' };
  if (n.sendAt > now) return { key: 'pending', label: '待发送' };
  return { key: 'approved', label: '已发送' };
}

/**
 * `/notices`: HR's notices with who has confirmed, by team (a lead or head sees their own
 * people's confirmations). HR reminds the unconfirmed once and cancels a scheduled notice,
 * with the same repository steps and texts as 「提醒未确认 7」 and 「取消通知 7」.
 */
export function noticesPage(app: FastifyInstance, deps: WebDeps): void {
  const notices = new NoticeRepo(deps.db);
  const outbox = new OutboxRepo(deps.db);

  app.get('/notices', async (req, reply) => {
    const viewer = viewerOf(req);
    const org = deps.org();
    const now = deps.clock.now();
    const rows = [];
    for (const n of await notices.recent(100)) {
      const recipients = (await notices.recipients(n.id)).filter((r) => staffIdInScope(org, viewer.scope, r.staffId));
      if (!recipients.length) continue;
      rows.push({ n, total: recipients.length, acked: recipients.filter((r) => r.ackedAt).length });
    }
    const month = todayIn(now).slice(0, 7);
    const compose = viewer.scope.kind === 'all' ? html`<p><a class="button" href="/notices/new">发通知</a></p>` : '';
    const xlsx = html`<a href="/export/notices.xlsx?month=${month}">Excel</a>`;
    const exports = html`${xlsx} · <a href="/export/notices.csv?month=${month}">CSV</a>`;
    const body = html`<h1>通知</h1>${compose}<p class="small muted">导出本月确认情况：${exports}</p>
${
  rows.length
    ? html`<div class="table-wrap"><table><thead><tr><th>编号</th><th>内容</th><th>发送时间</th><th>状态</th>
<th>已确认</th></tr></thead><tbody>
${rows.map(({ n, total, acked }) => {
  const s = state(n, now);
  return html`<tr><td><a href="/notices/${n.id}">通知${n.id}</a></td>
<td class="wrap">${n.text.length > 40 ? `${n.text.slice(0, 40)}…` : n.text}</td><td>${stamp(n.sendAt)}</td>
<td><span class="badge ${s.key}">${s.label}</span></td>
<td>${
    s.key === 'approved'
      ? html`<progress value="${acked}" max="${total}">
</progress> ${acked}/${total}`
      : `${total}人`
  }</td></tr>`;
})}</tbody></table></div>`
    : html`<p class="muted">还没有通知。</p>`
}`;
    return sendHtml(reply, page(viewer, { title: '通知', active: '/notices' }, body));
  });

  const show = async (viewer: Viewer, reply: FastifyReply, id: number, flash?: { text: string; bad?: boolean }) => {
    const org = deps.org();
    const n = Number.isSafeInteger(id) ? await notices.get(id) : undefined;
    if (!n) return notFound(reply, viewer);
    const recipients = (await notices.recipients(n.id)).filter((r) => staffIdInScope(org, viewer.scope, r.staffId));
    if (!recipients.length) return forbidden(reply, viewer);
    const now = deps.clock.now();
    const s = state(n, now);
    const ids = new Map(recipients.map((r) => [r.staffId, r.ackedAt]));
    const teams = org.directory
      .teams()
      .map((team) => {
        const people = org.directory.team(team).filter((p) => ids.has(p.id));
        return { team, done: people.filter((p) => ids.get(p.id)), open: people.filter((p) => !ids.get(p.id)) };
      })
      .filter((t) => t.done.length + t.open.length > 0);
    const gone = recipients.filter((r) => !org.directory.get(r.staffId));
    const open = recipients.filter((r) => !r.ackedAt).length;
    const isHr = viewer.scope.kind === 'all';
    const remindButton = html`<button>提醒未确认的${open}人</button>`;
    const remind =
      s.key === 'approved' && open && !n.remindedAt
        ? html`<form method="post" action="/notices/${n.id}/remind">${csrfField(viewer)}${remindButton}</form>`
        : '';
    const actions = isHr
      ? html`<div class="actions">${remind}
${n.remindedAt ? html`<span class="small muted">已于 ${stamp(n.remindedAt)} 提醒过</span>` : ''}
${
  s.key === 'pending'
    ? html`<form method="post" action="/notices/${n.id}/cancel">${csrfField(viewer)}
<button class="danger">取消这条通知</button></form>`
    : ''
}</div>`
      : '';
    // What actually went out, from the outbox: the chat's 「通知 7 状态」 text (HR only: it names everyone).
    const delivery = isHr ? await noticeDelivery(outbox, n, await notices.recipients(n.id)) : undefined;
    const status = delivery
      ? html`<details class="card"><summary>发送情况（与聊天里「通知${n.id}状态」相同）</summary>
<p class="pre small">${noticeStatus(delivery, await deps.schedulerSwitch.isPaused(), now, org.directory)}</p></details>`
      : '';
    const body = html`<h1>通知${n.id} <span class="badge ${s.key}">${s.label}</span></h1>${status}
<div class="card"><p>${n.text}</p>
<p class="small muted">发送时间 ${stamp(n.sendAt)} · 对象 ${n.audience} · 已确认 ${recipients.length - open}/${recipients.length}
</p>${actions}</div>
<h2>确认情况（按小组）</h2><div class="table-wrap"><table><thead><tr><th>小组</th><th>未确认</th><th>已确认</th></tr></thead><tbody>
${teams.map(
  (t) => html`<tr><td>${t.team}</td><td class="wrap">${t.open.map((p) => p.name).join('、') || '—'}</td>
<td class="wrap">${t.done.map((p) => p.name).join('、') || '—'}</td></tr>`,
)}
${
  gone.length
    ? html`<tr><td>已不在名单</td><td colspan="2" class="wrap">${gone.map((r) => r.staffId).join('、')}</td>
</tr>`
    : ''
}</tbody></table></div>`;
    return sendHtml(
      reply,
      page(viewer, { title: `通知${n.id}`, active: '/notices', ...(flash ? { flash } : {}) }, body),
    );
  };

  app.get<{ Params: { id: string } }>('/notices/:id', async (req, reply) => {
    // Just created from the compose page (a redirect, so a reload doesn't send it twice).
    const created =
      field(req.query, 'created') === '1'
        ? { text: '通知已保存：到发送时间（立即发送的在一分钟内）同工助手会私信发给每位收件人。' }
        : undefined;
    return show(viewerOf(req), reply, Number(req.params.id), created);
  });

  app.post<{ Params: { id: string } }>('/notices/:id/remind', async (req, reply) => {
    const viewer = viewerOf(req);
    if (viewer.scope.kind !== 'all') return forbidden(reply, viewer);
    const id = Number(req.params.id);
    const now = deps.clock.now();
    const n = Number.isSafeInteger(id) ? await notices.get(id) : undefined;
    if (!n) return notFound(reply, viewer);
    // The chat's own 「提醒未确认」: only those whose copy was sent, once per notice.
    const { text, reminding } = await remindUnconfirmed({ notices, outbox }, id, now);
    if (reminding) {
      const after = { remindedAt: now.toISOString(), unconfirmed: reminding };
      await deps.audit.add(
        {
          actorId: viewer.person.id,
          action: 'notice.remind',
          target: `notice:${id}`,
          before: { remindedAt: null },
          after,
        },
        now,
      );
    }
    return show(viewer, reply, id, { text });
  });

  app.post<{ Params: { id: string } }>('/notices/:id/cancel', async (req, reply) => {
    const viewer = viewerOf(req);
    if (viewer.scope.kind !== 'all') return forbidden(reply, viewer);
    const id = Number(req.params.id);
    const now = deps.clock.now();
    if (!Number.isSafeInteger(id) || !(await notices.get(id))) return notFound(reply, viewer);
    // The chat's own 「取消通知」: says what really happened to a notice past its time.
    const { text, cancelled } = await cancelNotice({ notices, outbox }, id, now);
    if (cancelled) {
      const change = { before: { cancelled: false }, after: { cancelled: true } };
      await deps.audit.add(
        { actorId: viewer.person.id, action: 'notice.cancel', target: `notice:${id}`, ...change },
        now,
      );
    }
    return show(viewer, reply, id, { text, bad: !cancelled });
  });
}
