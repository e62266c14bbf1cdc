import type { LocalDate } from '../../../data/time/index.ts';
import { parseMessages as msg } from './messages.ts';
import { normalizeText, originalSlice } from './normalize.ts';
import type { Point } from './read-points.ts';
import { readPoints } from './read-points.ts';
import { resolveStart } from './resolve-date.ts';
import { tokenize } from './tokenize.ts';
import type { OvertimeDateParse } from './types.ts';

/**
 * The day an overtime was worked ("昨天加班到9点", "周六加班"). Overtime is registered after
 * it is worked, so a bare 周六 or 28号 is the most recent one, today included; say 本周六 or
 * 下周六 for one still ahead. Clock times in the text are ignored (see parseTimeRange).
 */
export function parseOvertimeDate(text: string, today: LocalDate): OvertimeDateParse {
  const norm = normalizeText(text);
  const elements = readPoints(tokenize(norm.text));
  const points = elements.filter((e): e is Point => e.kind === 'point' && e.date !== null);
  const quote = (start: number, end: number) => originalSlice(text, norm, start, end);
  if (points.length === 0) {
    const vague = elements.find((e) => e.kind === 'vague' && e.vague === 'date');
    if (vague !== undefined && vague.kind === 'vague') {
      return { kind: 'ambiguous', reason: msg.vagueDate(vague.text), matched: quote(vague.start, vague.end) };
    }
    return { kind: 'none' };
  }
  const [point, ...rest] = points as [Point, ...Point[]];
  const last = rest.at(-1) ?? point;
  if (rest.length > 0)
    return { kind: 'ambiguous', reason: msg.overtimeOneDay(), matched: quote(point.start, last.end) };
  if (point.spec === null || point.date === null) return { kind: 'none' };
  const word = quote(point.date.start, point.date.end);
  const r = resolveStart(point.spec, word, today, 'overtime');
  if (!r.ok) return { kind: 'ambiguous', reason: r.reason, matched: word };
  // "25/12" read as 12月25日: the read-back asks whether that is meant.
  const readAs = point.spec.type === 'absolute' ? point.spec.readAs : undefined;
  return {
    kind: 'date',
    date: r.date,
    matched: word,
    ...(readAs ? { note: msg.slashDate(readAs, r.date, today) } : {}),
  };
}
