export type { LocalDate, Weekday } from './local-date.ts';
export {
  addDays,
  compareDates,
  daysInMonth,
  diffDays,
  eachDay,
  isLeapYear,
  isLocalDate,
  localDate,
  localDateParts,
  makeLocalDate,
  mondayOf,
  parseLocalDate,
  weekdayOf,
  yearOf,
} from './local-date.ts';
export type { ShanghaiParts } from './shanghai.ts';
export { atShanghai, shanghaiDate, shanghaiParts, shanghaiTime } from './shanghai.ts';
export type { FormatDateOptions } from './format.ts';
export { WEEKDAY_NAMES, formatDate, formatDateRange, formatDateTime } from './format.ts';
