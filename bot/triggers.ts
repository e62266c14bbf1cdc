import { hasRole, type Role } from '../data/org/staff.ts';
import type { Context } from './context.ts';

/** A reusable predicate on the incoming message (grammY-style `hears`, `filter`). */
export type Trigger = (ctx: Context) => boolean;

/** Matches when the text matches any of the patterns (a string must equal the whole text). */
export function hears(...patterns: (RegExp | string)[]): Trigger {
  return (ctx) => patterns.some((p) => (typeof p === 'string' ? ctx.text === p : p.test(ctx.text)));
}

export function fromRole(...roles: Role[]): Trigger {
  return (ctx) => roles.some((r) => hasRole(ctx.person, r));
}

export const directOnly: Trigger = (ctx) => ctx.message.isDirect;

export function all(...triggers: Trigger[]): Trigger {
  return (ctx) => triggers.every((t) => t(ctx));
}

export function any(...triggers: Trigger[]): Trigger {
  return (ctx) => triggers.some((t) => t(ctx));
}

export const always: Trigger = () => true;
