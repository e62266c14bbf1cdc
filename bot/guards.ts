import { hasRole } from '../data/org/staff.ts';
import type { Context } from './context.ts';
import { guardText } from './guard-messages.ts';

/**
 * Who may use a handler (Sapphire's preconditions). The dispatcher asks it once the trigger
 * matched: anyone else gets the refusal and the message goes no further (not to the Q&A).
 */
export interface Guard {
  allows(ctx: Context): boolean;
  /** What everyone else is told. */
  readonly refusal: string;
}

export const hrOnly: Guard = {
  allows: (ctx) => hasRole(ctx.person, 'hr'),
  refusal: guardText.hrOnly,
};

/** HR, and the leads of a team or a project. */
export const leadOrAbove: Guard = {
  allows: (ctx) => hasRole(ctx.person, 'hr') || hasRole(ctx.person, 'team_lead') || hasRole(ctx.person, 'project_lead'),
  refusal: guardText.leadOrAbove,
};

/** HR, the leads, and the department heads: those sent the lists of who has not handed in. */
export const leadHeadOrHr: Guard = {
  allows: (ctx) => leadOrAbove.allows(ctx) || hasRole(ctx.person, 'dept_head'),
  refusal: guardText.leadOrAbove,
};

/** The same guard, refusing in a feature's own words (「生日名单只有人力资源部…」). */
export function saying(guard: Guard, refusal: string): Guard {
  return { allows: (ctx) => guard.allows(ctx), refusal };
}
