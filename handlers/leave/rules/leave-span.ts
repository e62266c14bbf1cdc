import type { LocalDate } from '../../../data/time/index.ts';

/** Which part of a day is taken (the same convention as the date parser). */
export type Half = 'full' | 'am' | 'pm';

/**
 * The dates of one request. A single day carries the same half at both ends ('am' = the
 * morning only); a longer span starts 'full' or 'pm' and ends 'full' or 'am'.
 */
export interface LeaveSpan {
  readonly start: LocalDate;
  readonly startHalf: Half;
  readonly end: LocalDate;
  readonly endHalf: Half;
}

type DayHalf = 'am' | 'pm';

/** The halves of `date` the span takes (none when the date is outside it). */
export function halvesOn(span: LeaveSpan, date: LocalDate): DayHalf[] {
  if (date < span.start || date > span.end) return [];
  if (span.start === span.end)
    return span.startHalf === 'full' ? ['am', 'pm'] : [span.startHalf === 'am' ? 'am' : 'pm'];
  if (date === span.start) return span.startHalf === 'pm' ? ['pm'] : ['am', 'pm'];
  if (date === span.end) return span.endHalf === 'am' ? ['am'] : ['am', 'pm'];
  return ['am', 'pm'];
}

/** Whether two spans share any half day. */
export function spansOverlap(a: LeaveSpan, b: LeaveSpan): boolean {
  const from = a.start > b.start ? a.start : b.start;
  const to = a.end < b.end ? a.end : b.end;
  if (from > to) return false;
  // Neither span ends on a shared day that is not the last shared day, so both hold its afternoon.
  if (from < to) return true;
  const mine = halvesOn(a, from);
  return halvesOn(b, from).some((h) => mine.includes(h));
}

/** The span takes the morning of its first day (nothing working lies between it and the day before). */
export function takesFirstMorning(span: LeaveSpan): boolean {
  return halvesOn(span, span.start).includes('am');
}

/** The span takes the afternoon of its last day. */
export function takesLastAfternoon(span: LeaveSpan): boolean {
  return halvesOn(span, span.end).includes('pm');
}

/** A span from a parsed start and end point. */
export function spanOf(start: { date: LocalDate; half: Half }, end: { date: LocalDate; half: Half }): LeaveSpan {
  return { start: start.date, startHalf: start.half, end: end.date, endHalf: end.half };
}
