import { randomBytes } from 'node:crypto';
import { copyFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { ROLE_NAMES, type Role } from '../../data/org/staff.ts';
import type { Viewer } from '../auth/viewer.ts';
import { html, type SafeHtml } from '../html/html.ts';
import { csrfField, page } from '../html/layout.ts';
import { staffInScope } from '../views/scope-view.ts';
import { previewImport, uploadAsCsv } from '../views/staff-import.ts';
import type { WebDeps } from '../web-deps.ts';
import { forbidden, sendHtml, viewerOf } from './respond.ts';

/** A checked upload waiting for HR's 「应用」: kept in memory for 15 minutes, for the person who uploaded it. */
interface Pending {
  readonly staffId: string;
  readonly csv: string;
  readonly expires: number;
}
const PENDING_MS = 15 * 60 * 1000;

const FIELD_NAMES: Record<string, string> = {
  id: '工号',
  name: '姓名',
  roles: '岗位',
  team: '小组',
  department: '部门',
  gender: '性别',
  hire_date: '入职日期',
  birthday: '生日',
  birthday_calendar: '生日历法',
  birthday_leap_month: '闰月',
  greet_publicly: '公开祝福',
  wecom_userid: '企业微信账号',
  reach_via: '优先渠道',
};

const UPLOAD_HINT =
  '上传 Excel（.xlsx）或 CSV，列与 staff.csv 相同（id, name, roles, team, department, gender, hire_date, …）。' +
  '先检查、显示差异，确认后才会生效。';

function roles(list: readonly Role[]): string {
  return list.map((r) => ROLE_NAMES[r]).join('、');
}

/**
 * `/staff`: the directory in scope. HR imports a new staff.csv or .xlsx: every row and field
 * error, or a diff (added, changed, removed) to confirm; applying writes the organisation
 * folder's staff.csv (the previous one kept as staff.csv.bak) and reloads, as 「重新加载」 would.
 */
export function staffPage(app: FastifyInstance, deps: WebDeps): void {
  const pending = new Map<string, Pending>();

  const show = (
    viewer: Viewer,
    reply: FastifyReply,
    extra: SafeHtml | '' = '',
    flash?: { text: string; bad?: boolean },
    status = 200,
  ) => {
    const org = deps.org();
    const people = staffInScope(org, viewer.scope);
    const isHr = viewer.scope.kind === 'all';
    const importAction = `/staff/import?_csrf=${viewer.csrf}`;
    const upload = isHr
      ? html`<h2>导入人员名单</h2><form class="card" method="post" enctype="multipart/form-data" action="${importAction}">
<p class="small muted">${UPLOAD_HINT}</p>
<div class="actions"><input type="file" name="file" accept=".csv,.xlsx" required><button>检查文件</button></div></form>`
      : '';
    const body = html`<h1>人员名单（${people.length}人）</h1>${extra}${upload}
<p class="small muted">导出：<a href="/export/staff.xlsx">Excel</a> · <a href="/export/staff.csv">CSV</a></p>
<div class="table-wrap"><table><thead><tr><th>工号</th><th>姓名</th><th>岗位</th><th>小组</th><th>部门</th><th>入职日期</th></tr>
</thead><tbody>
${people.map(
  (s) => html`<tr><td>${s.id}</td><td><a href="/balances/${s.id}">${s.name}</a></td>
<td>${roles(s.roles)}</td><td>${s.team}</td><td>${s.department}</td><td>${s.hireDate}</td></tr>`,
)}
</tbody></table></div>`;
    return sendHtml(
      reply,
      page(viewer, { title: '人员名单', active: '/staff', ...(flash ? { flash } : {}) }, body),
      status,
    );
  };

  app.get('/staff', async (req, reply) => show(viewerOf(req), reply));

  app.post('/staff/import', async (req, reply) => {
    const viewer = viewerOf(req);
    if (viewer.scope.kind !== 'all') return forbidden(reply, viewer);
    const file = await req.file();
    if (!file) return show(viewer, reply, '', { text: '请选择一个 .xlsx 或 .csv 文件。', bad: true }, 400);
    if (!/\.(csv|xlsx)$/i.test(file.filename))
      return show(viewer, reply, '', { text: '只接受 .xlsx 或 .csv 文件。', bad: true }, 400);
    const data = await file.toBuffer();
    let csv: string;
    try {
      csv = await uploadAsCsv(file.filename, data);
    } catch {
      return show(
        viewer,
        reply,
        '',
        { text: '这个文件打不开，请确认是 Excel（.xlsx）或 CSV（UTF-8）文件。', bad: true },
        400,
      );
    }
    const preview = previewImport(csv, deps.org().directory);
    if (!preview.ok) {
      const list = html`<div class="card"><h2>文件有 ${preview.problems.length} 处问题，未做任何更改</h2>
<ul class="errors">${preview.problems.map((p) => {
        const row = p.row !== undefined ? `第${p.row}行` : '';
        const column = p.field ? ` · ${FIELD_NAMES[p.field] ?? p.field}（${p.field}）` : '';
        return html`<li>${row}${column}：${p.message}</li>`;
      })}</ul><p class="small muted">行号与 Excel 一致（第1行是表头）。改好后重新上传。</p></div>`;
      return show(viewer, reply, list, undefined, 422);
    }
    const now = Date.now();
    for (const [k, v] of pending) if (v.expires < now) pending.delete(k);
    const token = randomBytes(16).toString('hex');
    pending.set(token, { staffId: viewer.person.id, csv: preview.csv, expires: now + PENDING_MS });
    const nothing = !preview.added.length && !preview.removed.length && !preview.changed.length;
    const counts = `新增${preview.added.length} · 变更${preview.changed.length} · 移除${preview.removed.length}`;
    const diff = html`<div class="card">
<h2>检查通过：${preview.staff.length}人 · ${counts}</h2>
${
  preview.added.length
    ? html`<h3>新增</h3>
<ul>${preview.added.map((s) => html`<li class="diff-added">+ ${s.name}（${s.id}，${s.team}，${roles(s.roles)}）</li>`)}
</ul>`
    : ''
}
${
  preview.changed.length
    ? html`<h3>变更</h3>
<ul>${preview.changed.map((c) => {
        const changes = c.changes.map(
          (f, i) => html`${i ? '；' : ''}${FIELD_NAMES[f.field] ?? f.field} ${f.before || '空'} → ${f.after || '空'}`,
        );
        return html`<li>
${c.person.name}（${c.person.id}）：${changes}</li>`;
      })}</ul>`
    : ''
}
${
  preview.removed.length
    ? html`<h3>移除</h3>
<ul>${preview.removed.map((s) => html`<li class="diff-removed">− ${s.name}（${s.id}，${s.team}）</li>`)}</ul>
<p class="small muted">移除的人将不能再使用同工助手和管理后台。</p>`
    : ''
}
${
  nothing
    ? html`<p>与当前名单完全相同，无需应用。</p>`
    : html`<form method="post" action="/staff/import/${token}/apply">
${csrfField(viewer)}<div class="actions"><button>应用这些更改</button><a href="/staff">取消</a></div></form>`
}</div>`;
    return show(viewer, reply, diff);
  });

  app.post<{ Params: { token: string } }>('/staff/import/:token/apply', async (req, reply) => {
    const viewer = viewerOf(req);
    if (viewer.scope.kind !== 'all') return forbidden(reply, viewer);
    const item = pending.get(req.params.token);
    if (!item || item.staffId !== viewer.person.id || item.expires < Date.now()) {
      return show(viewer, reply, '', { text: '这次导入已过期，请重新上传文件。', bad: true }, 410);
    }
    pending.delete(req.params.token);
    const before = deps.org().directory;
    const preview = previewImport(item.csv, before);
    if (!preview.ok) return show(viewer, reply, '', { text: '文件已不能通过检查，请重新上传。', bad: true }, 422);
    const file = join(deps.store.dir, 'staff.csv');
    const backup = `${file}.bak`;
    copyFileSync(file, backup);
    const tmp = `${file}.tmp-${process.pid}`;
    writeFileSync(tmp, preview.csv);
    renameSync(tmp, file);
    const problems = await deps.store.reload();
    if (problems) {
      // The rest of the folder disagrees with the new directory: put the old file back.
      copyFileSync(backup, file);
      await deps.store.reload();
      return show(
        viewer,
        reply,
        '',
        { text: `机构资料未能用新名单加载，已恢复原名单：\n${problems.slice(0, 400)}`, bad: true },
        422,
      );
    }
    await deps.audit.add(
      {
        actorId: viewer.person.id,
        action: 'staff.import',
        target: 'staff.csv',
        before: {
          count: before.all.length,
          removed: preview.removed.map((s) => s.id),
          changed: preview.changed.map((c) => ({ id: c.person.id, fields: c.changes })),
        },
        after: { count: preview.staff.length, added: preview.added.map((s) => s.id) },
      },
      deps.clock.now(),
    );
    return show(viewer, reply, '', {
      text: `已更新人员名单：新增${preview.added.length}人，变更${preview.changed.length}人，移除${preview.removed.length}人。`,
    });
  });
}
