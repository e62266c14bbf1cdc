import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { correctBalance } from '../../handlers/leave/hr/correct-balance.ts';
import { hrLeaveText } from '../../handlers/leave/hr/messages.ts';
import type { Viewer } from '../auth/viewer.ts';
import { html } from '../html/html.ts';
import { csrfField, page } from '../html/layout.ts';
import { balanceChanges, readOpeningBalances, type OpeningBalance } from '../views/balance-import.ts';
import { balanceRows, type BalanceRow } from '../views/balances-view.ts';
import { uploadRows } from '../views/upload-rows.ts';
import type { WebDeps } from '../web-deps.ts';
import { field, forbidden, sendHtml, viewerOf } from './respond.ts';

/** A checked file waiting for 「应用」: in memory for 15 minutes, for the person who uploaded it. */
interface Pending {
  readonly staffId: string;
  readonly balances: readonly OpeningBalance[];
  readonly expires: number;
}
const PENDING_MS = 15 * 60 * 1000;

const days = (n: number) => `${n}天`;
const alert = (text: string) => html`<div class="flash bad" role="alert">${text}</div>`;
const hours = (n: number) => `${n}小时`;

/**
 * `/balances/import` (HR): opening balances from Excel or CSV — each person's remaining annual
 * days this year and valid 调休 hours, as the balances export writes them. The preview shows
 * every row and field problem, or each change (now → file); applying writes, for each, the
 * difference as an HR correction in the balance ledger (the chat's 「调整余额」 service) with
 * HR's reason, and audits it. [decision] People are not messaged one by one: this sets up
 * balances the bot has not tracked yet, and each person's 「余额」 shows the result.
 * 调休 hours added this way count as earned today (valid for the usual period).
 */
export function balanceImportPage(app: FastifyInstance, deps: WebDeps): void {
  const pending = new Map<string, Pending>();

  const show = async (viewer: Viewer, reply: FastifyReply, body: ReturnType<typeof html>, status = 200) =>
    sendHtml(
      reply,
      page(
        viewer,
        { title: '导入期初余额', active: '/balances' },
        html`<p class="small">
<a href="/balances">← 假期余额</a></p>
<h1>导入期初余额</h1>${body}${uploadForm(viewer)}`,
      ),
      status,
    );

  const current = async (balances: readonly OpeningBalance[]): Promise<Map<string, BalanceRow>> => {
    const rows = await balanceRows(
      deps.db,
      deps.org(),
      balances.map((b) => b.person),
      deps.clock.now(),
    );
    return new Map(rows.map((r) => [r.person.id, r]));
  };

  app.post('/balances/import', async (req, reply) => {
    const viewer = viewerOf(req);
    if (viewer.scope.kind !== 'all') return forbidden(reply, viewer);
    const bad = (text: string, status = 400) => show(viewer, reply, alert(text), status);
    if (!deps.org().leaveRules) return bad('机构还没有配置请假规则（leave-rules.json），无法导入余额。', 409);
    const file = await req.file();
    if (!file) return bad('请选择一个 .xlsx 或 .csv 文件。');
    if (!/\.(csv|xlsx)$/i.test(file.filename)) return bad('只接受 .xlsx 或 .csv 文件。');
    let rows: Awaited<ReturnType<typeof uploadRows>>;
    try {
      rows = await uploadRows(file.filename, await file.toBuffer());
    } catch {
      return bad('这个文件打不开，请确认是 Excel（.xlsx）或 CSV（UTF-8）文件。');
    }
    const read = readOpeningBalances(rows, deps.org().directory);
    if (!read.ok) {
      const list = html`<div class="card"><h2>文件有 ${read.problems.length} 处问题，未做任何更改</h2>
<ul class="errors">${read.problems.map(
        (p) =>
          html`<li>${p.row !== undefined ? `第${p.row}行` : ''}${p.column ? ` · ${p.column}` : ''}：${p.message}</li>`,
      )}</ul><p class="small muted">行号与 Excel 一致（第1行是表头）。改好后重新上传。</p></div>`;
      return show(viewer, reply, list, 422);
    }
    const changes = balanceChanges(read.balances, await current(read.balances));
    const now = Date.now();
    for (const [k, v] of pending) if (v.expires < now) pending.delete(k);
    const token = randomBytes(16).toString('hex');
    pending.set(token, { staffId: viewer.person.id, balances: read.balances, expires: now + PENDING_MS });
    const same = read.balances.length - changes.length;
    const diff = html`<div class="card">
<h2>检查通过：${read.balances.length}人，其中${changes.length}人有变化${same ? `，${same}人与现在相同` : ''}</h2>
${
  changes.length
    ? html`<div class="table-wrap"><table><thead><tr><th>姓名</th><th>年假剩余</th><th>调休</th></tr></thead><tbody>
${changes.map(
  (c) => html`<tr><td>${c.person.name}（${c.person.id}）</td>
<td>${c.annual ? `${days(c.annual.from)} → ${days(c.annual.to)}` : '—'}</td>
<td>${c.comp ? `${hours(c.comp.from)} → ${hours(c.comp.to)}` : '—'}</td></tr>`,
)}
</tbody></table></div>
<form method="post" action="/balances/import/${token}/apply" class="gap-top">${csrfField(viewer)}
<label>理由（必填，记入每人的余额记录）<input name="reason" required maxlength="200" value="导入期初余额"></label>
<div class="actions gap-top"><button>应用这些更改</button><a href="/balances">取消</a></div></form>`
    : html`<p>与现在的余额完全相同，无需应用。</p>`
}</div>`;
    return show(viewer, reply, diff);
  });

  app.post<{ Params: { token: string } }>('/balances/import/:token/apply', async (req, reply) => {
    const viewer = viewerOf(req);
    if (viewer.scope.kind !== 'all') return forbidden(reply, viewer);
    const flash = (text: string, status: number) => show(viewer, reply, alert(text), status);
    const item = pending.get(req.params.token);
    if (!item || item.staffId !== viewer.person.id || item.expires < Date.now()) {
      return flash('这次导入已过期，请重新上传文件。', 410);
    }
    const reason = field(req.body, 'reason').slice(0, 200);
    if (!reason) return flash(hrLeaveText.adjustNeedReason, 422);
    const rules = deps.org().leaveRules;
    if (!rules) return flash('机构还没有配置请假规则（leave-rules.json），无法导入余额。', 409);
    pending.delete(req.params.token);
    // Against the balances of this moment: a request decided since the preview is not undone.
    const changes = balanceChanges(item.balances, await current(item.balances));
    const now = deps.clock.now();
    const failed: string[] = [];
    for (const c of changes) {
      const base = { staffId: c.person.id, reason, actorId: viewer.person.id };
      if (c.annual) {
        await correctBalance(deps.db, rules, { ...base, kind: 'annual', amount: c.annual.to - c.annual.from }, now);
      }
      if (c.comp) {
        const amount = c.comp.to - c.comp.from;
        const done = await correctBalance(deps.db, rules, { ...base, kind: 'comp', amount }, now);
        if (!done.ok) failed.push(c.person.name);
      }
      const before = { annualRemaining: c.annual?.from, compHours: c.comp?.from };
      const after = { annualRemaining: c.annual?.to, compHours: c.comp?.to, reason };
      await deps.audit.add(
        { actorId: viewer.person.id, action: 'balance.import', target: `staff:${c.person.id}`, before, after },
        now,
      );
    }
    const text = `已导入期初余额：${changes.length}人的余额已更新（理由：${reason}）。`;
    const note = failed.length ? `\n${failed.join('、')}的调休没能扣减到文件里的数（可用的不够），请逐个核对。` : '';
    const done = { title: '假期余额', active: '/balances', flash: { text: text + note, bad: !!failed.length } };
    return sendHtml(reply, page(viewer, done, html`<p><a href="/balances">查看假期余额</a></p>`));
  });
}

/** The upload form, on `/balances` and under a preview (to try another file). */
export function uploadForm(viewer: Viewer) {
  if (viewer.scope.kind !== 'all') return '';
  // Multipart bodies are read after the CSRF check, so the token rides in the URL.
  const action = `/balances/import?_csrf=${viewer.csrf}`;
  return html`<h2>导入期初余额</h2><form class="card" method="post" enctype="multipart/form-data" action="${action}">
<p class="small muted">上传 Excel（.xlsx）或 CSV：每行一人，列为「工号」「姓名」（可选，用来核对）「年假剩余天数」「调休可用小时」；
留空表示不改。可以先导出余额表，改好数字再上传。先检查、显示每人的变化，确认后才生效。</p>
<div class="actions"><input type="file" name="file" accept=".csv,.xlsx" required><button>检查文件</button></div></form>`;
}
