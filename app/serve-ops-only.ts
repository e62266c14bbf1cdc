import type { Logger } from '../bot/logger.ts';
import { serveOps, type OpsSettings } from '../web/ops/ops-routes.ts';
import type { WebListen } from '../web/web-base-url.ts';

/**
 * The console is off (or, with ORGS_DIR, not served): the port still answers /healthz and /metrics
 * (docs/deploy.md). A busy port is reported, never fatal, as for the console.
 */
export async function serveOpsOnly(ops: OpsSettings, listen: WebListen, log: Logger): Promise<() => Promise<void>> {
  try {
    return (await serveOps(ops, listen)).close;
  } catch (error) {
    log.warn({ code: (error as { code?: string }).code, port: listen.port }, '/healthz and /metrics not served');
    return async () => {};
  }
}
