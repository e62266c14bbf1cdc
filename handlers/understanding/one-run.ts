import type { LeaveFields, UnderstandingEnv } from './types.ts';

/**
 * 「下周一请年假 周二周三也请」「12/22请年假 12/23也请」: whole days of one type, each part starting the
 * working day after the last ends, are one leave said in parts — unless the message says there are several.
 */
export function oneRun(requests: readonly LeaveFields[], env: UnderstandingEnv): LeaveFields | null {
  const first = requests[0];
  const last = requests.at(-1);
  if (first === undefined || last === undefined || requests.length < 2) return null;
  // Parts meet whole day to whole day, or a morning to the afternoon of the same day (「上午请假 下午也请」).
  const meets = (a: LeaveFields, b: LeaveFields) =>
    (a.endHalf === undefined && b.startHalf === undefined && b.start === env.calendar.addWorkingDays(a.end!, 1)) ||
    (a.end === b.start && a.endHalf === 'am' && b.startHalf === 'pm');
  const joined = requests.every((r, i) => r.type === first.type && (i === 0 || meets(requests[i - 1]!, r)));
  if (!joined) return null;
  const halves = {
    ...(first.startHalf === 'pm' ? { startHalf: first.startHalf } : {}),
    ...(last.endHalf === 'am' ? { endHalf: last.endHalf } : {}),
  };
  return { ...(first.type ? { type: first.type } : {}), start: first.start, end: last.end, ...halves };
}
