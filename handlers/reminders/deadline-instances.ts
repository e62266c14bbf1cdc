import type { LocalDate } from '../../data/time/index.ts';
import { addDays, daysInMonth, localDateParts, makeLocalDate } from '../../data/time/index.ts';
import type { WorkCalendar } from '../../data/calendar/work-calendar.ts';
import type { Deadline, ReminderConfig } from '../../data/reminders/reminder-config.ts';

/** One deadline for one period: December's monthly report, Q4's archive. */
export interface DeadlineInstance {
  readonly deadline: Deadline;
  /** `2026-12`, `2026-Q4` or `2026`: with the deadline id, the key of an acknowledgement. */
  readonly period: string;
  /** `12月`, `第四季度`, `2026年`, for the text. */
  readonly periodLabel: string;
  readonly dueDate: LocalDate;
  /** The last day of the period the documents are about (31 March for March's documents due 5 April). */
  readonly periodEnd: LocalDate;
  /** Working days, oldest first, never after the deadline. */
  readonly reminderDates: readonly LocalDate[];
  /** The working day before the deadline, when a summary goes to leads. */
  readonly summaryDate: LocalDate | undefined;
  /** From this day "已交" counts for this instance… */
  readonly opensOn: LocalDate;
  /** …until this day (late hand-ins are still recorded). */
  readonly closesOn: LocalDate;
}

interface Period {
  readonly key: string;
  readonly label: string;
  readonly year: number;
  /** The month the deadline is counted from: the period's month, the quarter's last, or the fixed month. */
  readonly month: number;
}

const QUARTER_NAMES = ['第一季度', '第二季度', '第三季度', '第四季度'];

/** Every instance whose dates (opening, reminders, deadline, closing) touch [from, to]. */
export function instancesBetween(
  config: ReminderConfig,
  calendar: WorkCalendar,
  from: LocalDate,
  to: LocalDate,
): DeadlineInstance[] {
  const out: DeadlineInstance[] = [];
  const first = localDateParts(from);
  const last = localDateParts(to);
  for (const deadline of config.deadlines) {
    // Reminders and acknowledgements reach at most a few months either side of a deadline.
    for (const period of periodsBetween(deadline, first.year, first.month - 4, last.year, last.month + 4)) {
      const instance = instanceOf(deadline, period, config, calendar);
      if (instance.closesOn >= from && instance.opensOn <= to) out.push(instance);
    }
  }
  return out.sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0));
}

/** The instance "已交" refers to on `date` for each deadline: the earliest still open. */
export function currentInstances(config: ReminderConfig, calendar: WorkCalendar, date: LocalDate): DeadlineInstance[] {
  const open = instancesBetween(config, calendar, date, date).filter((i) => i.opensOn <= date && date <= i.closesOn);
  const byDeadline = new Map<string, DeadlineInstance>();
  for (const i of open) if (!byDeadline.has(i.deadline.id)) byDeadline.set(i.deadline.id, i);
  return [...byDeadline.values()];
}

/** The instance to report on for "月报进度": the open one, else the latest that has opened. */
export function latestInstance(
  deadline: Deadline,
  config: ReminderConfig,
  calendar: WorkCalendar,
  date: LocalDate,
): DeadlineInstance | undefined {
  const one = { ...config, deadlines: [deadline] };
  const current = currentInstances(one, calendar, date)[0];
  if (current) return current;
  const back = instancesBetween(one, calendar, addDays(date, -400), date).filter((i) => i.opensOn <= date);
  return back.at(-1);
}

/**
 * The instance of one period (`2026-11`, `2026-Q4`, `2026`) of a deadline, open or not; undefined
 * when the key is no period of that deadline.
 */
export function instanceOfPeriod(
  deadline: Deadline,
  key: string,
  config: ReminderConfig,
  calendar: WorkCalendar,
): DeadlineInstance | undefined {
  const m = /^(\d{4})(?:-(\d{2})|-Q([1-4]))?$/.exec(key);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : m[3] ? Number(m[3]) * 3 : deadline.due.every === 'year' ? deadline.due.month : 0;
  const period = periodOf(deadline, year, month);
  return period?.key === key ? instanceOf(deadline, period, config, calendar) : undefined;
}

function instanceOf(
  deadline: Deadline,
  period: Period,
  config: ReminderConfig,
  calendar: WorkCalendar,
): DeadlineInstance {
  const dueMonth =
    deadline.due.every === 'year'
      ? { year: period.year, month: deadline.due.month }
      : shiftMonth(period.year, period.month, deadline.due.monthsAfter);
  const dueDate = dayOfMonth(dueMonth.year, dueMonth.month, deadline.due.day);
  const latest = calendar.workingDayOnOrBefore(dueDate);
  const dates = new Set<LocalDate>();
  for (const rule of deadline.reminders) {
    const date =
      rule.on === 'last-week-of-month'
        ? lastWeekStart(calendar, dueMonth.year, dueMonth.month)
        : calendar.workingDaysBefore(dueDate, rule.days);
    if (date <= latest) dates.add(date);
  }
  const reminderDates = [...dates].sort();
  const periodStart = dayOfMonth(period.year, deadline.due.every === 'year' ? deadline.due.month : period.month, 1);
  const opensOn = reminderDates[0] !== undefined && reminderDates[0] < periodStart ? reminderDates[0] : periodStart;
  return {
    deadline,
    period: period.key,
    periodLabel: period.label,
    dueDate,
    periodEnd: dayOfMonth(period.year, period.month, 'last'),
    reminderDates,
    summaryDate: deadline.summaryTo ? calendar.workingDaysBefore(dueDate, 1) : undefined,
    opensOn,
    closesOn: addDays(dueDate, config.lateAckDays),
  };
}

/** The first working day of the month's last seven days; the last working day if that week is all days off. */
function lastWeekStart(calendar: WorkCalendar, year: number, month: number): LocalDate {
  const end = dayOfMonth(year, month, 'last');
  for (let d = addDays(end, -6); d <= end; d = addDays(d, 1)) if (calendar.isWorkingDay(d)) return d;
  return calendar.workingDayOnOrBefore(end);
}

function* periodsBetween(
  deadline: Deadline,
  fromYear: number,
  fromMonth: number,
  toYear: number,
  toMonth: number,
): Generator<Period> {
  const start = shiftMonth(fromYear, fromMonth, 0);
  const end = shiftMonth(toYear, toMonth, 0);
  if (deadline.due.every === 'year') {
    for (let y = start.year; y <= end.year; y++) yield periodOf(deadline, y, deadline.due.month)!;
    return;
  }
  for (
    let m = start;
    m.year < end.year || (m.year === end.year && m.month <= end.month);
    m = shiftMonth(m.year, m.month, 1)
  ) {
    const period = periodOf(deadline, m.year, m.month);
    if (period) yield period;
  }
}

/** The period of a deadline that ends with this month; undefined when none does (May, for a quarter). */
function periodOf(deadline: Deadline, year: number, month: number): Period | undefined {
  if (month < 1 || month > 12) return undefined;
  const every = deadline.due.every;
  if (every === 'year')
    return month === deadline.due.month ? { key: String(year), label: `${year}年`, year, month } : undefined;
  if (every === 'month') return { key: `${year}-${String(month).padStart(2, '0')}`, label: `${month}月`, year, month };
  return month % 3 === 0
    ? { key: `${year}-Q${month / 3}`, label: QUARTER_NAMES[month / 3 - 1]!, year, month }
    : undefined;
}

/** Month arithmetic that accepts months outside 1–12 (month 0 is December of the year before). */
function shiftMonth(year: number, month: number, by: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + by;
  return { year: Math.floor(index / 12), month: (((index % 12) + 12) % 12) + 1 };
}

function dayOfMonth(year: number, month: number, day: number | 'last'): LocalDate {
  const last = daysInMonth(year, month);
  const date = makeLocalDate(year, month, day === 'last' ? last : Math.min(day, last));
  if (date === null) throw new RangeError(`no such day: ${year}-${month}-${day}`);
  return date;
}
