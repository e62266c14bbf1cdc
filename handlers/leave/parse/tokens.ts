/** "25/12" read day first, or "5/12" read month first when day first was possible too. */
export interface SlashReading {
  readonly written: string;
  readonly order: 'day-month' | 'month-day';
}

/** A date as written, before it is placed relative to today. */
export type DateSpec =
  /** 12月7日, 12.7, 2026-12-07, 明年1月3日. `year` when written; `yearOffset` for 今年/明年/去年. */
  | { type: 'absolute'; year?: number; yearOffset?: number; month: number; day: number; readAs?: SlashReading }
  /** 今天 0, 明天 1, 后天 2, 大后天 3, 昨天 -1 */
  | { type: 'relative-day'; offset: number }
  /**
   * 周X: `weekday` 0 = Sunday … 6 = Saturday. `week` 0 = this (Monday-to-Sunday) week, 1 =
   * next, 2 = the one after, -1 = last; 'bare' when no 本/这/下/上 was written.
   */
  | { type: 'weekday'; weekday: number; week: number | 'bare' }
  /** 下个月3号: `monthOffset` months from today's month */
  | { type: 'month-day'; monthOffset: number; day: number }
  /** 3号 with no month */
  | { type: 'day'; day: number };

export type VagueKind = 'date' | 'duration';

export type Token = { start: number; end: number; text: string } & (
  | { kind: 'date'; spec: DateSpec }
  | { kind: 'half'; half: 'am' | 'pm' | 'full' }
  | { kind: 'days'; days: number }
  | { kind: 'sep' }
  | { kind: 'and' }
  | { kind: 'from' }
  | { kind: 'start-mark' }
  | { kind: 'vague'; vague: VagueKind }
  | { kind: 'time' }
);

export type TokenKind = Token['kind'];
