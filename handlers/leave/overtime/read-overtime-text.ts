import type { LocalDate } from '../../../data/time/index.ts';
import { parseOvertimeDate, parseTimeRange, type OvertimeDateParse, type TimeRangeParse } from '../parse/index.ts';

export interface OvertimeReading {
  readonly date: OvertimeDateParse;
  readonly time: TimeRangeParse;
  readonly reason?: string;
}

const COMMAND = /^(?:我要)?(?:超时)?(?:加班登记|登记加班)[:：,，\s]*/;
const EDGE = /^(?:[,，.。:：、;；\s]|加班|事由|理由|原因|因为|是|做|搞)+|(?:[,，.。:：、;；\s]|加班了?|吧|了)+$/g;

/** "加班登记 11月20日 18:00-21:30 社区活动" → the date, the clock times and what is left: the reason. */
export function readOvertimeText(text: string, today: LocalDate): OvertimeReading {
  const body = text.replace(COMMAND, '');
  const date = parseOvertimeDate(body, today);
  const time = parseTimeRange(body);
  let rest = body;
  if ('matched' in date && date.matched) rest = rest.replace(date.matched, ' ');
  if ('matched' in time && time.matched) rest = rest.replace(time.matched, ' ');
  rest = rest.replace(/\s+/g, ' ').trim();
  for (let i = 0; i < 4; i++) rest = rest.replace(EDGE, '').trim();
  return { date, time, ...(rest.length >= 2 ? { reason: rest } : {}) };
}
