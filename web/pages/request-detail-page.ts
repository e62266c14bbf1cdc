import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Viewer } from '../auth/viewer.ts';
import { LeaveRequestsRepo } from '../../data/repos/leave-requests-repo.ts';
import { OvertimeRecordsRepo } from '../../data/repos/overtime-records-repo.ts';
import { typeName } from '../../handlers/leave/leave-summary.ts';
import { inScope } from '../../handlers/web-login/console-scope.ts';
import { html, type SafeHtml } from '../html/html.ts';
import { csrfField, page } from '../html/layout.ts';
import { LEAVE_STATUS, stamp, STEP_ACTION, STEP_STATUS } from '../views/labels.ts';
import { leaveRow, overtimeRow } from '../views/requests-view.ts';
import type { WebDeps } from '../web-deps.ts';
import { statusBadge } from './requests-page.ts';
import { field, forbidden, notFound, sendHtml, viewerOf } from './respond.ts';

type Kind = 'leave' | 'overtime';

const detailText = {
  reasonRequired: '驳回时请写明理由，申请人会收到。',
  decideTitle: '审批',
};

/** The badge colour of an approval step; other statuses (skipped, cancelled…) get a plain badge. */
const STEP_BADGE: Readonly<Record<string, string>> = { approved: 'approved', rejected: 'rejected', waiting: 'pending' };

/**
 * A request with its full approval trail; the approver whose turn it is decides here with
 * the chat's own decision function, so the requester, the next approver and HR hear exactly
 * what they would have heard had the decision been typed in chat.
 */
export function requestDetailPage(app: FastifyInstance, deps: WebDeps): void {
  app.get<{ Params: { kind: string; id: string } }>('/requests/:kind/:id', async (req, reply) => {
    const viewer = viewerOf(req);
    return showDetail(deps, viewer, reply, req.params.kind, Number(req.params.id));
  });

  app.post<{ Params: { kind: string; id: string } }>('/requests/:kind/:id/decide', async (req, reply) => {
    const viewer = viewerOf(req);
    const kind = req.params.kind;
    const id = Number(req.params.id);
    const loaded = await load(deps, kind, id);
    if (!loaded) return notFound(reply, viewer);
    if (!inScope(viewer.scope, loaded.where)) return forbidden(reply, viewer);
    const approve = field(req.body, 'decision') === 'approve';
    const comment = field(req.body, 'comment').slice(0, 500) || null;
    if (!approve && !comment)
      return showDetail(deps, viewer, reply, kind, id, { text: detailText.reasonRequired, bad: true });
    const now = deps.clock.now();
    const out = await deps.decide(viewer.person, { kind: kind as Kind, id }, approve, comment, now);
    const after = await load(deps, kind, id);
    if (after && (after.status !== loaded.status || after.trail !== loaded.trail)) {
      await deps.audit.add(
        {
          actorId: viewer.person.id,
          action: `${kind}.${approve ? 'approve' : 'reject'}`,
          target: `${kind}:${id}`,
          before: { status: loaded.status, trail: loaded.trail },
          after: { status: after.status, trail: after.trail, comment },
        },
        now,
      );
    }
    return showDetail(deps, viewer, reply, kind, id, { text: typeof out === 'string' ? out : out.text });
  });
}

interface Loaded {
  readonly where: { team: string; department: string };
  readonly status: string;
  /** The steps' states in one line: what an audit entry records before and after. */
  readonly trail: string;
  readonly body: (viewer: Viewer) => SafeHtml;
}

async function load(deps: WebDeps, kind: string, id: number): Promise<Loaded | undefined> {
  if (!Number.isSafeInteger(id) || id <= 0) return undefined;
  const org = deps.org();
  const name = (sid: string) => org.directory.get(sid)?.name ?? sid;
  if (kind === 'leave') {
    const repo = new LeaveRequestsRepo(deps.db);
    const r = await repo.get(id);
    if (!r) return undefined;
    const steps = await repo.steps(id);
    return {
      where: r,
      status: LEAVE_STATUS[r.status] ?? r.status,
      trail: steps.map((s) => `${name(s.approverId)}${STEP_STATUS[s.status] ?? s.status}`).join(' → '),
      body: (viewer) => {
        const row = leaveRow(org, r, steps, viewer.person.id, name);
        const trail = html`<ol class="trail">${steps.map((s) => {
          const status = STEP_STATUS[s.status] ?? s.status;
          const badge = html`<span class="badge ${STEP_BADGE[s.status] ?? ''}">${status}</span>`;
          return html`<li>${name(s.approverId)}（${STEP_ACTION[s.action] ?? s.action}）${badge}
${
  s.decidedAt
    ? html` <span class="small muted">${stamp(s.decidedAt)}
</span>`
    : s.waitingSince
      ? html` <span class="small muted">自 ${stamp(s.waitingSince)}</span>`
      : ''
}
${s.comment ? html`<div class="small">意见：${s.comment}</div>` : ''}${
  s.escalationReason
    ? html`<div class="small muted">
${s.escalationReason}</div>`
    : ''
}</li>`;
        })}</ol>`;
        return html`<h1>第${r.id}号请假 · ${row.name}</h1>
<div class="card"><dl class="kv"><dt>状态</dt>
<dd>${statusBadge(r.status)}${r.returnedAt ? html` 已销假 ${stamp(r.returnedAt)}` : ''}</dd>
<dt>小组</dt><dd>${r.team}（${r.department}）</dd><dt>类型</dt><dd>${typeName(org.leaveRules, r.typeKey)}</dd>
<dt>时间</dt><dd>${row.when}</dd><dt>天数</dt><dd>${r.days}天</dd><dt>事由</dt><dd>${r.reason ?? '—'}</dd>
<dt>提交</dt><dd>${stamp(r.createdAt)}</dd>${
          r.flags.length
            ? html`<dt>提示</dt>
<dd>${r.flags.map((f) => html`<div>${f.message}</div>`)}</dd>`
            : ''
        }
${r.decisionComment ? html`<dt>结果说明</dt><dd>${r.decisionComment}</dd>` : ''}</dl></div>
<h2>审批记录</h2><div class="card">${trail}</div>${row.yourTurn ? decideForm(viewer, 'leave', r.id) : ''}`;
      },
    };
  }
  if (kind === 'overtime') {
    const r = await new OvertimeRecordsRepo(deps.db).get(id);
    if (!r) return undefined;
    const person = org.directory.get(r.staffId);
    return {
      where: person ?? { team: '', department: '' },
      status: LEAVE_STATUS[r.status] ?? r.status,
      trail: `${r.approverId ? name(r.approverId) : ''}${LEAVE_STATUS[r.status] ?? r.status}`,
      body: (viewer) => {
        const row = overtimeRow(r, person?.team ?? '', viewer.person.id, name);
        return html`<h1>加班${r.id} · ${row.name}</h1>
<div class="card"><dl class="kv"><dt>状态</dt><dd>${statusBadge(r.status)}</dd><dt>小组</dt><dd>${row.team}</dd>
<dt>时间</dt><dd>${row.when}${r.crossesMidnight ? '（跨午夜）' : ''}</dd><dt>时长</dt><dd>${r.hours}小时</dd><dt>事由</dt>
<dd>${r.reason}</dd>
<dt>调休有效至</dt><dd>${r.expiresOn}</dd><dt>提交</dt><dd>${stamp(r.createdAt)}</dd></dl></div>
<h2>审批记录</h2><div class="card"><ol class="trail"><li>${r.approverId ? name(r.approverId) : '—'} ${statusBadge(r.status)}
${
  r.decidedAt
    ? html` <span class="small muted">${stamp(r.decidedAt)}
</span>`
    : ''
}${r.comment ? html`<div class="small">意见：${r.comment}</div>` : ''}</li></ol></div>
${row.yourTurn ? decideForm(viewer, 'overtime', r.id) : ''}`;
      },
    };
  }
  return undefined;
}

function decideForm(viewer: Viewer, kind: Kind, id: number): SafeHtml {
  return html`<h2>${detailText.decideTitle}</h2>
<form class="card" method="post" action="/requests/${kind}/${id}/decide">${csrfField(viewer)}
<label>意见（驳回时必填）<textarea name="comment" maxlength="500"></textarea></label>
<div class="actions gap-top"><button name="decision" value="approve">同意</button>
<button class="danger" name="decision" value="reject">驳回</button></div></form>`;
}

async function showDetail(
  deps: WebDeps,
  viewer: Viewer,
  reply: FastifyReply,
  kind: string,
  id: number,
  flash?: { text: string; bad?: boolean },
) {
  const loaded = await load(deps, kind, id);
  if (!loaded) return notFound(reply, viewer);
  if (!inScope(viewer.scope, loaded.where)) return forbidden(reply, viewer);
  return sendHtml(
    reply,
    page(
      viewer,
      { title: kind === 'leave' ? `第${id}号请假` : `加班${id}`, active: '/requests', ...(flash ? { flash } : {}) },
      loaded.body(viewer),
    ),
  );
}
