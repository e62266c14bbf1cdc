import { formatDate, formatDateTime, type LocalDate } from '../../data/time/index.ts';
import type { Clause, NoticeRule } from '../../data/leave/leave-rules-schema.ts';
import { formatDays, formatHours, formatSpan } from './format-span.ts';
import { possessiveOf, subjectOf, type Reader } from './rules/findings.ts';
import type { Raised } from './rules/current-approver.ts';
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
  overEntitlement: (
    name: string,
    limit: number,
    days: number,
    counting: string,
    extended?: { days: number; label: string },
  ) =>
    `${name}最多${formatDays(limit)}天${counting === 'calendar-days' ? '（按自然日计）' : ''}，这次是${formatDays(days)}天。` +
    (extended ? `如属${extended.label}，可休${formatDays(extended.days)}天，请在申请里写明“${extended.label}”。` : ''),
  overAnnual: (entitlement: number, tenureYears: number, before: number, days: number) =>
    entitlement === 0
      ? tenureYears < 1
        ? '您在机构服务还未满1年，今年还没有年假。'
        : `按工龄（在机构服务满${tenureYears}年）您今年还没有年假。`
      : `您今年的年假还剩${formatDays(before)}天（工龄满${tenureYears}年，全年${formatDays(entitlement)}天），` +
        `这次要${formatDays(days)}天，余额不足。`,
  compExpired: (hours: number) => `您剩下的${formatHours(hours)}小时加班已过有效期，不能再用来调休。`,
  noComp: '您目前没有已批准、可用于调休的加班时数。请先登记加班并经审批（发送「加班登记」）。',
  compNotYet: (hours: number, at: Date) =>
    `您已批准的加班（${formatHours(hours)}小时）要到${formatDateTime(at)}加完后才计入调休，现在还不能用。加完后再申请即可。`,
  compShort: (before: number, needed: number, perDay: number) =>
    `到这次假期结束前可用的调休只有${formatHours(before)}小时（${formatDays(before / perDay)}天），这次需要${formatHours(needed)}小时，余额不足。`,
  overAnnualDays: (r: Reader, name: string, total: number, annualDays: number) =>
    `${r.you ? '' : r.name}今年${name}累计将达${formatDays(total)}天，多于${possessiveOf(r)}年假天数（${formatDays(annualDays)}天）。`,
  joinedHoliday: (name: string, hit: JoinedHoliday) =>
    `${name}不能与节假日连休：这段时间${hit.side === 'within' ? '包含' : '紧挨着'}${hit.name}（${formatDate(hit.date)}）。`,
  joinedLeave: (name: string, other: string, id: number, span: LeaveSpan) =>
    `${name}不能与${other}连着休：紧挨着您第${id}号${other}申请（${formatSpan(span)}）。`,
  shortNotice: (notice: NoticeRule, earliest: LocalDate) =>
    '需' +
    (notice.kind === 'working-days'
      ? `提前${notice.days}个工作日`
      : notice.kind === 'months'
        ? `提前${notice.months}个月`
        : '') +
    `申请（${formatDate(earliest)}或以后开始才够），这次提前时间不足。`,
  meetingDay: (name: string, date: LocalDate) => `${formatDate(date)}是${name}，当天原则上不能请假，需部长明确同意。`,
  // The message is the organisation's own text (leave-rules.json); for others it is prefixed with the name.
  yearlyThreshold: (r: Reader, message: string, total: number) =>
    `${r.you ? '' : `${r.name}：`}${message}（含这次共${formatDays(total)}天）。`,
  forfeitsAnnual: (r: Reader, name: string) =>
    `加上这次${name}，${subjectOf(r)}今年的事假或病假将达到“不享受当年年休假”的标准。`,
  tooFarAhead: (months: number, latest: LocalDate) =>
    `请假最多只能提前${months}个月申请（最晚${formatDate(latest, { withYear: true })}开始），这个日期太远了，请核对日期和年份。`,
  tooFarBack: (months: number, earliest: LocalDate) =>
    `事后补请最多只能补${months}个月内的（${formatDate(earliest, { withYear: true })}或以后开始），更早的请联系人力资源部。`,
  tooLong: (days: number, max: number, longest: string) =>
    `这段时间共${days}天，超过了一份请假申请的最长天数${max}天` +
    `${longest ? `（手册里最长的假期是${longest}，${max}天）` : ''}。` +
    '请核对日期；确需更长的病假或工伤假，请分段申请并联系人力资源部。',
  annualForfeited: (r: Reader) =>
    `${subjectOf(r)}今年的事假或病假已达到“不享受当年年休假”的标准，这次年假可能不被批准。`,
};

/** `依据《员工手册》第三部分…：「原文」` plus the organisation's decision where the documents are silent. */
export function quoteClause(document: string, clause: Clause): string {
  return `依据《${document}》${clause.location}：「${clause.quote}」${clause.decision ? `\n（本机构规定：${clause.decision}）` : ''}`;
}

export const ROLE_LABEL: Record<string, string> = {
  team_lead: '组长',
  project_lead: '项目负责人',
  dept_head: '部长',
  director: '机构负责人',
};
export const ACTION_LABEL: Record<string, string> = { forward: '转呈', review: '审核', approve: '批准' };

/** What the leave conversation says. */
export const leaveText = {
  noRules: '本机构还没有配置请假规则，请直接联系人力资源部办理。',
  movedToPrivate: '请私聊我办理，已私信您。',
  privateOnly: '涉及个人信息，已私信您。',
  askType: (names: readonly string[]) => `请问请什么假？可选：${names.join('、')}。`,
  typeChoices: (names: readonly string[]) =>
    `请选择假别，回复序号即可：\n${names.map((n, i) => `${i + 1}. ${n}`).join('\n')}\n不请了请回复「取消」。`,
  typeChoicesTitle: '选择假别',
  askDates: '请问从哪天到哪天？例如「12月7日到9日」「明天下午」「下周一请三天」。',
  /** 「怎么请假」: here, in a sentence; the rules to ask about next. */
  howToAsk:
    '请假直接跟我说就行：哪天、什么假、什么事，如「下周一请一天事假 家里有事」「12月21日到23日请年假 回老家」。\n' +
    '我会按制度核对提前多久申请、要交什么材料、假期够不够，读给您确认后发给审批人，结果会通知您。\n' +
    '想先看制度，可以问「请假要提前几天」「一线社工请假谁批」。',
  askStart: (days: number) => `请问从哪天开始？（共${formatDays(days)}天）`,
  askReason: (typeName: string) => `请简单说一下${typeName}的事由。`,
  askReasonAgain: (typeName: string) =>
    `请简单说一下${typeName}的事由（如「回老家办证」）；核对无误后再回复「确认」提交。`,
  reasonTooLong: (n: number, max: number) => `事由有${n}个字，请精简到${max}字以内再发来（写明是什么事即可）。`,
  limitHint: '请告诉我正确的日期（如「12月7日到9日」），或回复「取消」。',
  notUnderstood: '抱歉，我没太明白。',
  lapsed: (summary: string) =>
    `您之前没有提交的请假申请${summary ? `（${summary}）` : ''}已超时作废；需要时请重新申请。`,
  sickNoReason: '（病假只记录类别，不需要告诉我病情。）',
  readBackTitle: '请核对您的请假申请：',
  refusedTitle: '这份申请不能提交：',
  flagsTitle: '⚠ 请注意（提交后审批人也会看到）：',
  confirmHint: '回复「确认」提交；要修改直接告诉我（如「改成周四到周五」「改成事假」），回复「取消」放弃。',
  refusedHint: '请修改后再提交（如「改成12月8日到9日」「改成事假」），或回复「取消」。',
  unscheduled: (years: readonly number[]) => `注意：${provisional(years)}已告知人力资源部。`,
  statedDaysDiffer: (stated: number, days: number) =>
    `注意：您说的是${formatDays(stated)}天，按日期计算是${formatDays(days)}天，请核对日期。`,
  confirmAction: '提交请假申请',
  confirmLabel: '确认提交',
  cancelLabel: '取消',
  cancelled: '好的，已取消这次请假申请。需要时随时再找我。',
  draftExpired: '这份请假申请已失效，请重新发起（如「下周一请年假」）。',
};

/** Approval messages: to approvers, requesters and HR. */
export const approvalText = {
  approverTitle: (id: number) => `【请假待审批】第${id}号`,
  actionTitle: (id: number) => `第${id}号请假`,
  who: (name: string, team: string, typeName: string) => `${name}（${team}）· ${typeName}`,
  when: (span: string, days: number, calendarDays: boolean) =>
    `${span}，${formatDays(days)}${calendarDays ? '天（自然日）' : '个工作日'}`,
  reason: (reason: string) => `事由：${reason}`,
  chain: (text: string) => `审批：${text}`,
  flag: (message: string) => `⚠ ${message}`,
  provisional: (years: readonly number[]) => `⚠ ${provisional(years)}`,
  rejectHint: (id: number) => `驳回请写理由，如「驳回 ${id} 时间冲突」。`,
  rejectHintRef: (ref: string) => `驳回请写理由，如「驳回 ${ref} 时间冲突」。`,
  submitted: (id: number, approver: string, role: string) =>
    `已提交，编号第${id}号。已发给${approver}（${role}）审批，结果会通知您。需要撤回请发「撤回 ${id}」。`,
  submittedNoApprover: (id: number) => `已登记，编号第${id}号。无需审批，直接生效，已报人力资源部备案。`,
  submitRefused: '提交时再次核对发现问题，这份申请没有提交：',
  hrCopy: (id: number, summary: string) => `【请假备案】第${id}号 ${summary}`,
  hrFinal: (id: number, summary: string, outcome: string) => `【请假备案】第${id}号 ${summary}：${outcome}`,
  outcomeApproved: (by: string) => `已批准（${by}）`,
  outcomeRejected: (by: string, why: string | null) => `已驳回（${by}${why ? `：${why}` : ''}）`,
  outcomeWithdrawn: '申请人已撤回',
  outcomeAuto: '无需审批，直接生效',
  /** 「同意，注意工作交接」: what the approver said with the approval, passed on to the applicant. */
  approverNote: (by: string, note: string | null) => (note ? `\n${by}留言：${note}` : ''),
  toRequesterAdvanced: (
    id: number,
    summary: string,
    by: string,
    next: string,
    nextAction: string,
    note: string | null,
  ) => `您的第${id}号请假（${summary}）：${by}已同意，已转${next}${nextAction}。${approvalText.approverNote(by, note)}`,
  toRequesterApproved: (id: number, summary: string, by: string, documents: readonly string[], note: string | null) => {
    const papers = documents.length ? `\n别忘了提交：${documents.join('、')}` : '';
    return `您的第${id}号请假（${summary}）已由${by}批准 ✅${approvalText.approverNote(by, note)}${papers}\n假期结束回来后请发「销假」。`;
  },
  toRequesterRejected: (id: number, summary: string, by: string, why: string | null) =>
    `您的第${id}号请假（${summary}）被${by}驳回。${why ? `理由：${why}` : ''}`,
  toApproverWithdrawn: (id: number, summary: string) => `第${id}号请假（${summary}）已由申请人撤回，无需再审批。`,
  decidedAdvanced: (id: number, next: string) => `已同意第${id}号，已转给${next}。`,
  decidedApproved: (id: number, name: string) => `已批准第${id}号，已通知${name}；人力资源部会收到备案。`,
  decidedRejected: (id: number, name: string) => `已驳回第${id}号，已通知${name}。`,
  /**
   * A second decision on a step already decided: not done again, and the way on said (「3号改成同意」 after
   * a rejection got only 「已经处理过了」): a rejection ended the request, a new one comes back to them.
   */
  already: (id: number, what: string) =>
    `第${id}号您已经处理过了（${what}），不会重复处理。` +
    (what === '已驳回'
      ? '驳回后这份申请已结束；如果驳回错了，请告诉申请人重新提交，新的申请会再发给您。'
      : '如要改变决定，请联系人力资源部。'),
  ended: (id: number, status: string) => `第${id}号已经${status}，无需处理。`,
  notApprover: (id: number) => `第${id}号目前不需要您审批。`,
  /** 「不行 那两天要家访」 with one request waiting: which words reject it, nothing decided yet. */
  refusalAsked: (line: string, ref: string, reason: string) =>
    `是要驳回这份申请吗？\n${line}\n要驳回请回复「驳回 ${ref} ${reason}」；还没决定可以先不回复。`,
  /** The same with none or several waiting: a bare 不行 names none of them. */
  refusalWhich: (lines: readonly string[], reason: string) =>
    lines.length
      ? [`要驳回哪一份？请回复如「驳回 编号 ${reason}」：`, ...lines].join('\n')
      : '好的，知道了。目前没有等您审批的申请。',
  /** A request that went up the line (or to a deputy) while waiting: where it is, so it did not vanish. */
  movedAway: (id: number, applicant: string, to: string, at: Date) =>
    `${applicant}的第${id}号请假已于${formatDateTime(at)}转给${to}审批，不用您再处理了。`,
  notFound: (id: number) => `没有找到第${id}号请假申请。`,
  nothingWaiting: '目前没有等您审批的申请。',
  /** 「1 2 都同意」 when 2 (or neither) waits on the approver: what does not wait is not read back as if it did. */
  notWaiting: (labels: readonly string[]) =>
    `${labels.join('、')}${labels.length > 1 ? '都' : ''}不在等您审批的申请里，没有处理。`,
  /** 「1号我晚点再看」「先别批」: nothing decided, the approver told what still waits. */
  putOff: (lines: readonly string[]) =>
    `好的，先不处理。还在等您审批的：\n${lines.join('\n')}\n想好了回复「同意 编号」或「驳回 编号 理由」。`,
  whichOne: (lines: readonly string[]) =>
    `有${lines.length}份申请等您审批，请带上编号回复，如「同意 ${exampleNumber(lines[0])}」：\n${lines.join('\n')}`,
  /** 「同意 1」 when no leave request 1 waits on the approver, but overtime 1 does. */
  meantOvertime: (id: number, approve: boolean) =>
    `第${id}号请假申请不在等您审批的申请里。您是指「加班${id}」吗？${
      approve ? `同意请回复「同意 加班${id}」。` : `驳回请回复「驳回 加班${id} 理由」。`
    }`,
  askRejectReason: (label: string) => `请说明驳回${label}的理由（会转告申请人；不写理由请回「不写」）：`,
  rejectReasonTitle: '填写驳回理由',
  waitingTitle: (n: number) => `待您审批（${n}份）：`,
  nudgeTitle: (days: number) => `【审批提醒】以下申请等您审批已超过${days}个工作日：`,
  waitingSince: (since: string) => `（${since}起等待）`,
  outcome: (approved: boolean, by: string, at: string) => `${approved ? '已同意' : '已驳回'} · ${by} · ${at}`,
  outcomeDone: '已处理',
  outcomeSubmitted: (ref: string) => `已提交 · ${ref}`,
  outcomeCancelled: '已取消',
  stepDone: '✓',
  stepHere: '← 当前',
  /** 「陈思远（部长·批准）→ 转周文华 ← 当前」: a step passed up the line. */
  stepPassedTo: (name: string) => ` → 转${name}`,
  /** The step passed up is held by the next step's approver: one decision covers both. */
  stepWithNext: '（与下一步一并审批）',
};

/** 撤回, 销假, 我的请假. */
export const requestText = {
  withdrawn: (id: number) => `已撤回第${id}号请假申请，已通知审批人。`,
  withdrawNotFound: (id: number) => `没有找到您的第${id}号请假申请。`,
  withdrawFinal: (id: number, status: string) =>
    `第${id}号已经${status}，不能撤回。如需取消已批准的请假，请联系审批人和人力资源部。`,
  returned: (id: number, summary: string, lead: string | null) =>
    `已为您销假：第${id}号（${summary}）。${lead ? `已告知${lead}。` : ''}欢迎回来！`,
  returnedEarly: '比原定提前回来，剩余的天数请与人力资源部核对。',
  returnedToLead: (name: string, id: number, summary: string, early: boolean) =>
    `【销假】${name}已销假：第${id}号（${summary}）${early ? '，比原定提前回来' : ''}。`,
  noReturn: '没有找到需要销假的假期（已批准、已开始、尚未销假的请假）。',
  mineTitle: '您的请假申请（最近10份）：',
  mineEmpty: '您还没有请假记录。想请假可以直接说，如「下周一请年假」。',
  statusPending: (who: string) => `审批中，等待${who}`,
  /** 「我的请假」 for an open request: which step, who has it, since when, why it moved. */
  openStep: (seq: number, of: number, who: string, since: string, raised?: Raised, also: readonly string[] = []) =>
    `审批中（第${seq}/${of}步），在${who}处，自${since}起${raised ? RAISED_NOTE[raised] : ''}` +
    `${also.length ? `；假期已开始，${also.join('、')}也可直接审批` : ''}；有结果会通知您`,
  statusApproved: '已批准',
  statusRejected: (why: string | null) => `已驳回${why ? `：${why}` : ''}`,
  statusWithdrawn: '已撤回',
  statusReturned: '已销假',
};

/** 我还有几天年假 / 调休还剩多少. */
export const balanceText = {
  colleagueRefused: '同事的假期余额属于个人信息，只有本人和人力资源部可以查看。同事本人发「我还有几天年假」就能查到。',
  /** HR reading a colleague's balance: the person's text, named, without what only the person would do. */
  forHr: (text: string, name: string) =>
    text
      .replace(/^您的/, `${name}的`)
      .replace(/加班后发「加班登记」登记，批准后计入。/, '')
      .replace(/，到期前我会提醒您[^。]*/, ''),
  annualTitle: (year: number) => `您的年假（${year}年）：`,
  annualEntitlement: (days: number, tenure: number) => `· 全年：${formatDays(days)}天（在机构服务满${tenure}年）`,
  annualNone: (tenure: number) => `· 全年：0天（在机构服务满1年后才有年假${tenure >= 1 ? '' : '，您入职还未满1年'}）`,
  corrections: (days: number) => `· 人事调整：${days > 0 ? '+' : ''}${formatDays(days)}天`,
  taken: (days: number) => `· 已批准：${formatDays(days)}天`,
  pending: (days: number) => `· 审批中：${formatDays(days)}天`,
  remaining: (days: number) => `· 剩余可用：${formatDays(days)}天`,
  annualNote: '年假当年有效，不跨年度累积，不折算工资。',
  forfeited: '⚠ 您今年的事假或病假已达到“不享受当年年休假”的标准，年假以人力资源部核定为准。',
  compTitle: '您的调休：',
  compAvailable: (hours: number, days: string) => `· 可用：${formatHours(hours)}小时（${days}）`,
  compCredit: (hours: number, earned: string, until: string) =>
    `  - ${formatHours(hours)}小时（${earned}加班），${until}到期`,
  compPending: (hours: number) => `· 审批中的调休申请已占用：${formatHours(hours)}小时`,
  compNotYetEarned: (hours: number, at: string) => `· 加班结束后记入：${formatHours(hours)}小时（${at}起可用）`,
  compOvertimePending: (n: number, hours: number) =>
    `· 待审批的加班：${n}条，共${formatHours(hours)}小时（批准后计入）`,
  compExpired: (hours: number) => `· 已过期未用：${formatHours(hours)}小时`,
  compNone: '· 目前没有可用的调休时数。加班后发「加班登记」登记，批准后计入。',
  compNote: (perDay: number) => `${perDay}小时折1天；加班后一个月内有效，到期前我会提醒您（留出提前申请的时间）。`,
};

/** The caveat on a count that touches a year without an official schedule (read-back, approver, HR). */
function provisional(years: readonly number[]): string {
  return `${years.join('、')}年的放假安排尚未公布，按法定节假日计算，调休上班日未计入，天数以人事核对为准。`;
}
/** When the directory changes who holds an approver role (staff.csv reloaded). */
export const rerouteText = {
  noApprover: (ref: string, summary: string, role: string, asked: string) =>
    `【审批无人】${ref}（${summary}）要由「${role}」审批，但目录里现在没有人担任（原来请的是${asked}），谁也批不了。` +
    '请在 staff.csv 里补上这个角色后「重新加载」，或与申请人联系。',
};

/** Approvals that never stall: escalation, the first day arriving undecided, late approval. */
/** 「我的请假」: why the step is not with the role's holder. */
const RAISED_NOTE: Record<Raised, string> = {
  overdue: '（等待较久，已转上一级）',
  'near-start': '（假期临近，已转上一级）',
  started: '（假期已开始，已转上一级）',
  away: '（原审批人休假，已转上一级）',
};

/** Why a step went up, for the new approver: the reason it went up, not always the wait. */
function escalatedWhy(why: Raised, days: number, waited: number, start: string): string {
  if (why === 'near-start') return `假期将于${start}开始，仍未审批`;
  if (why === 'started') return `假期${start}开始，今天仍未审批`;
  return `已等待超过${Math.max(days, waited)}个工作日未处理`;
}

export const stallText = {
  /** `waited`: whole working days it has waited; `start`: the leave's first day, dated. */
  escalatedNote: (id: number, why: Raised, days: number, waited: number, start: string, from: string) =>
    `【转交审批】第${id}号${escalatedWhy(why, days, waited, start)}（原审批人：${from}），按本机构规定转由您审批。`,
  /** To each level above the holder on the first day (stall.beforeStart). */
  alsoNote: (id: number, holder: string) =>
    `【请假已开始仍未审批】第${id}号今天开始，仍在等待${holder}审批。按本机构规定，您也可以直接审批，以最先作出的决定为准。`,
  /** To the others who could decide, once someone has. */
  decidedByOther: (id: number, summary: string, who: string, approved: boolean) =>
    `第${id}号（${summary}）已由${who}${approved ? '批准' : '驳回'}，您无需再处理。`,
  nearStartApplicant: (id: number, summary: string, to: string) =>
    `您的第${id}号请假（${summary}）快开始了，仍未审批，已转由${to}审批。`,
  awayNote: (id: number, from: string) => `【转交审批】第${id}号的审批人${from}正在休假，按本机构规定转由您审批。`,
  escalatedApplicant: (id: number, summary: string, to: string) =>
    `您的第${id}号请假（${summary}）审批等待较久，已转由${to}审批，请耐心等候。`,
  startedUndecided: (id: number, summary: string, who: string) =>
    `【请假已开始仍未审批】第${id}号 ${summary}，今天是第一天，仍在等待${who}审批，请尽快处理。`,
  startedApplicant: (id: number, summary: string, who: string) =>
    `您的第${id}号请假（${summary}）今天开始，仍在等待${who}审批；已提醒审批人和人力资源部。`,
  lateApproval: (start: string) => `（注：假期已于${start}开始，批准在开始日期之后，已如实记录。）`,
};

/** For an approver back from leave: what was decided for them while away. */
export const backText = {
  title: (n: number) => `欢迎回来。您休假期间，有${n}份请假按规定转由他人审批：`,
  line: (id: number, summary: string, who: string, status: string) => `第${id}号 ${summary} · 由${who}处理 · ${status}`,
};

/** Naming a deputy for a period away (「我12月14日到15日休假，期间由陈思远代批」). */
export const deputyText = {
  named: (range: string, deputy: string) =>
    `好的，${range}期间送到您这里的请假审批，改由${deputy}代批，我已告诉${deputy}。`,
  /** To the deputy: they will get the cards, and why. */
  toDeputy: (who: string, range: string) =>
    `【代批】${who}${range}不在，这期间送到${who}那里的请假审批由您代批，到时会直接发给您。`,
  toHr: (who: string, range: string, deputy: string) => `【代批备案】${who}：${range}期间由${deputy}代批请假审批。`,
  unknown: (name: string) => `通讯录里没有找到「${name}」，请写全名再说一次。`,
  ambiguous: (name: string) => `通讯录里有不止一位「${name}」，请联系人力资源部设置代批人。`,
  self: '代批人不能是您自己。',
  badDates: '没看懂日期，请这样说：「我12月14日到15日休假，期间由陈思远代批」。',
  whichDays: (deputy: string) => `请说明哪几天不在，如「我12月14日到15日休假，期间由${deputy}代批」。`,
};

/**
 * The number to type for a waiting request's line, as the example of a reply: an overtime keeps its
 * 「加班」 (「同意 1」 is read as leave request 1).
 */
function exampleNumber(line: string | undefined): string {
  return line?.match(/^加班\d+/)?.[0] ?? line?.match(/\d+/)?.[0] ?? '12';
}

/** Being on leave or away, told rather than asked for (leave-told-handler.ts). */
export const toldText = {
  away: (day: string) =>
    `好的，知道了。这句我没有当作请假申请；如需请假，请直接告诉我日期和假别，如「${day}请事假」。` +
    '不能参加的会议或活动，请同时跟组长或发通知的同事说一声。',
  onRecord: (when: string, lines: readonly string[]) => `好的。您${when}的请假：\n${lines.join('\n')}`,
  recordLine: (id: number, type: string, span: string, approved: boolean) =>
    `· 第${id}号 ${type} ${span}，${approved ? '已批准' : '还在审批中'}`,
  noRecord: (when: string, day: string) =>
    `我没有查到您${when}的请假记录。如需请假，请直接说，如「${day}请年假」，我来帮您办理。`,
  back: '欢迎回来！休假结束回来上班，请发「销假」。',
};
