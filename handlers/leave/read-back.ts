import type { Staff } from '../../data/org/staff.ts';
import type { OutgoingMessage } from '../../data/message.ts';
import { formatDate, yearOf, type LocalDate } from '../../data/time/index.ts';
import type { LeaveRules } from '../../data/leave/leave-rules-schema.ts';
import type { Directory } from '../../data/org/directory.ts';
import { formatDays, formatHours, formatSpan } from './format-span.ts';
import { ACTION_LABEL, leaveText, quoteClause, ROLE_LABEL } from './messages.ts';
import type { LeaveCheck } from './rules/check-leave.ts';
import type { Finding } from './rules/findings.ts';

export const DRAFT_ACTION_ID = 'leave:draft';

/** 确认 / 取消 under a read-back (buttons on WeCom, the words elsewhere). */
export function draftActions(): NonNullable<OutgoingMessage['actions']> {
  return [
    {
      id: DRAFT_ACTION_ID,
      title: leaveText.confirmAction,
      options: [
        { label: leaveText.confirmLabel, value: 'confirm', command: '确认' },
        { label: leaveText.cancelLabel, value: 'cancel', command: '取消' },
      ],
    },
  ];
}

export interface ReadBackInput {
  readonly check: LeaveCheck;
  readonly rules: LeaveRules;
  readonly directory: Directory;
  readonly today: LocalDate;
  readonly reason?: string;
  readonly statedDays?: number;
  /** How an ambiguous written date was read ("25/12" as 12月25日), as a question. */
  readonly dateNote?: string;
}

/** The chain by name: 林晓（组长·转呈）→ 陈思远（部长·审核）→ 周文华（机构负责人·批准）. */
export function chainText(
  steps: readonly {
    approverId: string;
    role: string;
    action: string;
    escalatedFrom?: string | null;
    escalationReason?: string | null;
  }[],
  directory: Directory,
): string {
  if (!steps.length) return '无需审批：提交后直接生效，由人力资源部备案';
  return steps
    .map((s) => {
      const person = directory.get(s.approverId);
      const name = person?.name ?? s.approverId;
      const up = s.escalatedFrom
        ? `，${s.escalationReason === 'self' ? '本人即' : '暂无'}${ROLE_LABEL[s.escalatedFrom] ?? s.escalatedFrom}，交上一级`
        : '';
      return `${name}（${roleLabelFor(person, s.role)}·${ACTION_LABEL[s.action] ?? s.action}${up}）`;
    })
    .join(' → ');
}

/**
 * A step's role as its holder is named: someone not in that role (a deputy, or the level above an
 * approver away) stands in for it, 「陈思远（代组长·转呈）」, not 「陈思远（组长）」 for a department head.
 */
export function roleLabelFor(person: Staff | undefined, role: string): string {
  const standsIn = person !== undefined && !person.roles.some((r) => r === role);
  return `${standsIn ? '代' : ''}${ROLE_LABEL[role] ?? role}`;
}

/** The summary lines of a checked request (type, dates, days and skipped days, reason, balance, chain…). */
export function summaryLines(input: ReadBackInput): string[] {
  const { check, directory, rules, today } = input;
  const type = check.type;
  const lines = [`· 类型：${type.name}（${type.paid}）`, `· 日期：${formatSpan(check.span, yearOf(today))}`];
  if (type.counting === 'calendar-days')
    lines.push(`· 天数：${formatDays(check.days)}天（按自然日计，含周末和节假日）`);
  else {
    const skipped = groupSkipped(check.count.skipped);
    lines.push(`· 天数：${formatDays(check.days)}个工作日${skipped ? `（不计：${skipped}）` : ''}`);
    if (check.count.makeupWorkdays.length) {
      lines.push(`  调休上班日照常计入：${check.count.makeupWorkdays.map((m) => formatDate(m.date)).join('、')}`);
    }
  }
  if (!type.keepReason) lines.push(`· 事由：${type.name}（只记录类别）`);
  else if (input.reason) lines.push(`· 事由：${input.reason}`);
  const b = check.balance;
  if (b?.kind === 'annual') {
    const corr = b.corrections ? `，人事调整${b.corrections > 0 ? '+' : ''}${formatDays(b.corrections)}天` : '';
    const tenure = b.tenureYears >= 1 ? `工龄满${b.tenureYears}年` : '入职未满1年';
    const after = b.after >= 0 ? ` → 提交后${formatDays(b.after)}天` : '，不够这次用';
    // Leave in another year draws on that year's entitlement: name the year, never 「今年」 for it.
    const leaveYear = yearOf(check.span.start);
    const year = leaveYear === yearOf(today) ? '今年' : `${leaveYear}年`;
    lines.push(
      `· 年假：${year}${formatDays(b.entitlement)}天（${tenure}${corr}），可用${formatDays(b.before)}天${after}`,
    );
  } else if (b?.kind === 'comp') {
    const after =
      b.afterHours >= 0 ? ` → 提交后${formatHours(b.afterHours)}小时` : `，这次需要${formatHours(b.neededHours)}小时`;
    lines.push(`· 调休：可用${formatHours(b.beforeHours)}小时${after}（${rules.overtime.hoursPerDay}小时折1天）`);
  } else if (b?.kind === 'per-request') {
    lines.push(`· ${type.name}：最多${formatDays(b.limit)}天${b.label ? `（${b.label}）` : ''}`);
  } else if (b?.kind === 'yearly') {
    lines.push(`· 今年${type.name}：已请${formatDays(b.before)}天，含本次${formatDays(b.after)}天`);
  }
  lines.push(
    `· 审批：${chainText(check.route.steps, directory)}${check.route.steps.length ? '；抄送人力资源部备案' : ''}`,
  );
  if (check.documents.length) lines.push(`· 需交材料：${check.documents.join('、')}`);
  const reminders = [...check.reminders, '假期结束后回来请发「销假」'];
  lines.push(`· 提醒：${reminders.join('；')}`);
  return lines;
}

/** The read-back before submitting, or the refusal with the quoted rules. */
export function readBack(input: ReadBackInput): OutgoingMessage {
  const { check, rules } = input;
  const notes: string[] = [];
  if (input.statedDays !== undefined && input.statedDays !== check.days)
    notes.push(leaveText.statedDaysDiffer(input.statedDays, check.days));
  if (input.dateNote) notes.push(input.dateNote);
  if (check.count.unscheduledYears.length) notes.push(leaveText.unscheduled(check.count.unscheduledYears));
  if (check.outcome === 'refused') {
    return {
      text: [
        leaveText.refusedTitle,
        ...numbered(check.refusals, rules.document),
        '',
        ...summaryLines(input),
        ...notes,
        '',
        leaveText.refusedHint,
      ].join('\n'),
    };
  }
  const flags = check.flags.length ? ['', leaveText.flagsTitle, ...numbered(check.flags, rules.document)] : [];
  return {
    text: [
      leaveText.readBackTitle,
      ...summaryLines(input),
      ...flags,
      ...(notes.length ? ['', ...notes] : []),
      '',
      leaveText.confirmHint,
    ].join('\n'),
    actions: draftActions(),
  };
}

export function numbered(findings: readonly Finding[], document: string): string[] {
  return findings.map(
    (f, i) =>
      `${i + 1}. ${f.message}${f.clause ? `\n   ${quoteClause(document, f.clause).replace(/\n/g, '\n   ')}` : ''}`,
  );
}

/** 周末：12月12日（周六）、12月13日（周日）；国庆节：… */
function groupSkipped(skipped: readonly { date: LocalDate; reason: string }[]): string {
  if (!skipped.length) return '';
  const groups = new Map<string, LocalDate[]>();
  for (const s of skipped) groups.set(s.reason, [...(groups.get(s.reason) ?? []), s.date]);
  return [...groups]
    .map(
      ([reason, dates]) =>
        reason +
        (dates.length > 4
          ? `${dates.length}天（${formatDate(dates[0]!)}起）`
          : `：${dates.map((d) => formatDate(d)).join('、')}`),
    )
    .join('；');
}
