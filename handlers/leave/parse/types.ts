import type { LocalDate } from '../../../data/time/index.ts';

/**
 * Which part of a day is taken. In a single-day range start and end carry the same half
 * ('am' = the morning only). In a longer range only two halves make sense and the parser
 * normalises to them: the start is 'full' or 'pm' (from the afternoon), the end is 'full'
 * or 'am' (until noon).
 */
export type Half = 'full' | 'am' | 'pm';

export interface DatePoint {
  date: LocalDate;
  half: Half;
}

export type DateParse =
  | {
      kind: 'range';
      start: DatePoint;
      end: DatePoint;
      /** A count the person also gave ("12月1日到3日请三天"): compare it, don't trust it. */
      days?: number;
      /** The part of the text the dates were read from. */
      matched: string;
      /** How an ambiguous written date was read ("25/12" as 12月25日): to ask in the read-back. */
      note?: string;
    }
  | {
      /** A start and a number of days: the end depends on the working calendar. */
      kind: 'start-with-days';
      start: DatePoint;
      days: number;
      matched: string;
      note?: string;
    }
  | { kind: 'days-only'; days: number; matched: string }
  /**
   * Don't guess: ask the person `reason` (plain Chinese, ends with a question or a request).
   * `halfOf`: the day of a half day whose morning or afternoon is asked (「12月10号请半天」).
   * `startOf`: the first day said, whose length is asked (「3月1号开始」: 一共请几天？).
   */
  | { kind: 'ambiguous'; reason: string; matched?: string; halfOf?: LocalDate; startOf?: LocalDate }
  | { kind: 'none' };

export type OvertimeDateParse =
  | { kind: 'date'; date: LocalDate; matched: string; note?: string }
  | { kind: 'ambiguous'; reason: string; matched?: string }
  | { kind: 'none' };

export type TimeRangeParse =
  | {
      kind: 'time-range';
      /** 'HH:mm' */
      start: string;
      /** 'HH:mm'; '24:00' when it ends at midnight */
      end: string;
      /** True when the end is on the next day ("晚上10点到凌晨1点"). */
      crossesMidnight: boolean;
      minutes: number;
      matched: string;
    }
  | { kind: 'ambiguous'; reason: string; matched?: string }
  | { kind: 'none' };
