import type { FastifyInstance } from 'fastify';
import type { LeaveStatus } from '../../data/repos/leave-requests-repo.ts';
import { html, type SafeHtml } from '../html/html.ts';
import { page } from '../html/layout.ts';
import { LEAVE_STATUS, monthKey, parseMonth, todayIn } from '../views/labels.ts';
import { listRequests, type RequestFilter, type RequestRow } from '../views/requests-view.ts';
import { staffInScope, teamsInScope } from '../views/scope-view.ts';
import type { WebDeps } from '../web-deps.ts';
import { field, sendHtml, viewerOf } from './respond.ts';

const STATUSES: readonly LeaveStatus[] = ['pending', 'approved', 'rejected', 'withdrawn'];

export function statusBadge(status: string): SafeHtml {
  return html`<span class="badge ${status}">${LEAVE_STATUS[status] ?? status}</span>`;
}

export function requestLink(r: Pick<RequestRow, 'kind' | 'id'>): string {
  return `/requests/${r.kind}/${r.id}`;
}

/** The table of requests (also on the today page). */
export function requestTable(rows: readonly RequestRow[], empty: string): SafeHtml {
  if (!rows.length) return html`<p class="muted">${empty}</p>`;
  return html`<div class="table-wrap"><table><thead><tr><th>编号</th><th>姓名</th><th>小组</th><th>类型</th><th>时间</th>
<th>时长</th><th>状态</th></tr></thead><tbody>
${rows.map((r) => {
  const approve = r.yourTurn ? html` · <a href="${requestLink(r)}">去审批</a>` : '';
  const waiting = r.waitingOn ? html`<div class="small muted">等待${r.waitingOn}${approve}</div>` : '';
  return html`<tr><td><a href="${requestLink(r)}">${r.kind === 'leave' ? `第${r.id}号` : `加班${r.id}`}</a></td>
<td>${r.name}</td><td>${r.team}</td>
<td>${r.type}</td><td>${r.when}</td><td>${r.amount}</td>
<td>${statusBadge(r.status)}${waiting}</td></tr>`;
})}</tbody></table></div>`;
}

/** Parses the filter form; a value that names nothing in the viewer's scope is dropped. */
export function readFilter(
  query: unknown,
  deps: WebDeps,
  teams: readonly string[],
  people: ReadonlySet<string>,
): RequestFilter {
  const today = todayIn(deps.clock.now());
  const month = parseMonth(field(query, 'month')) ?? {
    year: Number(today.slice(0, 4)),
    month: Number(today.slice(5, 7)),
  };
  const team = field(query, 'team');
  const type = field(query, 'type');
  const status = field(query, 'status') as LeaveStatus;
  const person = field(query, 'person');
  const types = new Set([...(deps.org().leaveRules?.types.map((t) => t.key) ?? []), 'overtime']);
  return {
    month,
    ...(teams.includes(team) ? { team } : {}),
    ...(types.has(type) ? { type } : {}),
    ...(STATUSES.includes(status) ? { status } : {}),
    ...(people.has(person) ? { staffId: person } : {}),
  };
}

export function requestsPage(app: FastifyInstance, deps: WebDeps): void {
  app.get('/requests', async (req, reply) => {
    const viewer = viewerOf(req);
    const org = deps.org();
    const teams = teamsInScope(org, viewer.scope);
    const staff = staffInScope(org, viewer.scope);
    const filter = readFilter(req.query, deps, teams, new Set(staff.map((s) => s.id)));
    const rows = await listRequests(deps.db, org, viewer.scope, viewer.person.id, filter);
    const option = (value: string, label: string, selected: string | undefined) =>
      html`<option value="${value}"${value === (selected ?? '') ? html` selected` : ''}>${label}</option>`;
    const month = monthKey(filter.month);
    const exportQuery = `month=${month}`;
    const typeOptions = [
      ...(org.leaveRules?.types ?? []).map((t) => option(t.key, t.name, filter.type)),
      option('overtime', '加班', filter.type),
    ];
    const statusOptions = STATUSES.map((s) => option(s, LEAVE_STATUS[s]!, filter.status));
    const personOptions = staff.map((s) => option(s.id, `${s.name}（${s.team}）`, filter.staffId));
    const body = html`<h1>请假与加班</h1>
<form class="filters" method="get" action="/requests">
<label>月份<input type="month" name="month" value="${month}"></label>
<label>小组<select name="team">${option('', '全部', filter.team)}${teams.map((t) => option(t, t, filter.team))}</select>
</label>
<label>类型<select name="type">${option('', '全部', filter.type)}${typeOptions}</select></label>
<label>状态<select name="status">${option('', '全部', filter.status)}${statusOptions}</select></label>
<label>人员<select name="person">${option('', '全部', filter.staffId)}${personOptions}</select></label>
<button>筛选</button></form>
<p class="small muted">共 ${rows.length} 条 · 导出本月：
<a href="/export/leave.xlsx?${exportQuery}">请假 Excel</a> · <a href="/export/leave.csv?${exportQuery}">CSV</a> ·
<a href="/export/overtime.xlsx?${exportQuery}">加班 Excel</a> · <a href="/export/overtime.csv?${exportQuery}">CSV</a></p>
${requestTable(rows, '这个月没有符合条件的申请。')}`;
    return sendHtml(reply, page(viewer, { title: '请假与加班', active: '/requests' }, body));
  });
}
