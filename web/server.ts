import { readFileSync } from 'node:fs';
import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import { loginRoutes } from './auth/login-routes.ts';
import { requireViewer } from './auth/require-viewer.ts';
import './auth/viewer.ts';
import { messagePage } from './html/layout.ts';
import { webText } from './messages.ts';
import { projectPath } from '../data/project-root.ts';
import { pageRoutes } from './pages/page-routes.ts';
import type { WebDeps } from './web-deps.ts';
import { opsRoutes } from './ops/ops-routes.ts';

/** Forms are small; uploads (a staff or balance file) up to 2 MB, one file at a time. */
export const BODY_LIMIT = 256 * 1024;
export const UPLOAD_LIMIT = 2 * 1024 * 1024;

const STYLE = readFileSync(projectPath('web/html/style.css'), 'utf8');

/**
 * The web console (管理后台) as a Fastify app: security headers, cookies, forms, uploads and
 * a rate limit on the login link, then the session check before every page. Request logging
 * is off: URLs carry login tokens and names, and nothing personal goes to the logs.
 */
export async function buildWebServer(deps: WebDeps): Promise<FastifyInstance> {
  const app = Fastify({ bodyLimit: BODY_LIMIT, logger: false, trustProxy: false });
  const https = deps.baseUrl.startsWith('https:');
  await app.register(helmet, {
    // On plain http://127.0.0.1 an upgrade to https would break every stylesheet and form.
    contentSecurityPolicy: { directives: { upgradeInsecureRequests: https ? [] : null } },
    hsts: https,
    referrerPolicy: { policy: 'no-referrer' },
  });
  await app.register(cookie);
  await app.register(formbody, { bodyLimit: BODY_LIMIT });
  await app.register(multipart, { limits: { fileSize: UPLOAD_LIMIT, files: 1, fields: 20 } });
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_req, ctx) => ({
      statusCode: ctx.statusCode,
      error: 'Too Many Requests',
      message: webText.tooMany,
    }),
  });

  app.setErrorHandler(
    async (error: { statusCode?: number; code?: string; message: string }, req, reply: FastifyReply) => {
      const status = error.statusCode ?? 500;
      if (status === 429)
        return reply
          .code(429)
          .type('text/html')
          .send(messagePage(undefined, webText.tooMany, webText.tooMany));
      if (status === 413 || error.code === 'FST_REQ_FILE_TOO_LARGE') {
        return reply
          .code(413)
          .type('text/html')
          .send(messagePage(req.viewer, webText.tooLarge, webText.tooLarge));
      }
      if (status < 500)
        return reply
          .code(status)
          .type('text/html')
          .send(messagePage(req.viewer, webText.errorTitle, webText.error));
      // The route pattern, never the URL (it may hold a token); the error code, never a person's data.
      deps.log.error({ route: req.routeOptions.url, code: error.code, err: error }, 'web console error');
      return reply
        .code(500)
        .type('text/html')
        .send(messagePage(req.viewer, webText.errorTitle, webText.error));
    },
  );
  app.setNotFoundHandler(async (req, reply) =>
    reply
      .code(404)
      .type('text/html')
      .send(messagePage(req.viewer, webText.notFoundTitle, webText.notFound)),
  );

  app.get('/static/style.css', async (_req, reply) =>
    reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=3600').send(STYLE),
  );
  if (deps.ops) opsRoutes(app, deps.ops);
  else app.get('/healthz', async () => ({ ok: true }));
  app.addHook('preHandler', requireViewer(deps));
  loginRoutes(app, deps);
  pageRoutes(app, deps);
  return app;
}
