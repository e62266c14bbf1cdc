import type { LocalDate, Weekday } from './local-date.ts';
import { localDateParts, makeLocalDate } from './local-date.ts';

/*
 * Asia/Shanghai is a fixed UTC+8: China last observed daylight saving time in 1991, so every
 * instant the bot handles (messages, reminders, requests) is exactly 8 hours ahead of UTC.
 * A fixed offset is exact, needs no ICU data and cannot be bent by the process TZ. Only
 * instants in the summers of 1986–1991 would be an hour off; birth dates are kept as
 * LocalDate, never as instants, so none reach these functions.
 */
const OFFSET_MS = 8 * 3_600_000;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

export interface ShanghaiParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  /** 0 = Sunday … 6 = Saturday */
  weekday: Weekday;
}

export function shanghaiParts(d: Date): ShanghaiParts {
  const t = d.getTime();
  if (Number.isNaN(t)) throw new RangeError('invalid Date');
  const s = new Date(t + OFFSET_MS);
  return {
    year: s.getUTCFullYear(),
    month: s.getUTCMonth() + 1,
    day: s.getUTCDate(),
    hour: s.getUTCHours(),
    minute: s.getUTCMinutes(),
    weekday: s.getUTCDay() as Weekday,
  };
}

/** The calendar day in Shanghai at instant `d`. */
export function shanghaiDate(d: Date): LocalDate {
  const p = shanghaiParts(d);
  const date = makeLocalDate(p.year, p.month, p.day);
  if (date === null) throw new RangeError(`instant outside the supported years: ${d.toISOString()}`);
  return date;
}

/** 'HH:mm' on the Shanghai wall clock at instant `d`. */
export function shanghaiTime(d: Date): string {
  const p = shanghaiParts(d);
  return `${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`;
}

/**
 * The instant when Shanghai's wall clock shows `time` ('HH:mm') on `date`. '24:00' is accepted
 * and means midnight at the end of `date` (an overtime that ends at midnight).
 */
export function atShanghai(date: LocalDate, time = '00:00'): Date {
  const { year, month, day } = localDateParts(date);
  let hour: number;
  let minute: number;
  if (time === '24:00') {
    hour = 24;
    minute = 0;
  } else {
    const m = TIME.exec(time);
    if (!m) throw new RangeError(`time must be HH:mm (00:00–23:59), got ${JSON.stringify(time)}`);
    hour = Number(m[1]);
    minute = Number(m[2]);
  }
  return new Date(Date.UTC(year, month - 1, day, hour, minute) - OFFSET_MS);
}
