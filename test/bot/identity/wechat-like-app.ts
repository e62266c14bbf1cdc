import { createApp, type App } from '../../../app/app.ts';
import { boundContactRoute } from '../../../bot/channels/bound-contact-route.ts';
import { MemoryChannel } from '../../../bot/channels/memory/memory-channel.ts';
import { staffIdRoute } from '../../../bot/channels/staff-id-route.ts';
import { ManualClock } from '../../../bot/clock.ts';
import { silentLogger } from '../../../bot/logger.ts';

export interface WechatLikeApp {
  readonly app: App;
  /** Sender ids are contact ids, meaningless until bound with HR's code. */
  readonly wechat: MemoryChannel;
  /** Sender ids are staff ids (HR types its commands here; HR's copies arrive here). */
  readonly terminal: MemoryChannel;
  readonly clock: ManualClock;
}

/** The bot with a channel standing in for personal WeChat, beside a trusted terminal. */
/** `withTerminal: false`: no trusted channel at all, so someone unbound can't be reached. */
export async function wechatLikeApp(
  options: { orgDir?: string; dbPath?: string; start?: Date; withTerminal?: boolean } = {},
): Promise<WechatLikeApp> {
  const clock = new ManualClock(options.start ?? new Date('2026-12-01T09:00:00+08:00'));
  const wechat = new MemoryChannel('wechaty', () => clock.now());
  const terminal = new MemoryChannel('memory', () => clock.now());
  const app = await createApp({
    orgDir: options.orgDir ?? 'data/orgs/sample',
    ...(options.dbPath ? { dbPath: options.dbPath } : {}),
    clock,
    log: silentLogger(),
    routes: ({ bindings }) => [
      boundContactRoute(wechat, bindings),
      ...(options.withTerminal === false ? [] : [{ ...staffIdRoute(terminal), roomAddress: async () => undefined }]),
    ],
  });
  await app.start();
  return { app, wechat, terminal, clock };
}

/** A twelve-digit code nobody was given (a random code equals one of these about once in 10^9 runs). */
export function wrongCode(i = 0): string {
  return `000000${String(i).padStart(6, '0')}`;
}
