import type { FastifyInstance } from 'fastify';
import { eachDay, WEEKDAY_NAMES, weekdayOf } from '../../data/time/index.ts';
import { LeaveRequestsRepo } from '../../data/repos/leave-requests-repo.ts';
import { monthRange } from '../../handlers/leave/hr/leave-filter.ts';
import { typeName } from '../../handlers/leave/leave-summary.ts';
import { inScope } from '../../handlers/web-login/console-scope.ts';
import { escapeHtml, html, raw } from '../html/html.ts';
import { page } from '../html/layout.ts';
import { monthKey, parseMonth, todayIn } from '../views/labels.ts';
import { daysOut } from '../views/leave-days-view.ts';
import { staffInScope, teamsInScope } from '../views/scope-view.ts';
import type { WebDeps } from '../web-deps.ts';
import { feedSection } from './calendar-feed-page.ts';
import { field, forbidden, sendHtml, viewerOf } from './respond.ts';

const HALF_MARK = { full: '休', am: '上', pm: '下' } as const;

/** `/calendar`: a month grid per team; holidays, weekends and make-up working days shaded from the work calendar. */
export function calendarPage(app: FastifyInstance, deps: WebDeps): void {
  app.get('/calendar', async (req, reply) => {
    const viewer = viewerOf(req);
    const org = deps.org();
    const today = todayIn(deps.clock.now());
    const m = parseMonth(field(req.query, 'month')) ?? {
      year: Number(today.slice(0, 4)),
      month: Number(today.slice(5, 7)),
    };
    const teams = teamsInScope(org, viewer.scope);
    const asked = field(req.query, 'team');
    if (asked && !teams.includes(asked)) return forbidden(reply, viewer);
    const shown = asked ? [asked] : teams;
    const { from, to } = monthRange(m.year, m.month);
    const requests = (
      await new LeaveRequestsRepo(deps.db).find({ statuses: ['approved', 'pending'], from, to })
    ).filter((r) => inScope(viewer.scope, r));
    const out = daysOut(org, requests, from, to);
    const days = [...eachDay(from, to)];
    // Worked out once per day, not once per cell: 300 people × 31 days is 9,300 cells.
    const dayClass = days.map((d) => {
      const info = org.calendar.dayInfo(d);
      return info.kind === 'holiday'
        ? 'hol'
        : info.kind === 'makeup-workday'
          ? 'mk'
          : info.kind === 'weekend'
            ? 'off'
            : '';
    });
    const emptyCell = dayClass.map((c) => `<td class="${c}"></td>`);
    const head = html`<thead><tr><th class="name">姓名</th>${days.map(
      (d, i) => html`<th class="${dayClass[i]!}" title="${org.calendar.dayInfo(d).name ?? ''}">${Number(d.slice(8))}<br>
${WEEKDAY_NAMES[weekdayOf(d)]!.slice(1)}</th>`,
    )}</tr></thead>`;
    const staff = staffInScope(org, viewer.scope);
    const prev = m.month === 1 ? { year: m.year - 1, month: 12 } : { year: m.year, month: m.month - 1 };
    const next = m.month === 12 ? { year: m.year + 1, month: 1 } : { year: m.year, month: m.month + 1 };
    const teamQuery = asked ? `&team=${encodeURIComponent(asked)}` : '';
    const grids = shown.map((team) => {
      const members = staff.filter((s) => s.team === team);
      // Plain string building for the 9,000-odd cells; every value that isn't ours is escaped.
      const rows = members.map((s) => {
        const mine = out.get(s.id);
        let row = `<tr><td class="name">${escapeHtml(s.name)}</td>`;
        days.forEach((d, i) => {
          const o = mine?.get(d);
          if (!o) {
            row += emptyCell[i]!;
            return;
          }
          const half = o.half === 'full' ? '' : o.half === 'am' ? '（上午）' : '（下午）';
          const label = `${typeName(org.leaveRules, o.typeKey)}${half}${o.pending ? '·审批中' : ''}`;
          const cls = `out${o.half !== 'full' ? ' half' : ''}${o.pending ? ' pending' : ''}`;
          row += `<td class="${dayClass[i]!}">
<a class="${cls}" href="/requests/leave/${o.requestId}" title="${escapeHtml(label)}">${HALF_MARK[o.half]}</a></td>`;
        });
        return raw(`${row}</tr>`);
      });
      return html`<h2>${team}</h2><div class="table-wrap"><table class="cal">${head}<tbody>${rows}</tbody></table>
</div>`;
    });
    const body = html`<h1>请假日历 · ${m.year}年${m.month}月</h1>
<form class="filters" method="get" action="/calendar">
<label>月份<input type="month" name="month" value="${monthKey(m)}"></label>
<label>小组<select name="team"><option value="">全部</option>
${teams.map((t) => html`<option value="${t}"${t === asked ? html` selected` : ''}>${t}</option>`)}</select></label>
<button>查看</button><a class="button secondary" href="/calendar?month=${monthKey(prev)}${teamQuery}">上月</a>
<a class="button secondary" href="/calendar?month=${monthKey(next)}${teamQuery}">下月</a></form>
<div class="legend"><span><i class="lg-out"></i>休假</span><span><i class="lg-pending"></i>审批中</span>
<span><i class="lg-hol"></i>法定节假日</span><span><i class="lg-mk"></i>调休上班日</span><span><i class="lg-off"></i>周末</span>
<span>上/下 = 上午/下午半天</span></div>
<p class="small"><a href="/calendar.ics${asked ? `?team=${encodeURIComponent(asked)}` : ''}">下载日历文件（.ics）</a></p>
${grids}${await feedSection(deps, viewer)}`;
    return sendHtml(reply, page(viewer, { title: '请假日历', active: '/calendar' }, body));
  });
}
