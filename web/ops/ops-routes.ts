import { timingSafeEqual } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import type { OpsMetrics } from './ops-metrics.ts';

export interface OpsSettings {
  readonly metrics: OpsMetrics;
  /** METRICS_TOKEN: when set, /metrics wants `Authorization: Bearer <token>`. */
  readonly token?: string;
}

const NO_ACCOUNTS = 'no chat account named in org.json (accounts): its sends wait in the outbox';

/**
 * `/healthz` (for the load balancer and systemd: 200 while every organisation's database answers,
 * 503 when one does not; a standby instance is healthy, it is ready to take over) and `/metrics`
 * (Prometheus text). Neither says anything about a person. With ORGS_DIR, a folder that cannot be
 * served is listed with its problem but leaves the instance healthy: the others are served, and
 * another instance would fail on the same folder (`tonggong_up` is 0 for it, to alert on).
 */
export function opsRoutes(app: FastifyInstance, ops: OpsSettings): void {
  app.get('/healthz', async (_req, reply) => {
    const orgs = (await ops.metrics.health()).map(({ org, database, accounts, problem }) => ({
      org,
      database,
      accounts,
      ...(problem ? { problem } : {}),
      ...(accounts === 'none' && database !== 'not served' ? { note: NO_ACCOUNTS } : {}),
    }));
    const ok = orgs.every((o) => o.database !== 'unreachable');
    return reply.code(ok ? 200 : 503).send({ ok, orgs });
  });
  app.get('/metrics', async (req, reply) => {
    if (ops.token && !bearerMatches(req.headers.authorization, ops.token)) {
      return reply.code(401).header('www-authenticate', 'Bearer').type('text/plain').send('unauthorised\n');
    }
    return reply.type(ops.metrics.contentType).send(await ops.metrics.text());
  });
}

function bearerMatches(header: string | undefined, token: string): boolean {
  const given = Buffer.from(header?.replace(/^Bearer\s+/i, '') ?? '');
  const wanted = Buffer.from(token);
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}

/**
 * With the web console off (WEB_ENABLED=false) the same port still answers `/healthz` and
 * `/metrics`, and nothing else: probes and scrapers need not know whether the console runs.
 */
export async function serveOps(
  ops: OpsSettings,
  listen: { host: string; port: number },
): Promise<{ app: FastifyInstance; close: () => Promise<void> }> {
  const app = Fastify({ logger: false });
  opsRoutes(app, ops);
  await app.listen(listen);
  return { app, close: () => app.close() };
}
