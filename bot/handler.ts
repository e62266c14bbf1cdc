import type { Context } from './context.ts';
import type { Guard } from './guards.ts';
import type { Trigger } from './triggers.ts';

/**
 * A feature's entry point. Its trigger is data (grammY's `hears`, Sapphire's pieces): the
 * dispatcher asks handlers in the order of `handlers/index.ts`; the first whose trigger
 * matches gets the message, with what the trigger matched. Its guard, if any, says who may
 * use it: the dispatcher refuses everyone else.
 */
export interface Handler<M = unknown> {
  readonly name: string;
  readonly trigger: Trigger<M>;
  readonly guard?: Guard;
  handle(ctx: Context, match: M): Promise<void>;
}

/** A handler whose `handle` gets its trigger's match typed (an object literal in a list would get `unknown`). */
export function handler<M>(h: Handler<M>): Handler<M> {
  return h;
}
