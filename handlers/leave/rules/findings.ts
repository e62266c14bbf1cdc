import type { Clause } from '../../../data/leave/leave-rules-schema.ts';

/** One problem with a request: what is wrong, in plain Chinese, and the rule it comes from. */
export interface Finding {
  readonly code:
    | 'eligibility'
    | 'past-date'
    | 'no-days'
    | 'overlap'
    | 'over-entitlement'
    | 'over-balance'
    | 'no-comp-balance'
    | 'comp-expired'
    | 'joined-holiday'
    | 'joined-leave'
    | 'short-notice'
    | 'meeting-day'
    | 'over-annual-days'
    | 'yearly-threshold'
    | 'forfeits-annual'
    | 'annual-forfeited'
    | 'no-approver';
  /** Addressed to the applicant ("您"). */
  readonly message: string;
  /**
   * The same, for an approver or HR: names the applicant ("孙浩今年事假…多于其年假天数").
   * Flags always have it (they travel with the request); refusals are only ever shown to the applicant.
   */
  readonly about?: string;
  /**
   * The rule that states the reason, quoted after the message; absent when no clause says it (调休 short of
   * hours: the one-month clause was quoted, which says nothing about how many there are).
   */
  readonly clause?: Clause;
}

/** Who a finding's sentence is addressed to: the applicant, or someone reading about them. */
export type Reader = { readonly you: true } | { readonly you: false; readonly name: string };

export const YOU: Reader = { you: true };

/** 您 / 孙浩: the subject of a sentence. */
export const subjectOf = (r: Reader) => (r.you ? '您' : r.name);
/** 您的 / 其: the applicant's, mentioned again in the same sentence ("多于其年假天数"). */
export const possessiveOf = (r: Reader) => (r.you ? '您的' : '其');
