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
  readonly message: string;
  readonly clause: Clause;
}
