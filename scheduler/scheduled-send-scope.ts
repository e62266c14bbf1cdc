import { AsyncLocalStorage } from 'node:async_hooks';

/*
 * Marks the sends the scheduler makes, so a paced channel slows those down and lets a person's
 * conversation through at once. The scheduler sends through the Messenger, which picks the
 * channel: only the channel knows it is WeChat or WeCom, so the pacing happens there.
 */
const scope = new AsyncLocalStorage<true>();

export function asScheduledSend<T>(fn: () => Promise<T>): Promise<T> {
  return scope.run(true, fn);
}

export function isScheduledSend(): boolean {
  return scope.getStore() === true;
}
