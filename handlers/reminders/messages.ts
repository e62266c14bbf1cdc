import { formatDate, localDateParts, yearOf, type LocalDate } from '../../data/time/index.ts';
import type { DeadlineInstance } from './deadline-instances.ts';

const DEFAULT_LINE = '请在{deadline}前把{period}的{what}交给{handTo}。{note}';

/**
 * "请在12月31日（周四）前把12月的工作月报……交给机构。" — what, to whom, the deadline with its weekday.
 * On the deadline day "今天（12月31日）截止，请把……"; after it (someone back from leave)
 * "12月31日（周四）已截止，请尽快把……". A template without "在{deadline}前" gets the same words
 * in place of {deadline}.
 */
export function reminderLine(i: DeadlineInstance, today: LocalDate): string {
  const fields: Record<string, string> = {
    period: i.periodLabel,
    what: i.deadline.what,
    handTo: i.deadline.handTo,
    deadline: deadlineText(i, today),
    note: i.deadline.note ?? '',
  };
  let template = i.deadline.text ?? DEFAULT_LINE;
  if (today >= i.dueDate) {
    const { month, day } = localDateParts(i.dueDate);
    const when = today === i.dueDate ? `今天（${month}月${day}日）截止` : `${deadlineText(i, today)}已截止`;
    const before = /在\{deadline\}之?前/;
    const rest = template.replace(before, '').replace(/^请/, today === i.dueDate ? '请' : '请尽快');
    if (before.test(template)) template = `${when}，${rest}`;
    else fields.deadline = when;
  }
  return template.replace(/\{(\w+)\}/g, (_, f: string) => fields[f] ?? '').trim();
}

function deadlineText(i: DeadlineInstance, today: LocalDate): string {
  return formatDate(i.dueDate, { referenceYear: yearOf(today) });
}

/** 「· 12月月报（12月31日（周四）截止）：下次提醒 12月24日（周四）09:00」. */
function nextReminderLine(
  { instance: i, next }: { instance: DeadlineInstance; next: LocalDate | undefined },
  at: string,
  today: LocalDate,
): string {
  return (
    `· ${i.periodLabel}${i.deadline.title}（${deadlineText(i, today)}截止）：` +
    (next
      ? `下次提醒 ${formatDate(next, { referenceYear: yearOf(today) })}${at}`
      : '提醒已发完，截止后仍可回复「已交」登记')
  );
}

function ackHint(i: DeadlineInstance): string {
  return `${i.deadline.keywords[0]}交了`;
}

export interface PersonProgress {
  readonly team: string;
  readonly total: number;
  readonly missing: readonly string[];
}

export const reminderText = {
  /**
   * A lead's 「提醒一下他们」: the reminders already go to whoever has not handed in, so nothing is sent
   * twice; what the lead hears is when the next one goes. `next`: each open item and its next reminder.
   */
  chaseAutomatic(
    items: readonly { instance: DeadlineInstance; next: LocalDate | undefined }[],
    at: string,
    today: LocalDate,
    /** Whether the asker may ask who has not handed in (staff may not). */
    seesProgress = true,
  ): string {
    return [
      '还没回复「已交」的同事会按计划自动收到提醒，不用您另外发，也不会重复发：',
      ...items.map((item) => nextReminderLine(item, at, today)),
      ...(seesProgress ? ['您也可以发「谁还没交月报」随时查看。'] : []),
    ].join('\n');
  },
  chaseNothingOpen: '目前没有要交的材料在提醒中。',
  /** 「提醒我交月报」: the person's own reminders go by themselves; when the next one goes. */
  remindMe(
    items: readonly { instance: DeadlineInstance; next: LocalDate | undefined; done: boolean }[],
    at: string,
    today: LocalDate,
  ): string {
    const pending = items.find((x) => !x.done)?.instance;
    return [
      '好的，截止前会按计划提醒您，不用另外设置：',
      ...items.map((item) =>
        item.done
          ? `· ${item.instance.periodLabel}${item.instance.deadline.title}：已登记为已交，不再提醒`
          : nextReminderLine(item, at, today),
      ),
      ...(pending ? [`交了回复「${ackHint(pending)}」即可。`] : []),
    ].join('\n');
  },
  remindMeNothingOpen: '目前没有需要您提交的材料在提醒中。',
  /**
   * 「月报几号交」: the next deadline of each asked, as the reminders count it, with its source; the
   * reminder is promised only to those who get it.
   */
  deadlineAsked(items: readonly { instance: DeadlineInstance; reminded: boolean }[], today: LocalDate): string {
    const line = ({ instance: i }: (typeof items)[number]) =>
      `${i.periodLabel}${i.deadline.title}：${deadlineText(i, today)}${i.dueDate < today ? '已' : ''}截止\n` +
      `${i.deadline.what}，交${i.deadline.handTo}。\n依据：${i.deadline.source}`;
    const reminded = items.find((x) => x.reminded)?.instance;
    const hint = reminded ? `\n截止前我会提醒您；交了回复「${ackHint(reminded)}」。` : '';
    return items.map(line).join('\n') + hint;
  },
  /**
   * 「月报交错了」: the record taken back; the document itself is the lead's to swap. Reminders are
   * promised only before the deadline, a new hand-in only within the late days (「11月的月报交错了」).
   */
  undone(items: readonly DeadlineInstance[], today: LocalDate): string {
    const i = items[0]!;
    const date = (d: LocalDate) => formatDate(d, { referenceYear: yearOf(today) });
    const next =
      today <= i.dueDate
        ? `截止（${deadlineText(i, today)}）前会照常提醒您；交好后再回复「${ackHint(i)}」。`
        : today <= i.closesOn
          ? `${deadlineText(i, today)}已截止，交好后请在${date(i.closesOn)}前回复「${i.periodLabel}的${ackHint(i)}」。`
          : `逾期登记已于${date(i.closesOn)}结束。`;
    return (
      `好的，已撤销${items.map((x) => `${x.periodLabel}${x.deadline.title}`).join('、')}的「已交」记录，${next}` +
      '已经交给机构的文件如需更换，请联系组长。'
    );
  },
  nothingToUndo: '您目前没有登记过「已交」的材料，不用撤销。',
  undoWhich: (items: readonly DeadlineInstance[]) =>
    `您登记过已交的有：${items.map((i) => `${i.periodLabel}${i.deadline.title}`).join('、')}。` +
    `要撤销哪一项？请回复如「${items[0]!.deadline.keywords[0]}交错了」。`,
  reminder(items: readonly DeadlineInstance[], today: LocalDate): string {
    if (items.length === 1) {
      const i = items[0]!;
      return [
        `【交材料提醒】${reminderLine(i, today)}`,
        `依据：${i.deadline.source}`,
        `交了请回复「已交」或「${ackHint(i)}」，之后不再提醒这一项。`,
      ].join('\n');
    }
    return [
      `【交材料提醒】您有 ${items.length} 项材料要交：`,
      ...items.map((i, n) => `${n + 1}. ${reminderLine(i, today)}（依据：${i.deadline.source}）`),
      `交了请回复「已交」；只交了其中一项，可以回复如「${ackHint(items[0]!)}」。交了的不再提醒。`,
    ].join('\n');
  },

  /**
   * The list of who has not handed in. Its last line says who answers (the members, not the
   * recipient, whose own 「已交」 records their own items) and, to a lead, how to record a hand-in
   * made to them (`forMember`: 「郑雨的月报交给我了」).
   */
  leadSummary(
    groups: readonly { instance: DeadlineInstance; names: readonly string[] }[],
    today: LocalDate,
    forMember?: string,
  ): string {
    return [
      '【提交情况】以下同工还没有确认提交：',
      ...groups.map(
        (g) =>
          `· ${g.instance.periodLabel}${g.instance.deadline.title}（${deadlineText(g.instance, today)}截止）：` +
          `${g.names.join('、')}（${g.names.length}人）`,
      ),
      forMember
        ? `名单上的同工交好后请本人回复「已交」；已交到您手上的，您可以回复如「${forMember}」代为登记。`
        : '名单上的同工交好后请本人回复「已交」即可记录。',
    ].join('\n');
  },

  recorded: (i: DeadlineInstance, today: LocalDate) =>
    `已记录：您已提交${i.periodLabel}的${i.deadline.title}（${deadlineText(i, today)}截止）。这一项不再提醒您。`,
  recordedMany: (items: readonly DeadlineInstance[]) =>
    `已记录：${items.map((i) => `${i.periodLabel}${i.deadline.title}`).join('、')}都已提交，不再提醒您。`,
  alreadyRecorded: (items: readonly DeadlineInstance[]) =>
    `之前已经记录过：${items.map((i) => `${i.periodLabel}${i.deadline.title}`).join('、')}已提交。`,
  nothingOpen: '目前没有需要您提交、还未确认的材料。如果是别的事，可以直接说明。',
  nothingOpenFor: (word: string) => `目前没有需要您提交的「${word}」。如果是别的材料，请写明名称，如「月报交了」。`,
  /** `who`: the colleague a lead records for (「孙浩已经交给我了」); the person's own when absent. */
  askWhich: (items: readonly DeadlineInstance[], today: LocalDate, who = '您') =>
    [
      `${who}交的是哪一项？请回复序号：`,
      ...items.map((i, n) => `${n + 1}. ${i.periodLabel}${i.deadline.title}（${deadlineText(i, today)}截止）`),
      `${items.length + 1}. 以上都交了`,
    ].join('\n'),
  askedPrivately: '已私信您，请在私聊里告诉我交的是哪一项。',
  progressSentPrivately: '提交进度已私信发您。',
  /** 「收到」 after a reminder: read, not handed in (reminder-received.ts). */
  reminderReceived: (pending: readonly DeadlineInstance[]) =>
    pending.length === 0
      ? '好的。提醒里的材料您都已登记为已交，不会再提醒您。'
      : `好的，提醒已收到。交好后请回复「已交」或如「${ackHint(pending[0]!)}」，` +
        `${pending.length === 1 ? '这一项' : '交了的'}就不再提醒您。`,
  summaryReceived: '好的，名单已收到。',
  chooseAgain: (n: number) => `请回复 1 到 ${n} 的序号，或发送「取消」。`,
  ackFlowTitle: '确认提交',

  progress(i: DeadlineInstance, teams: readonly PersonProgress[], today: LocalDate): string {
    const total = teams.reduce((n, t) => n + t.total, 0);
    const missing = teams.reduce((n, t) => n + t.missing.length, 0);
    return [
      `${i.periodLabel}${i.deadline.title}（${deadlineText(i, today)}截止）：${total - missing}/${total} 已确认提交`,
      ...teams.map(
        (t) =>
          `· ${t.team} ${t.total - t.missing.length}/${t.total}` +
          (t.missing.length ? `，未交：${t.missing.join('、')}` : ' ✓'),
      ),
    ].join('\n');
  },
  progressUnknown: (titles: readonly string[]) =>
    `没有找到这一项。可以查询：${titles.map((t) => `「${t}进度」`).join('、')}。`,
  progressNone: (title: string) => `「${title}」目前没有需要提交的人。`,
  /** 「1月的月报谁没交」 on 8 December. */
  progressNotYet: (i: DeadlineInstance, today: LocalDate) =>
    `${i.periodLabel}的${i.deadline.title}要到${formatDate(i.opensOn, { referenceYear: yearOf(today) })}` +
    '才开始登记，还没有人需要提交。',
  /** A team or department named that the asker may not see (the rules of the 'deadline-progress' handler). */
  progressNotYours: (unit: string) => `抱歉，${unit}的提交进度您看不到：组长可以查看本组，部长本部门，人力资源部全部。`,
  progressOnlyHr: '抱歉，提交进度只有人力资源部、部长和组长可以查看。',
};
