export type { DateParse, DatePoint, Half, OvertimeDateParse, TimeRangeParse } from './types.ts';
export { parseLeaveDates } from './parse-leave-dates.ts';
export { parseOvertimeDate } from './parse-overtime-date.ts';
export { parseTimeRange } from './parse-time-range.ts';
export { extractDays } from './extract-days.ts';
export type { DatePolicy } from './resolve-date.ts';
export { PAST_WINDOW_DAYS } from './resolve-date.ts';
export { parseMessages } from './messages.ts';
export type {
  DatePhraseCase,
  DatePhraseExpectation,
  LeaveDateParser,
  PhraseFailure,
  PhraseSetResult,
} from './phrase-set.ts';
export {
  datePhraseCaseSchema,
  describeExpectation,
  describeParse,
  matchesExpectation,
  parseDatePhraseSet,
  runDatePhraseSet,
} from './phrase-set.ts';
