import { parse } from 'csv-parse/sync';
import type { FastifyInstance } from 'fastify';
import { shanghaiDate, shanghaiTime } from '../../data/time/index.ts';
import { LeaveRequestsRepo } from '../../data/repos/leave-requests-repo.ts';
import { NoticeRepo } from '../../data/repos/notice-repo.ts';
import { OvertimeRecordsRepo } from '../../data/repos/overtime-records-repo.ts';
import { findLeave } from '../../handlers/leave/hr/find-leave.ts';
import { LEAVE_CSV_HEADER, leaveMonthCsv } from '../../handlers/leave/hr/leave-csv.ts';
import { monthRange } from '../../handlers/leave/hr/leave-filter.ts';
import { inScope } from '../../handlers/web-login/console-scope.ts';
import { ROLE_NAMES } from '../../data/org/staff.ts';
import type { Viewer } from '../auth/viewer.ts';
import { balanceRows } from '../views/balances-view.ts';
import { LEAVE_STATUS, monthKey, parseMonth, todayIn } from '../views/labels.ts';
import { staffIdInScope, staffInScope } from '../views/scope-view.ts';
import { toCsv, toXlsx, type Column, type TableFile } from '../views/table-file.ts';
import type { WebDeps } from '../web-deps.ts';
import { field, notFound, viewerOf } from './respond.ts';

type Month = { year: number; month: number };

/** 2026-12-07 14:05 (Shanghai): spreadsheets sort and filter this as it is. */
const sortable = (d: Date) => `${shanghaiDate(d)} ${shanghaiTime(d)}`;

const LEAVE_KINDS: Record<string, Column['kind']> = {
  编号: 'number',
  开始日期: 'date',
  结束日期: 'date',
  天数: 'number',
  其中本月天数: 'number',
};

/** The month's leave as the 人事报告书 summary: the same rows as `tonggong export leave`, in the viewer's scope. */
async function leaveTable(deps: WebDeps, viewer: Viewer, m: Month): Promise<TableFile> {
  const org = deps.org();
  const requests = (await findLeave(deps.db, { month: m })).filter((r) => inScope(viewer.scope, r));
  const steps = await new LeaveRequestsRepo(deps.db).stepsFor(requests.map((r) => r.id));
  const rows = parse(leaveMonthCsv(org, m.year, m.month, requests, steps).replace(/^\uFEFF/, ''), {
    from_line: 2,
    relax_column_count: true,
  }) as string[][];
  return {
    name: `请假-${monthKey(m)}`,
    sheet: '请假',
    columns: LEAVE_CSV_HEADER.map((h) => ({ header: h, kind: LEAVE_KINDS[h] ?? 'text' })),
    rows,
  };
}

async function overtimeTable(deps: WebDeps, viewer: Viewer, m: Month): Promise<TableFile> {
  const org = deps.org();
  const { from, to } = monthRange(m.year, m.month);
  const records = (await new OvertimeRecordsRepo(deps.db).between(from, to)).filter((r) =>
    staffIdInScope(org, viewer.scope, r.staffId),
  );
  const name = (id: string | null) => (id ? (org.directory.get(id)?.name ?? id) : '');
  return {
    name: `加班-${monthKey(m)}`,
    sheet: '加班',
    columns: [
      { header: '编号', kind: 'number' },
      { header: '工号' },
      { header: '姓名' },
      { header: '小组/服务点', width: 14 },
      { header: '日期', kind: 'date' },
      { header: '开始' },
      { header: '结束' },
      { header: '小时', kind: 'number' },
      { header: '事由', width: 24 },
      { header: '状态' },
      { header: '审批人' },
      { header: '审批时间', width: 18 },
      { header: '调休有效至', kind: 'date' },
    ],
    rows: records.map((r) => [
      r.id,
      r.staffId,
      name(r.staffId),
      org.directory.get(r.staffId)?.team ?? '',
      r.date,
      r.startTime,
      r.endTime,
      r.hours,
      r.reason,
      LEAVE_STATUS[r.status] ?? r.status,
      name(r.approverId),
      r.decidedAt ? sortable(r.decidedAt) : '',
      r.status === 'approved' ? r.expiresOn : '',
    ]),
  };
}

async function balancesTable(deps: WebDeps, viewer: Viewer): Promise<TableFile> {
  const org = deps.org();
  const today = todayIn(deps.clock.now());
  const rows = await balanceRows(deps.db, org, staffInScope(org, viewer.scope), deps.clock.now());
  return {
    name: `余额-${today}`,
    sheet: '余额',
    columns: [
      { header: '工号' },
      { header: '姓名' },
      { header: '小组/服务点', width: 14 },
      { header: '年度', kind: 'number' },
      { header: '年假应有天数', kind: 'number' },
      { header: '调整天数', kind: 'number' },
      { header: '已批准天数', kind: 'number' },
      { header: '审批中天数', kind: 'number' },
      { header: '年假剩余天数', kind: 'number' },
      { header: '调休可用小时', kind: 'number' },
      { header: '最早到期', kind: 'date' },
    ],
    rows: rows.map((b) => [
      b.person.id,
      b.person.name,
      b.person.team,
      b.annual.year,
      b.annual.entitlement,
      b.annual.corrections,
      b.annual.taken,
      b.annual.pending,
      b.annual.remaining,
      b.compHours,
      b.compNextExpiry,
    ]),
  };
}

async function staffTable(deps: WebDeps, viewer: Viewer): Promise<TableFile> {
  const people = staffInScope(deps.org(), viewer.scope);
  return {
    name: `人员名单-${todayIn(deps.clock.now())}`,
    sheet: '人员',
    columns: [
      { header: '工号' },
      { header: '姓名' },
      { header: '岗位', width: 20 },
      { header: '小组/服务点', width: 14 },
      { header: '部门' },
      { header: '性别' },
      { header: '入职日期', kind: 'date' },
    ],
    // Never birthdays: the year is private (DOMAIN §7); staff.csv itself stays on the server.
    rows: people.map((p) => [
      p.id,
      p.name,
      p.roles.map((r) => ROLE_NAMES[r]).join('、'),
      p.team,
      p.department,
      p.gender === 'female' ? '女' : '男',
      p.hireDate,
    ]),
  };
}

async function noticesTable(deps: WebDeps, viewer: Viewer, m: Month): Promise<TableFile> {
  const org = deps.org();
  const notices = new NoticeRepo(deps.db);
  const { from, to } = monthRange(m.year, m.month);
  const rows: (string | number | null)[][] = [];
  for (const n of await notices.recent(500)) {
    const day = todayIn(n.sendAt);
    if (day < from || day > to || n.cancelledAt) continue;
    for (const r of await notices.recipients(n.id)) {
      if (!staffIdInScope(org, viewer.scope, r.staffId)) continue;
      const p = org.directory.get(r.staffId);
      rows.push([
        n.id,
        sortable(n.sendAt),
        n.text.slice(0, 60),
        r.staffId,
        p?.name ?? '',
        p?.team ?? '',
        r.ackedAt ? '已确认' : '未确认',
        r.ackedAt ? sortable(r.ackedAt) : '',
      ]);
    }
  }
  return {
    name: `通知确认-${monthKey(m)}`,
    sheet: '通知确认',
    columns: [
      { header: '通知编号', kind: 'number' },
      { header: '发送时间', width: 18 },
      { header: '内容', width: 30 },
      { header: '工号' },
      { header: '姓名' },
      { header: '小组/服务点', width: 14 },
      { header: '状态' },
      { header: '确认时间', width: 18 },
    ],
    rows,
  };
}

/**
 * `/export/<what>.<xlsx|csv>?month=YYYY-MM`: leave, overtime, balances, notice confirmations, in the
 * viewer's scope.
 */
export function exportRoutes(app: FastifyInstance, deps: WebDeps): void {
  app.get<{ Params: { file: string } }>('/export/:file', async (req, reply) => {
    const viewer = viewerOf(req);
    const m = /^(leave|overtime|balances|notices|staff)\.(xlsx|csv)$/.exec(req.params.file);
    if (!m) return notFound(reply, viewer);
    const today = todayIn(deps.clock.now());
    const month = parseMonth(field(req.query, 'month')) ?? {
      year: Number(today.slice(0, 4)),
      month: Number(today.slice(5, 7)),
    };
    const what = m[1]!;
    const table =
      what === 'leave'
        ? await leaveTable(deps, viewer, month)
        : what === 'overtime'
          ? await overtimeTable(deps, viewer, month)
          : what === 'balances'
            ? await balancesTable(deps, viewer)
            : what === 'staff'
              ? await staffTable(deps, viewer)
              : await noticesTable(deps, viewer, month);
    const ext = m[2]!;
    const filename = `${table.name}.${ext}`;
    reply
      .header(
        'content-disposition',
        `attachment; filename="${what}.${ext}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
      )
      .header('cache-control', 'no-store');
    if (ext === 'csv') return reply.type('text/csv; charset=utf-8').send(toCsv(table));
    return reply.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').send(await toXlsx(table));
  });
}
