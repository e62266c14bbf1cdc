import type { FastifyInstance, FastifyReply } from 'fastify';
import { BalanceLedgerRepo } from '../../data/repos/balance-ledger-repo.ts';
import { correctBalance } from '../../handlers/leave/hr/correct-balance.ts';
import { hrLeaveText } from '../../handlers/leave/hr/messages.ts';
import { inScope } from '../../handlers/web-login/console-scope.ts';
import type { Viewer } from '../auth/viewer.ts';
import { html } from '../html/html.ts';
import { csrfField, page } from '../html/layout.ts';
import { balanceRows } from '../views/balances-view.ts';
import { uploadForm } from './balance-import-page.ts';
import { stamp } from '../views/labels.ts';
import { staffInScope } from '../views/scope-view.ts';
import type { WebDeps } from '../web-deps.ts';
import { field, forbidden, notFound, sendHtml, viewerOf } from './respond.ts';

const ENTRY: Record<string, string> = {
  'request-hold': '请假占用',
  'request-release': '请假退回',
  'overtime-credit': '加班计入',
  correction: 'HR调整',
};

/** `/balances`: annual leave and 调休 for everyone in scope; `/balances/:id` the ledger, and HR's adjustment. */
export function balancesPage(app: FastifyInstance, deps: WebDeps): void {
  app.get('/balances', async (req, reply) => {
    const viewer = viewerOf(req);
    const org = deps.org();
    const rows = await balanceRows(deps.db, org, staffInScope(org, viewer.scope), deps.clock.now());
    const exports = html`<a href="/export/balances.xlsx">Excel</a> · <a href="/export/balances.csv">CSV</a>`;
    // What HR looks for first (the remaining days and hours) comes right after the name: on a phone it is on screen.
    const head = ['姓名', '年假剩余', '调休（小时）', '小组', '年假应有', '已批准', '审批中', '调休最早到期'];
    const row = (b: (typeof rows)[number]) => {
      const forfeited = b.annual.forfeited ? html` <span class="badge rejected">本年不享受</span>` : '';
      return html`<tr><td><a href="/balances/${b.person.id}">${b.person.name}</a></td>
<td><strong>${b.annual.remaining}天</strong>${forfeited}</td><td>${b.compHours}</td><td>${b.person.team}</td>
<td>${b.annual.entitlement + b.annual.corrections}天</td><td>${b.annual.taken}天</td><td>${b.annual.pending}天</td>
<td>${b.compNextExpiry ?? '—'}</td></tr>`;
    };
    const body = html`<h1>假期余额</h1>
<p class="small muted">年假按本年度计算（应有 + 调整 − 已批准 − 审批中）；调休为今天仍有效的小时数。导出：${exports}</p>
<div class="table-wrap"><table><thead><tr>${head.map((h) => html`<th>${h}</th>`)}</tr></thead><tbody>
${rows.map(row)}</tbody></table></div>${uploadForm(viewer)}`;
    return sendHtml(reply, page(viewer, { title: '假期余额', active: '/balances' }, body));
  });

  app.get<{ Params: { id: string } }>('/balances/:id', async (req, reply) =>
    showLedger(deps, viewerOf(req), reply, req.params.id),
  );

  app.post<{ Params: { id: string } }>('/balances/:id/adjust', async (req, reply) => {
    const viewer = viewerOf(req);
    const org = deps.org();
    const person = org.directory.get(req.params.id);
    if (!person) return notFound(reply, viewer);
    // Corrections are HR's, as in chat (「调整余额」).
    if (viewer.scope.kind !== 'all') return forbidden(reply, viewer);
    const rules = org.leaveRules;
    const kind = field(req.body, 'kind') === 'comp' ? 'comp' : 'annual';
    const amount = Number(field(req.body, 'amount'));
    const reason = field(req.body, 'reason').slice(0, 200);
    if (
      !rules ||
      !Number.isFinite(amount) ||
      amount === 0 ||
      Math.abs(amount) > 1000 ||
      (kind === 'annual' && amount * 2 !== Math.round(amount * 2))
    ) {
      return showLedger(deps, viewer, reply, person.id, {
        text: '请填写非零的数量：年假以0.5天为单位，调休以小时计。',
        bad: true,
      });
    }
    if (!reason) return showLedger(deps, viewer, reply, person.id, { text: hrLeaveText.adjustNeedReason, bad: true });
    const now = deps.clock.now();
    const [before] = await balanceRows(deps.db, org, [person], now);
    const result = await correctBalance(
      deps.db,
      rules,
      { staffId: person.id, kind, amount, reason, actorId: viewer.person.id },
      now,
    );
    if (!result.ok)
      return showLedger(deps, viewer, reply, person.id, {
        text: hrLeaveText.adjustShort(result.availableHours),
        bad: true,
      });
    const [after] = await balanceRows(deps.db, org, [person], now);
    const snapshot = (b: typeof before) => ({ annualRemaining: b?.annual.remaining, compHours: b?.compHours });
    await deps.audit.add(
      {
        actorId: viewer.person.id,
        action: 'balance.adjust',
        target: `staff:${person.id}`,
        before: snapshot(before),
        after: { ...snapshot(after), kind, amount, reason },
      },
      now,
    );
    const what = kind === 'annual' ? '年假' : '调休';
    const shown = kind === 'annual' ? hrLeaveText.annualAmount(amount) : hrLeaveText.compAmount(amount);
    if (person.id !== viewer.person.id)
      await deps.approvals.leave.notifier.toPerson(person.id, hrLeaveText.toPerson(what, shown, reason));
    return showLedger(deps, viewer, reply, person.id, { text: hrLeaveText.adjusted(person.name, what, shown, reason) });
  });
}

async function showLedger(
  deps: WebDeps,
  viewer: Viewer,
  reply: FastifyReply,
  id: string,
  flash?: { text: string; bad?: boolean },
) {
  const org = deps.org();
  const person = org.directory.get(id);
  if (!person) return notFound(reply, viewer);
  if (!inScope(viewer.scope, person)) return forbidden(reply, viewer);
  const [b] = await balanceRows(deps.db, org, [person], deps.clock.now());
  const ledger = await new BalanceLedgerRepo(deps.db).history(person.id, 200);
  const name = (sid: string) => org.directory.get(sid)?.name ?? sid;
  const adjust =
    viewer.scope.kind === 'all'
      ? html`<h2>调整余额</h2><form class="card" method="post" action="/balances/${person.id}/adjust">${csrfField(viewer)}
<div class="filters"><label>类型<select name="kind"><option value="annual">年假（天）</option>
<option value="comp">调休（小时）</option></select></label>
<label>数量（负数为扣减）<input name="amount" inputmode="decimal" required pattern="-?[0-9]+(\\.[0-9]+)?"></label></div>
<label>理由（必填，会告知本人）<textarea name="reason" required maxlength="200"></textarea></label>
<div class="actions gap-top"><button>保存调整</button></div></form>`
      : '';
  const a = b!.annual;
  const corrections = a.corrections ? `，调整${a.corrections}天` : '';
  const body = html`<h1>${person.name} · 余额与记录</h1>
<div class="card"><dl class="kv"><dt>小组</dt><dd>${person.team}</dd><dt>年假（${a.year}）</dt>
<dd>应有${a.entitlement}天${corrections}，已批准${a.taken}天，审批中${a.pending}天，剩余<strong>${a.remaining}天</strong></dd>
<dt>调休</dt><dd>${b!.compHours}小时${b!.compNextExpiry ? `，最早 ${b!.compNextExpiry} 到期` : ''}</dd></dl></div>
${adjust}
<h2>余额记录</h2>${
    ledger.length
      ? html`<div class="table-wrap"><table><thead><tr><th>时间</th><th>类型</th><th>变动</th>
<th>事项</th><th>经办</th><th>说明</th></tr></thead><tbody>
${ledger.map((e) => {
  const leave = e.requestId ? html` <a href="/requests/leave/${e.requestId}">第${e.requestId}号</a>` : '';
  const overtime = e.overtimeId ? html` <a href="/requests/overtime/${e.overtimeId}">加班${e.overtimeId}</a>` : '';
  return html`<tr><td>${stamp(e.createdAt)}</td><td>${e.kind === 'annual' ? '年假' : '调休'}</td>
<td>${e.amount > 0 ? `+${e.amount}` : e.amount}${e.kind === 'annual' ? '天' : '小时'}</td>
<td>${ENTRY[e.entry] ?? e.entry}${leave}${overtime}</td>
<td>${name(e.actorId)}</td><td class="wrap">${e.note ?? ''}</td></tr>`;
})}</tbody></table>
</div>`
      : html`<p class="muted">还没有记录。</p>`
  }`;
  return sendHtml(
    reply,
    page(viewer, { title: `${person.name} · 余额`, active: '/balances', ...(flash ? { flash } : {}) }, body),
  );
}
