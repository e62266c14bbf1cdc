import { formatHours, usableDaysText } from '../format-span.ts';

/** "已记入调休3小时", or for an overtime not yet over "将于11月20日（周五）21:00加班结束后记入调休3小时". */
const credited = (hours: number, endsAt: string | null) =>
  endsAt ? `将于${endsAt}加班结束后记入调休${formatHours(hours)}小时` : `已记入调休${formatHours(hours)}小时`;

/** What the overtime feature says. */
export const overtimeText = {
  askDate: '请问哪天加班？例如「11月20日」「昨天」。',
  askTime: '请问加班从几点到几点？例如「18:00-21:30」或「晚上6点到9点半」。',
  askReason: '请简单说一下加班事由（例如「社区活动」）。',
  askReasonAgain: '请先说一下加班事由（例如「社区活动」），核对无误后再回复「确认」。',
  readBackTitle: '请核对加班登记：',
  confirmHint: '回复「确认」提交；要修改直接告诉我（如「改成19:00-21:30」），回复「取消」放弃。',
  confirmAction: '提交加班登记',
  cancelled: '好的，已取消这次加班登记。',
  future: (days: number) =>
    days ? `计划中的加班最多提前${days}天登记，这个日期还太远，临近了再登记吧。` : '加班结束后再登记：这个日期还没到。',
  tooOld: (expiry: string) => `这次加班的调休有效期已过（${expiry}），不能再登记折算调休。`,
  tooLong: (max: number) => `一次加班最长按${max}小时登记，这段时间超过了，请核对开始和结束时间（如「18:00-21:30」）。`,
  reasonTooLong: (n: number, max: number) => `事由有${n}个字，请精简到${max}字以内再发来。`,
  tooShort: (minutes: number) => `加班不足${minutes}分钟，无法折算调休。`,
  duplicate: (id: number) => `这段时间已经登记过加班（加班${id}），不能重复登记。`,
  refusedHint: '请修改后再提交，或回复「取消」。',
  submitted: (id: number, approver: string) => `已提交，编号加班${id}。已发给${approver}审批，批准后记入调休。`,
  submittedNoApprover: (id: number, hours: number, endsAt: string | null) =>
    `已登记，编号加班${id}，直接生效，${credited(hours, endsAt)}。`,
  approverTitle: (id: number) => `【加班待审批】加班${id}`,
  actionTitle: (id: number) => `加班${id}`,
  approverLine: (name: string, team: string, when: string, hours: number) =>
    `${name}（${team}）${when}，${formatHours(hours)}小时`,
  rejectHint: (id: number) => `驳回请写理由，如「驳回 加班${id} 未经安排」。`,
  toRequesterApproved: (id: number, summary: string, by: string, hours: number, until: string, endsAt: string | null) =>
    `您的加班登记（加班${id}，${summary}）已由${by}批准，${credited(hours, endsAt)}，${until}前有效。`,
  toRequesterRejected: (id: number, summary: string, by: string, why: string | null) =>
    `您的加班登记（加班${id}，${summary}）被${by}驳回。${why ? `理由：${why}` : ''}`,
  hrFinal: (id: number, summary: string, outcome: string) => `【加班备案】加班${id} ${summary}：${outcome}`,
  decidedApproved: (id: number, name: string, hours: number, endsAt: string | null) =>
    endsAt
      ? `已批准加班${id}，${endsAt}加班结束后为${name}记入调休${formatHours(hours)}小时。`
      : `已批准加班${id}，已为${name}记入调休${formatHours(hours)}小时。`,
  /** The read-back's last line; `endsAt` while the overtime is still ahead. */
  creditLine: (hoursAsDays: string, expiry: string, endsAt: string | null) =>
    `· 批准后${endsAt ? `于${endsAt}加班结束时` : ''}记入调休${hoursAsDays}，${expiry}前有效`,
  decidedRejected: (id: number, name: string) => `已驳回加班${id}，已通知${name}。`,
  already: (id: number, status: string) => `加班${id}已经${status}，不会重复处理。`,
  notApprover: (id: number) => `加班${id}目前不需要您审批。`,
  notFound: (id: number) => `没有找到加班${id}。`,
  mineTitle: '您的加班登记（最近10条）：',
  askBreak: '您说中间休息过，请问休息了多久？例如「1小时」「半小时」；没有休息请回复「没有」。',
  hoursLine: (when: string, hours: string, minutes: number, rounding: number, breakMinutes?: number) =>
    `· 时间：${when}，按${hours}小时计（` +
    (breakMinutes ? `扣除休息${formatHours(breakMinutes / 60)}小时，` : '') +
    `${minutes}分钟，不足${rounding}分钟的部分不计）`,
  overviewTitle: (when: string, where: string, n: number) => `${when}${where}的加班登记（共${n}条）：`,
  overviewNone: (when: string, where: string) => `${when}${where}没有加班登记。`,
  overviewOwn: '您',
  overviewEveryone: '全机构',
  overviewMore: (n: number) => `……另有${n}条未列出，请在管理后台查看。`,
  overviewTotal: (approved: number, pending: number) =>
    `合计：已批准${formatHours(approved)}小时${pending > 0 ? `，审批中${formatHours(pending)}小时` : ''}。`,
  overviewExport: (month: number) =>
    `要 Excel 表格：发「登录后台」打开管理后台，在「请假加班」页选${month}月，点「加班 Excel」。`,
  mineEmpty: '您还没有加班登记。',
  expiryReminder: (lines: readonly string[], noticeDays: number) =>
    `【调休到期提醒】您有加班时数快到期了，请尽快安排调休：\n${lines.join('\n')}\n` +
    `${noticeDays > 0 ? `调休需提前${noticeDays}个工作日申请，` : ''}不能连着节假日或年假休。`,
  expiryLine: (hours: number, earned: string, until: string, lastDay: string, askBy: string) =>
    `· ${formatHours(hours)}小时（${earned}加班），${until}到期：最晚可休${lastDay}，请在${askBy}或之前申请`,
  hoursAsDays: (hours: number, perDay: number) => `${formatHours(hours)}小时（${usableDaysText(hours, perDay)}）`,
  statusPending: (who: string) => `审批中，等待${who}`,
  statusApproved: '已批准',
  statusRejected: (why: string | null) => `已驳回${why ? `：${why}` : ''}`,
  statusWithdrawn: '已撤回',
};
