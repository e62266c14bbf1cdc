import type { Context } from './context.ts';
import type { Trigger } from './triggers.ts';

/**
 * A feature's entry point. Its trigger is data (grammY's `hears`, Sapphire's pieces): the
 * dispatcher asks handlers in the order of `handlers/index.ts` and the first whose trigger
 * matches handles the message.
 */
export interface Handler {
  readonly name: string;
  readonly trigger: Trigger;
  handle(ctx: Context): Promise<void>;
}
