import { formatDate, type LocalDate } from '../../data/time/index.ts';
import type { Restored } from './approved-leave-changes.ts';
import { formatDays, formatHours } from './format-span.ts';

/** 「年假余额已退回2天」: what went back, or '' for leave without a balance. */
export function restoredText(restored: readonly Restored[]): string {
  return restored
    .map((r) =>
      r.kind === 'annual' ? `年假余额已退回${formatDays(r.days)}天` : `调休已退回${formatHours(r.hours)}小时`,
    )
    .join('，');
}

/** What people read when approved leave is cancelled or cut short (issue 13). */
export const changeText = {
  askedApplicant: (id: number, summary: string, approver: string) =>
    `已请${approver}确认取消第${id}号（${summary}）。确认后会通知您，余额随即退回；确认前假期仍按原安排。`,
  toApprover: (name: string, id: number, summary: string) =>
    [
      `【取消请假待确认】${name}申请取消已批准的第${id}号（${summary}）。`,
      `同意请回复「同意取消 ${id}」，不同意请回复「不同意取消 ${id} 理由」。`,
    ].join('\n'),
  alreadyAsked: (id: number, approver: string) => `第${id}号的取消申请已在等待${approver}确认，请耐心等候。`,
  pending: (id: number) => `第${id}号还在审批中，直接发「撤回 ${id}」就可以撤回。`,
  ended: (id: number) => `第${id}号的假期已经结束，不能再取消。如记录有误，请联系人力资源部。`,
  begun: (id: number, start: LocalDate) =>
    `第${id}号已于${formatDate(start)}开始，不能再取消。如已提前回来上班，请发「销假」，未休的天数会退回。`,
  notFound: '没有找到可以取消的已批准请假。请带上编号，如「取消已批准的 12 号」；发「我的请假」可以查看编号。',
  which: '请带上编号或日期，如「取消已批准的 12 号」。发「我的请假」可以查看编号。',
  cancelled: (id: number, summary: string, restored: string) =>
    `第${id}号（${summary}）已取消${restored ? `，${restored}` : ''}。`,
  cancelledToHr: (name: string, id: number, summary: string, by: string, restored: string) =>
    `【取消请假】${name}已批准的第${id}号（${summary}）已取消，经${by}确认${restored ? `；${restored}` : ''}。`,
  confirmedApprover: (id: number, name: string) => `已确认取消${name}的第${id}号请假。`,
  passedOn: (id: number, name: string, next: string) => `已确认。${name}的第${id}号取消申请转由${next}确认。`,
  declinedApplicant: (id: number, approver: string, comment: string | null) =>
    `${approver}未同意取消第${id}号，假期仍按原安排${comment ? `（${comment}）` : ''}。如有疑问请与${approver}沟通。`,
  declinedApprover: (id: number, name: string) => `已回复：不同意取消${name}的第${id}号请假，已告知本人。`,
  notYours: (id: number) => `第${id}号没有等待您确认的取消申请。`,
  cancelHint: '同意请回复「同意取消 编号」，不同意请回复「不同意取消 编号 理由」。',
  waitingLine: (id: number, name: string, summary: string) => `· 第${id}号 ${name} ${summary}（申请取消，待您确认）`,
  earlyReturned: (id: number, summary: string, oldEnd: LocalDate, restored: string) =>
    `比原定（至${formatDate(oldEnd)}）提前回来：第${id}号已改为 ${summary}${restored ? `，${restored}` : ''}。`,
  earlyToHr: (name: string, id: number, summary: string, oldDays: number, restored: string) =>
    `【提前销假】${name}第${id}号改为 ${summary}（原${formatDays(oldDays)}天）${restored ? `；${restored}` : ''}。`,
  offerKept: (ref: string) => `好的，${ref}保留原样，没有撤回。`,
  overtimeNotWaiting: (id: number) => `加班${id}已不在审批中，没有撤回。发「我的加班」可以查看。`,
  overtimeWithdrawn: (id: number) => `已撤回加班${id}，已通知审批人。`,
  overtimeWithdrawnToApprover: (id: number, name: string, summary: string) =>
    `${name}的加班${id}（${summary}）已由本人撤回，无需再审批。`,
  withdrawApproved: (id: number) =>
    `第${id}号已经批准，不能撤回。如需取消，请发「取消已批准的 ${id} 号」，会请审批人确认；已开始的假请发「销假」。`,
};

/** A change asked for after submitting (change-asked-handler.ts): the request named, the way offered. */
export const afterSubmitText = {
  pendingOffer: (ref: string, summary: string, wanted: string, what: string, noun: string) =>
    [
      `${ref}（${summary}）还在审批中，不能直接改。要改成${wanted}，需要先撤回再重新申请。`,
      `回复「是」，我帮您撤回${ref}，并按${what}填好新的${noun}给您核对（核对后回复「确认」才提交）；回复「不用」保留原${noun}。`,
    ].join('\n'),
  rejectedAgain: (ref: string, summary: string, wanted: string) =>
    `${ref}（${summary}）已被驳回，不用撤回。已按${wanted}重新填好如下。`,
  rejectedNoChange: (ref: string, summary: string) =>
    `${ref}（${summary}）已被驳回，不用撤回。要换个时间，直接说新的日期重新申请即可，如「下周五请一天事假」。`,
  noOvertime: '您目前没有审批中的加班登记。要登记直接说，如「昨晚加班到九点 社区活动」。',
};
