import { hasRole, type Role } from '../data/org/staff.ts';
import type { Context } from './context.ts';

/**
 * A reusable predicate on the incoming message (grammY-style `hears`, `filter`). What it
 * returns when it matches (anything but false, undefined or null) is handed to the handler,
 * so the handler never runs the regex or the parser again.
 */
export type Trigger<M = true> = (ctx: Context) => M | false | undefined | null;

/** Whether a trigger's result is a match. */
export const matched = <M>(result: M | false | undefined | null): result is M =>
  result !== false && result !== undefined && result !== null;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Matches when the text matches any of the patterns (a string must equal the whole text); hands over the match. */
export function hears(...patterns: (RegExp | string)[]): Trigger<RegExpExecArray> {
  const regexes = patterns.map((p) => (typeof p === 'string' ? new RegExp(`^${escapeRegExp(p)}$`) : p));
  return (ctx) => {
    for (const re of regexes) {
      const m = re.exec(ctx.text);
      if (m) return m;
    }
    return undefined;
  };
}

/**
 * Matches what starts like a command; hands over its full reading, or null when the rest
 * does not read (the handler then answers with the command's usage line).
 */
export function startsLike(start: RegExp, full: RegExp): Trigger<{ readonly m: RegExpExecArray | null }> {
  return (ctx) => (start.test(ctx.text) ? { m: full.exec(ctx.text) } : undefined);
}

export function fromRole(...roles: Role[]): Trigger {
  return (ctx) => roles.some((r) => hasRole(ctx.person, r));
}

export const directOnly: Trigger = (ctx) => ctx.message.isDirect;

/** Matches when every trigger does; hands over the last one's match. */
export function all<M>(...triggers: [...Trigger<unknown>[], Trigger<M>]): Trigger<M> {
  return (ctx) => {
    let last: unknown;
    for (const t of triggers) {
      last = t(ctx);
      if (!matched(last)) return undefined;
    }
    return last as M;
  };
}

export function any(...triggers: Trigger<unknown>[]): Trigger {
  return (ctx) => triggers.some((t) => matched(t(ctx)));
}

export const always: Trigger = () => true;
