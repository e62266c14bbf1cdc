import type { Clock } from '../bot/clock.ts';
import type { Logger } from '../bot/logger.ts';
import type { WebListen } from '../web/web-base-url.ts';
import type { WebParts } from '../web/web-deps.ts';
import type { OpsOrg } from '../web/ops/ops-metrics.ts';

export interface WebStart {
  /** The bot's parts the console works on (its database, org store, messenger, scheduler switch). */
  readonly parts: Omit<WebParts, 'ops' | 'clock' | 'log' | 'baseUrl'>;
  /** The organisation served, as /metrics labels it. */
  readonly org: OpsOrg;
  readonly enabled: boolean;
  readonly listen: WebListen;
  readonly baseUrl: string;
  readonly metricsToken: string | undefined;
  readonly clock: Clock;
  readonly log: Logger;
}

/**
 * The web console, or with it off /healthz and /metrics alone, on WEB_PORT. Its modules
 * (fastify, its plugins, prom-client, the pages) load here, when it starts, not with the bot.
 * A busy port is reported, never fatal: the console is a convenience beside the chat.
 * Returns how to stop it, and the line to show people where it is (none when it did not start).
 */
export async function startWeb(options: WebStart): Promise<{ stop: () => Promise<void>; banner?: string }> {
  const { listen, log } = options;
  const { OpsMetrics } = await import('../web/ops/ops-metrics.ts');
  const ops = { metrics: new OpsMetrics(() => [options.org]), token: options.metricsToken };
  if (!options.enabled) {
    const { serveOpsOnly } = await import('./serve-ops-only.ts');
    return { stop: await serveOpsOnly(ops, listen, log) };
  }
  try {
    const { serveWeb } = await import('../web/serve-web.ts');
    const { clock, baseUrl } = options;
    const web = await serveWeb({ ...options.parts, ops, clock, log, baseUrl }, listen);
    const banner = `管理后台 web console: ${baseUrl}  (在聊天里发「登录后台」获取登录链接 / ask the bot 「登录后台」 for a login link)`;
    return { stop: web.close, banner };
  } catch (error) {
    const code = (error as { code?: string }).code;
    log.warn(
      { code, port: listen.port },
      'web console not started (set WEB_PORT to a free port, or WEB_ENABLED=false)',
    );
    return { stop: async () => {} };
  }
}
