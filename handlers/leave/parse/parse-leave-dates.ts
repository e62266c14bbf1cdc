import type { LocalDate } from '../../../data/time/index.ts';
import { diffDays, localDateParts } from '../../../data/time/index.ts';
import { parseMessages as msg } from './messages.ts';
import type { NormalizedText } from './normalize.ts';
import { normalizeText, originalSlice } from './normalize.ts';
import type { Element, Point } from './read-points.ts';
import { readPoints } from './read-points.ts';
import type { Resolved } from './resolve-date.ts';
import { resolveEnd, resolveStart } from './resolve-date.ts';
import { tokenize } from './tokenize.ts';
import type { DateParse, DatePoint, Half } from './types.ts';

/** Characters allowed between two dates read as one range: 周四周五, 12月10日、11日, 明天和后天. */
const MAX_JOIN_GAP = 2;

interface Ctx {
  input: string;
  norm: NormalizedText;
  today: LocalDate;
}

/**
 * Reads the dates of a leave request, relative to `today` (Asia/Shanghai). Returns a range, a
 * start with a number of days, only a number of days, a question to ask back, or nothing.
 * It never guesses: a past bare weekday, a half day without 上午/下午, an end before the start
 * or a day that doesn't exist all come back as `ambiguous` with the question to ask.
 */
export function parseLeaveDates(text: string, today: LocalDate): DateParse {
  const parsed = readDates(text, today);
  if (parsed.kind !== 'range' && parsed.kind !== 'start-with-days') return parsed;
  const note = slashNote(text, parsed, today);
  return note ? { ...parsed, note } : parsed;
}

/** "25/12" read as 12月25日 (or "5/12" as 5月12日): the question for the read-back. */
type Dated = Extract<DateParse, { kind: 'range' | 'start-with-days' }>;

function slashNote(text: string, parsed: Dated, today: LocalDate): string | undefined {
  for (const t of tokenize(normalizeText(text).text)) {
    if (t.kind !== 'date' || t.spec.type !== 'absolute' || !t.spec.readAs) continue;
    const { month, day } = t.spec;
    const dates = parsed.kind === 'range' ? [parsed.start.date, parsed.end.date] : [parsed.start.date];
    const date = dates.find((d) => localDateParts(d).month === month && localDateParts(d).day === day);
    if (date) return msg.slashDate(t.spec.readAs, date, today);
  }
  return undefined;
}

function readDates(text: string, today: LocalDate): DateParse {
  const norm = normalizeText(text);
  const ctx: Ctx = { input: text, norm, today };
  const elements = readPoints(tokenize(norm.text));
  const points = elements.filter((e): e is Point => e.kind === 'point');
  const daysElements = elements.filter((e) => e.kind === 'days');
  const vague = elements.filter((e) => e.kind === 'vague');
  const vagueDate = vague.find((e) => e.vague === 'date');
  const vagueDuration = vague.find((e) => e.vague === 'duration');
  const orphanHalf = elements.find((e) => e.kind === 'half');

  const daysElement = daysElements[0];
  const days = daysElement?.days;
  if (daysElement !== undefined && !(daysElement.days > 0 && Number.isInteger(daysElement.days * 2))) {
    return { kind: 'ambiguous', reason: msg.badDays(daysElement.days), matched: quote(ctx, [daysElement]) };
  }

  if (points.length === 0) {
    if (vagueDate)
      return { kind: 'ambiguous', reason: msg.vagueDate(vagueDate.text), matched: quote(ctx, [vagueDate]) };
    if (orphanHalf) return { kind: 'ambiguous', reason: msg.halfWithoutDate(), matched: quote(ctx, [orphanHalf]) };
    if (daysElement !== undefined)
      return { kind: 'days-only', days: daysElement.days, matched: quote(ctx, [daysElement]) };
    if (vagueDuration) {
      return { kind: 'ambiguous', reason: msg.vagueDuration(vagueDuration.text), matched: quote(ctx, [vagueDuration]) };
    }
    return { kind: 'none' };
  }
  if (points.length > 2) return { kind: 'ambiguous', reason: msg.tooManyDates(), matched: quote(ctx, points) };

  const [first, second] = points as [Point, Point | undefined];
  const sepBetween =
    second !== undefined &&
    elements.slice(elements.indexOf(first), elements.indexOf(second)).some((e) => e.kind === 'sep');
  const used: Element[] = [...points];
  if (daysElement) used.push(daysElement);
  const fromIndex = elements.indexOf(first) - 1;
  if (elements[fromIndex]?.kind === 'from') used.push(elements[fromIndex]);

  if (second === undefined) {
    const after = elements.slice(elements.indexOf(first) + 1);
    const sepIndex = after.findIndex((e) => e.kind === 'sep');
    const endWord = sepIndex >= 0 ? after[sepIndex + 1] : undefined;
    if (endWord?.kind === 'vague') {
      return { kind: 'ambiguous', reason: msg.vagueEnd(endWord.text), matched: quote(ctx, [first, endWord]) };
    }
    return single(ctx, first, days, vagueDuration?.text, used);
  }

  const start = resolveFirst(ctx, first);
  if (!start.ok) return ambiguous(ctx, start, used);
  const end = second.spec === null ? start : resolveEnd(second.spec, second.date?.text ?? '', start.date, ctx.today);
  if (!end.ok) return ambiguous(ctx, end, used);

  if (!sepBetween) {
    // 周四周五 / 明天、后天 / 明天和后天: two days written together are one range when they
    // follow each other. Two dates far apart in a sentence ("明天迟到，后天请假") are asked back.
    const between = elements.slice(elements.indexOf(first) + 1, elements.indexOf(second));
    const together = between.every((e) => e.kind === 'and') && second.start - first.end <= MAX_JOIN_GAP;
    if (!together) {
      return { kind: 'ambiguous', reason: msg.whichDates(start.date, end.date, ctx.today), matched: quote(ctx, used) };
    }
    const gap = diffDays(start.date, end.date);
    if (gap !== 0 && gap !== 1) {
      return {
        kind: 'ambiguous',
        reason: msg.notConsecutive(start.date, end.date, ctx.today),
        matched: quote(ctx, used),
      };
    }
  }
  return range(ctx, start.date, halfOf(first), end.date, halfOf(second), days, used);
}

function single(
  ctx: Ctx,
  point: Point,
  days: number | undefined,
  vagueDuration: string | undefined,
  used: Element[],
): DateParse {
  const start = resolveFirst(ctx, point);
  if (!start.ok) return ambiguous(ctx, start, used);
  const half = halfOf(point);
  if (days === undefined) {
    if (vagueDuration !== undefined) {
      return { kind: 'ambiguous', reason: msg.vagueDuration(vagueDuration), matched: quote(ctx, used) };
    }
    // 明天开始请假 says when it starts, not how long
    if (point.startMark)
      return {
        kind: 'ambiguous',
        reason: msg.howManyDays(start.date, ctx.today),
        matched: quote(ctx, used),
        startOf: start.date,
      };
    return range(ctx, start.date, half, start.date, half, undefined, used);
  }
  if (days === 0.5) {
    if (half === 'am' || half === 'pm') return range(ctx, start.date, half, start.date, half, days, used);
    const asked = { reason: msg.whichHalf(start.date, ctx.today), halfOf: start.date };
    return { kind: 'ambiguous', ...asked, matched: quote(ctx, used) };
  }
  if (days === 1 && half !== 'pm') return range(ctx, start.date, 'full', start.date, 'full', days, used);
  return {
    kind: 'start-with-days',
    start: { date: start.date, half: half === 'pm' ? 'pm' : 'full' },
    days,
    matched: quote(ctx, used),
  };
}

function range(
  ctx: Ctx,
  startDate: LocalDate,
  startHalf: Half,
  endDate: LocalDate,
  endHalf: Half,
  days: number | undefined,
  used: Element[],
): DateParse {
  if (endDate < startDate) {
    return { kind: 'ambiguous', reason: msg.endBeforeStart(startDate, endDate, ctx.today), matched: quote(ctx, used) };
  }
  let start: DatePoint;
  let end: DatePoint;
  if (startDate === endDate) {
    const half = sameDayHalf(startHalf, endHalf);
    if (half === null)
      return { kind: 'ambiguous', reason: msg.halfOrder(startDate, ctx.today), matched: quote(ctx, used) };
    start = { date: startDate, half };
    end = { date: endDate, half };
  } else {
    // From the morning is the whole first day; until the afternoon is the whole last day.
    start = { date: startDate, half: startHalf === 'pm' ? 'pm' : 'full' };
    end = { date: endDate, half: endHalf === 'am' ? 'am' : 'full' };
  }
  return { kind: 'range', start, end, ...(days === undefined ? {} : { days }), matched: quote(ctx, used) };
}

/** 上午到下午 is the whole day; 下午到上午 of one day makes no sense. */
function sameDayHalf(a: Half, b: Half): Half | null {
  if (a === b) return a;
  if (a === 'full') return b;
  if (b === 'full') return a;
  return a === 'am' ? 'full' : null;
}

function halfOf(p: Point): Half {
  return p.half?.half ?? 'full';
}

function resolveFirst(ctx: Ctx, p: Point): Resolved {
  if (p.spec === null || p.date === null) return { ok: false, reason: msg.halfWithoutDate() };
  return resolveStart(p.spec, originalSlice(ctx.input, ctx.norm, p.date.start, p.date.end), ctx.today, 'leave');
}

function ambiguous(ctx: Ctx, r: Extract<Resolved, { ok: false }>, used: Element[]): DateParse {
  return { kind: 'ambiguous', reason: r.reason, matched: quote(ctx, used) };
}

function quote(ctx: Ctx, elements: readonly { start: number; end: number }[]): string {
  if (elements.length === 0) return '';
  const start = Math.min(...elements.map((e) => e.start));
  const end = Math.max(...elements.map((e) => e.end));
  return originalSlice(ctx.input, ctx.norm, start, end);
}
