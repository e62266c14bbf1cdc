import type { LeaveTypeRule } from '../../data/leave/leave-rules-schema.ts';
import { formatDays } from './format-span.ts';

/**
 * The length a type always has (婚假 3 days, 丧假 3 days): a start day alone is enough to count it.
 * A type with a longer case (产假, 难产 158 days) has no one length, so its length is still asked.
 */
export function fixedLength(type: LeaveTypeRule | undefined): number | undefined {
  const e = type?.entitlement;
  return e?.kind === 'per-request' && e.extended === undefined ? e.days : undefined;
}

/** Said in the read-back, so that a person taking fewer days knows to say so. */
export const fixedLengthNote = (typeName: string, days: number): string =>
  `${typeName}按规定为${formatDays(days)}天，已从开始日期算起；如需调整天数，请直接告诉我。`;
