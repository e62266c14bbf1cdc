import type { FastifyInstance } from 'fastify';
import { html } from '../html/html.ts';
import { page } from '../html/layout.ts';
import { stamp } from '../views/labels.ts';
import type { WebDeps } from '../web-deps.ts';
import { field, forbidden, sendHtml, viewerOf } from './respond.ts';

const ACTIONS: Record<string, string> = {
  'leave.approve': '同意请假',
  'leave.reject': '驳回请假',
  'overtime.approve': '同意加班',
  'overtime.reject': '驳回加班',
  'balance.adjust': '调整余额',
  'staff.import': '导入人员名单',
  'notice.remind': '提醒未确认',
  'notice.cancel': '取消通知',
  'deadline.mark': '代登记已交',
  'schedule.pause': '暂停定时发送',
  'schedule.resume': '恢复定时发送',
  'balance.import': '导入期初余额',
  'calendar.feed': '生成日历订阅链接',
  'calendar.unfeed': '停用日历订阅链接',
  'notice.create': '发通知',
  'question.answer': '答复问题',
  'question.save': '存为问答',
  'question.map': '问题对应章节',
  'question.ignore': '忽略问题',
};
const PAGE = 100;

const KEYS: Record<string, string> = {
  status: '状态',
  trail: '审批进度',
  comment: '意见',
  count: '人数',
  added: '新增',
  removed: '移除',
  changed: '变更',
  annualRemaining: '年假剩余（天）',
  compHours: '调休（小时）',
  kind: '类型',
  amount: '数量',
  reason: '理由',
  remindedAt: '提醒时间',
  unconfirmed: '未确认人数',
  cancelled: '已取消',
  handedIn: '已交',
  paused: '已暂停',
  answer: '答复',
  saved: '已存为问答',
  section: '章节',
  live: '订阅链接有效',
  text: '内容',
  audience: '对象',
  recipients: '收件人数',
  sendAt: '发送时间',
};

function shown(v: unknown): string {
  return typeof v === 'string' ? v : v === true ? '是' : v === false ? '否' : JSON.stringify(v);
}

/** A before/after value as readable lines: `状态：审批中`; nested values as compact JSON. */
function describe(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value !== 'object' || Array.isArray(value)) return JSON.stringify(value);
  return Object.entries(value as Record<string, unknown>)
    .map(([k, v]) => `${KEYS[k] ?? k}：${shown(v)}`)
    .join('\n');
}

/** `/audit` (HR): every change made from the console, newest first, with before and after. */
export function auditPage(app: FastifyInstance, deps: WebDeps): void {
  app.get('/audit', async (req, reply) => {
    const viewer = viewerOf(req);
    if (viewer.scope.kind !== 'all') return forbidden(reply, viewer);
    const org = deps.org();
    const pageNo = Math.max(0, Math.min(10_000, Number(field(req.query, 'page')) || 0));
    const entries = await deps.audit.latest(PAGE + 1, pageNo * PAGE);
    const body = html`<h1>操作记录</h1><p class="small muted">管理后台里的每一次更改：谁、做了什么、何时、更改前后。</p>
${
  entries.length
    ? html`<div class="table-wrap"><table><thead><tr><th>时间</th><th>操作人</th><th>操作</th><th>对象</th>
<th>更改前</th><th>更改后</th></tr></thead><tbody>
${entries.slice(0, PAGE).map(
  (e) => html`<tr><td>${stamp(e.at)}</td>
<td>${org.directory.get(e.actorId)?.name ?? e.actorId}</td><td>${ACTIONS[e.action] ?? e.action}</td><td>${e.target}</td>
<td class="wrap"><pre class="json">${describe(e.before)}</pre></td>
<td class="wrap"><pre class="json">${describe(e.after)}</pre></td></tr>`,
)}</tbody></table>
</div>`
    : html`<p class="muted">还没有记录。</p>`
}
<p class="actions">${pageNo > 0 ? html`<a href="/audit?page=${pageNo - 1}">较新</a>` : ''}
${entries.length > PAGE ? html`<a href="/audit?page=${pageNo + 1}">较早</a>` : ''}</p>`;
    return sendHtml(reply, page(viewer, { title: '操作记录', active: '/audit' }, body));
  });
}
