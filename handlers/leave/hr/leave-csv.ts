import { formatDate, formatDateTime } from '../../../data/time/index.ts';
import type { Org } from '../../../data/org/load-org.ts';
import { flagAbout, type ApprovalStep, type LeaveRequest } from '../../../data/repos/leave-requests-repo.ts';
import { spanOfRequest } from '../leave-facts.ts';
import { ACTION_LABEL } from '../messages.ts';
import { countLeaveDays } from '../rules/count-leave-days.ts';
import { monthRange } from './leave-filter.ts';

const HALF: Record<string, string> = { full: '全天', am: '上午', pm: '下午' };
const STATUS: Record<string, string> = {
  pending: '审批中',
  approved: '已批准',
  rejected: '已驳回',
  withdrawn: '已撤回',
};
const STEP: Record<string, string> = {
  approved: '同意',
  rejected: '驳回',
  waiting: '待审批',
  queued: '未到',
  cancelled: '取消',
};

export const LEAVE_CSV_HEADER = [
  '编号',
  '工号',
  '姓名',
  '部门',
  '小组/服务点',
  '请假类型',
  '开始日期',
  '开始时段',
  '结束日期',
  '结束时段',
  '天数',
  '其中本月天数',
  '事由',
  '状态',
  '提交时间',
  '审批记录',
  '提示',
  '销假时间',
];

/**
 * A month of requests as the 人事报告书 summary, for Excel: UTF-8 with a BOM (without it Excel
 * on Windows reads the Chinese as mojibake), CRLF line ends, fields quoted as needed.
 * "其中本月天数" counts only the days inside the month, for a request crossing its end.
 */
export function leaveMonthCsv(
  org: Org,
  year: number,
  month: number,
  requests: readonly LeaveRequest[],
  steps: ReadonlyMap<number, readonly ApprovalStep[]>,
): string {
  const { from, to } = monthRange(year, month);
  const rows = requests.map((r) => {
    const person = org.directory.get(r.staffId);
    const type = org.leaveRules?.types.find((t) => t.key === r.typeKey);
    const span = spanOfRequest(r);
    const clipped = {
      start: span.start < from ? from : span.start,
      startHalf: span.start < from ? 'full' : span.startHalf,
      end: span.end > to ? to : span.end,
      endHalf: span.end > to ? 'full' : span.endHalf,
    } as const;
    const inMonth = type ? countLeaveDays(org.calendar, type.counting, clipped).days : r.days;
    const chain = (steps.get(r.id) ?? [])
      .map((s) => {
        const who = org.directory.get(s.approverId)?.name ?? s.approverId;
        const when = s.decidedAt ? ` ${formatDateTime(s.decidedAt, { withYear: true })}` : '';
        const action = ACTION_LABEL[s.action] ?? s.action;
        return `${who}（${action}）${stepText(r, s)}${when}${s.comment ? `：${s.comment}` : ''}`;
      })
      .join('；');
    return [
      String(r.id),
      r.staffId,
      person?.name ?? '',
      r.department,
      r.team,
      type?.name ?? r.typeKey,
      // Words with the weekday, not ISO dates or date-times: Excel keeps these as written.
      formatDate(span.start, { withYear: true }),
      HALF[r.startHalf] ?? r.startHalf,
      formatDate(span.end, { withYear: true }),
      HALF[r.endHalf] ?? r.endHalf,
      String(r.days),
      String(inMonth),
      r.reason ?? (type && !type.keepReason ? type.name : ''),
      `${STATUS[r.status] ?? r.status}`,
      formatDateTime(r.createdAt, { withYear: true }),
      chain,
      r.flags.map(flagAbout).join('；'),
      r.returnedAt ? formatDateTime(r.returnedAt, { withYear: true }) : '',
    ];
  });
  return `\uFEFF${[LEAVE_CSV_HEADER, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** A step the applicant's withdrawal closed was never decided: say so, not that the approver cancelled it. */
function stepText(r: LeaveRequest, s: ApprovalStep): string {
  if (r.status === 'withdrawn' && s.status !== 'approved' && s.status !== 'rejected') return '未审批（申请人已撤回）';
  return STEP[s.status] ?? s.status;
}

function csvField(value: string): string {
  // A leading = + - @ would make Excel run the cell as a formula.
  const safe = /^[=+\-@]/.test(value) && !/^-?\d/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
