import { formatDate, type LocalDate } from '../../bot/time/index.ts';
import type { Clause, NoticeRule } from '../../data/leave/leave-rules-schema.ts';
import { formatDays, formatHours, formatSpan } from './format-span.ts';
import type { JoinedHoliday } from './rules/joined-leave.ts';
import type { LeaveSpan } from './rules/leave-span.ts';

/** Why a request is refused or flagged: one sentence each; the quoted rule is added by `quoteClause`. */
export const ruleText = {
  eligibility: (name: string, gender: 'female' | 'male') =>
    `${name}适用于${gender === 'female' ? '女性' : '男性'}员工，按人事档案您不适用。如档案有误，请联系人力资源部。`,
  pastDate: (name: string) => `${name}不能补请已经过去的日期（只有病假可以事后补请），请选今天或以后的日期。`,
  noDays: '所选日期都是休息日或节假日，不需要请假。',
  overlap: (id: number, status: 'pending' | 'approved', typeName: string, span: LeaveSpan) =>
    `与您${status === 'approved' ? '已批准' : '审批中'}的第${id}号${typeName}申请（${formatSpan(span)}）时间重叠。`,
  overEntitlement: (name: string, limit: number, days: number, counting: string, extended?: { days: number; label: string }) =>
    `${name}最多${formatDays(limit)}天${counting === 'calendar-days' ? '（按自然日计）' : ''}，这次是${formatDays(days)}天。` +
    (extended ? `如属${extended.label}，可休${formatDays(extended.days)}天，请在申请里写明“${extended.label}”。` : ''),
  overAnnual: (entitlement: number, tenureYears: number, before: number, days: number) =>
    entitlement === 0
      ? `按工龄（在机构服务满${tenureYears}年）您今年还没有年假。`
      : `您今年的年假还剩${formatDays(before)}天（工龄满${tenureYears}年，全年${formatDays(entitlement)}天），这次要${formatDays(days)}天，余额不足。`,
  compExpired: (hours: number) => `您剩下的${formatHours(hours)}小时加班已过有效期，不能再用来调休。`,
  noComp: '您目前没有已批准、可用于调休的加班时数。请先登记加班并经审批（发送「加班登记」）。',
  compShort: (before: number, needed: number, perDay: number) =>
    `到这次假期结束前可用的调休只有${formatHours(before)}小时（${formatDays(before / perDay)}天），这次需要${formatHours(needed)}小时，余额不足。`,
  overAnnualDays: (name: string, total: number, annualDays: number) =>
    `今年${name}累计将达${formatDays(total)}天，多于您的年假天数（${formatDays(annualDays)}天）。`,
  joinedHoliday: (name: string, hit: JoinedHoliday) =>
    `${name}不能与节假日连休：这段时间${hit.side === 'within' ? '包含' : '紧挨着'}${hit.name}（${formatDate(hit.date)}）。`,
  joinedLeave: (name: string, other: string, id: number, span: LeaveSpan) =>
    `${name}不能与${other}连着休：紧挨着您第${id}号${other}申请（${formatSpan(span)}）。`,
  shortNotice: (notice: NoticeRule, earliest: LocalDate) =>
    `需${notice.kind === 'working-days' ? `提前${notice.days}个工作日` : notice.kind === 'months' ? `提前${notice.months}个月` : ''}申请（${formatDate(earliest)}或以后开始才够），这次提前时间不足。`,
  meetingDay: (name: string, date: LocalDate) => `${formatDate(date)}是${name}，当天原则上不能请假，需部长明确同意。`,
  yearlyThreshold: (message: string, total: number) => `${message}（含这次共${formatDays(total)}天）。`,
  forfeitsAnnual: (name: string) => `加上这次${name}，您今年的事假或病假将达到“不享受当年年休假”的标准。`,
  annualForfeited: '您今年的事假或病假已达到“不享受当年年休假”的标准，这次年假可能不被批准。',
};

/** `依据《员工手册》第三部分…：「原文」` plus the organisation's decision where the documents are silent. */
export function quoteClause(document: string, clause: Clause): string {
  return `依据《${document}》${clause.location}：「${clause.quote}」${clause.decision ? `\n（本机构规定：${clause.decision}）` : ''}`;
}
