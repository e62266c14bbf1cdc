import type { Handler } from '../../bot/handler.ts';
import type { Feature } from '../../handlers/feature.ts';
import { features } from '../../handlers/index.ts';

/** Every feature, after one of the test's own holding `handler`: for `createApp`'s `features`. */
export function handlerFirst(handler: Handler): readonly Feature[] {
  const own: Feature = { name: `test-${handler.name}`, help: {}, jobs: [], wire: () => ({ handlers: [handler] }) };
  return [own, ...features];
}
