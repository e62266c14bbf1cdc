import type { ChannelRoute } from '../bot/outbound/channel-route.ts';
import type { SendBudget } from './send-budget.ts';
import { wrappedRoute } from './wrapped-route.ts';

/**
 * The route with its scheduled sends counted against the shared send budget before they go: over
 * budget, the send throws OverBudgetError and the scheduler puts it back for the next window.
 * Replies are only counted (after going out): a person waiting for an answer is never held back.
 */
export function budgetedRoute(route: ChannelRoute, budget: SendBudget): ChannelRoute {
  return wrappedRoute(route, (inner) => ({
    async send(to, message, options) {
      if (options?.scheduled) await budget.take(inner.name, to.chatId);
      await inner.send(to, message, options);
      if (!options?.scheduled) await budget.note(inner.name, to.chatId);
    },
    ...(inner.stream
      ? {
          async stream(to, parts, options) {
            const shown = await inner.stream!(to, parts, options);
            if (shown) await budget.note(inner.name, to.chatId);
            return shown;
          },
        }
      : {}),
  }));
}
