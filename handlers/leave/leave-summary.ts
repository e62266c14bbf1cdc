import type { WorkCalendar } from '../../data/calendar/work-calendar.ts';
import type { LeaveRules } from '../../data/leave/leave-rules-schema.ts';
import type { Directory } from '../../data/org/directory.ts';
import type { ApprovalStep, LeaveRequest } from '../../data/repos/leave-requests-repo.ts';
import type { LocalDate } from '../../data/time/index.ts';
import { formatDays, formatSpan } from './format-span.ts';
import { spanOfRequest } from './leave-facts.ts';
import { approvalText, requestText } from './messages.ts';
import { chainText } from './read-back.ts';

export function typeName(rules: LeaveRules | undefined, key: string): string {
  return rules?.types.find((t) => t.key === key)?.name ?? key;
}

/** 年假 12月7日（周一）至12月9日（周三），3天 */
export function shortSummary(rules: LeaveRules | undefined, r: LeaveRequest): string {
  return `${typeName(rules, r.typeKey)} ${formatSpan(spanOfRequest(r))}，${formatDays(r.days)}天`;
}

/**
 * The caveat for an approver's or HR's copy when a working-day count touches a year without
 * an official schedule (the make-up working days are not known yet), or null.
 */
export function provisionalNote(calendar: WorkCalendar, rules: LeaveRules | undefined, r: LeaveRequest): string | null {
  if (rules?.types.find((t) => t.key === r.typeKey)?.counting === 'calendar-days') return null;
  const years = calendar.unscheduledYears(r.start as LocalDate, r.end as LocalDate);
  return years.length ? approvalText.provisional(years) : null;
}

/** 郑雨（长者服务组）年假 12月7日…，3天 */
export function personSummary(rules: LeaveRules | undefined, directory: Directory, r: LeaveRequest): string {
  const name = directory.get(r.staffId)?.name ?? r.staffId;
  return `${name}（${r.team}）${shortSummary(rules, r)}`;
}

/** The chain with each step's state: 林晓（组长·转呈）✓ → 陈思远（部长·审核）← 当前 → … */
export function chainWithState(steps: readonly ApprovalStep[], directory: Directory, heldBy?: string): string {
  return steps
    .map((s, i) => {
      // Passed up to the one who holds the next step too (「→ 转陈思远 ← 当前 → 陈思远（部长·批准）」 read as two
      // decisions asked of him): one decision covers both, and the card says so.
      const next = steps[i + 1];
      const both =
        s.status === 'waiting' &&
        heldBy !== undefined &&
        next !== undefined &&
        directory.get(next.approverId)?.name === heldBy;
      const mark =
        s.status === 'approved'
          ? approvalText.stepDone
          : s.status === 'waiting'
            ? `${approvalText.stepHere}${both ? approvalText.stepWithNext : ''}`
            : s.status === 'rejected'
              ? '✗'
              : '';
      // A step passed up the line (stall rules) names who holds it now: the card's reader, not the step's approver.
      const passed = s.status === 'waiting' && heldBy !== undefined ? approvalText.stepPassedTo(heldBy) : '';
      return `${chainText([s], directory)}${passed}${mark ? ` ${mark}` : ''}`;
    })
    .join(' → ');
}

/** 审批中，等待陈思远 / 已批准 / 已驳回：理由 / 已撤回 / 已销假 */
export function statusText(r: LeaveRequest, steps: readonly ApprovalStep[], directory: Directory): string {
  if (r.status === 'pending') {
    const waiting = steps.find((s) => s.status === 'waiting');
    return requestText.statusPending(waiting ? (directory.get(waiting.approverId)?.name ?? waiting.approverId) : '');
  }
  if (r.status === 'approved') return r.returnedAt ? requestText.statusReturned : requestText.statusApproved;
  if (r.status === 'rejected') return requestText.statusRejected(r.decisionComment);
  return requestText.statusWithdrawn;
}
