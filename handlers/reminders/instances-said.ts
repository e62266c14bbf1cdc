import type { WorkCalendar } from '../../data/calendar/work-calendar.ts';
import type { ReminderConfig } from '../../data/reminders/reminder-config.ts';
import type { LocalDate } from '../../data/time/index.ts';
import { currentInstances, instanceOfPeriod, type DeadlineInstance } from './deadline-instances.ts';
import { readHandInDay } from './hand-in-day.ts';
import { periodKeysFor, readPeriodsSaid } from './period-said.ts';

/** The instances a hand-in message refers to, sorted by whether they can still be recorded. */
export interface InstancesSaid {
  /** Open for hand-ins: what is recorded. */
  readonly open: readonly DeadlineInstance[];
  /** Named by their period, but past their late days (lateAckDays) on the day handed in. */
  readonly closed: readonly DeadlineInstance[];
  /** Named by their period, not open for hand-ins yet. */
  readonly notYet: readonly DeadlineInstance[];
  /** Whether the message named a period of any deadline asked. */
  readonly periodSaid: boolean;
  /** The day the hand-in is said to have happened; today when it says none. */
  readonly day: LocalDate;
}

/**
 * Which instances 「11月的月报我昨天交了」 means: the period said (a month, 上个月, 第四季度…), else the
 * one a bare 「已交」 meant on the day it was handed in (currentInstances).
 *
 * Decided for the late days: a period's hand-ins are recorded from its opening until lateAckDays
 * after its deadline, as the config says (30 November's report: until 7 December). What counts is
 * the day it was handed in, when said: 「11月的月报我昨天交了」 on the 8th was handed in on the 7th, in
 * time, and is recorded for November — the person expects it, and a day's delay in telling the bot
 * changes nothing on paper. Said with no day once the late days are over (「上个月月报交了」 on the
 * 8th), nothing is recorded and the reply says so plainly: recording December instead would stop
 * December's reminders, and recording November past the organisation's limit would overrule it.
 * An early hand-in is recorded as soon as the period is open (its first day, or first reminder).
 */
export function instancesSaid(
  text: string,
  config: ReminderConfig,
  calendar: WorkCalendar,
  today: LocalDate,
  /** The deadlines asked about (all when absent), and whether an instance is the person's to hand in. */
  options: { readonly deadlineIds?: ReadonlySet<string>; readonly fits: (i: DeadlineInstance) => boolean },
): InstancesSaid {
  const said = readPeriodsSaid(text, today);
  const day = readHandInDay(text, today) ?? today;
  const open: DeadlineInstance[] = [];
  const closed: DeadlineInstance[] = [];
  const notYet: DeadlineInstance[] = [];
  const named = options.deadlineIds?.size ? options.deadlineIds : undefined;
  const asked = config.deadlines.filter((d) => named === undefined || named.has(d.id));
  const keys = new Map(asked.map((d) => [d, periodKeysFor(d, said)]));
  const periodSaid = [...keys.values()].some((k) => k.length > 0);
  for (const [deadline, periods] of keys) {
    // 「上个月的都交了」 is about the deadlines of months only; 「11月的月报和年度总结」 names the latter too.
    if (!periods.length) {
      if (named === undefined && periodSaid) continue;
      open.push(...currentInstances({ ...config, deadlines: [deadline] }, calendar, day).filter(options.fits));
      continue;
    }
    for (const key of periods) {
      const i = instanceOfPeriod(deadline, key, config, calendar);
      if (i === undefined || !options.fits(i)) continue;
      if (i.opensOn > today) notYet.push(i);
      else if (day > i.closesOn) closed.push(i);
      else open.push(i);
    }
  }
  return { open: byDueDate(open), closed, notYet, periodSaid, day };
}

function byDueDate(items: DeadlineInstance[]): DeadlineInstance[] {
  return items.sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0));
}
