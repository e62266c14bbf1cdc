import type { FastifyInstance } from 'fastify';
import { buildWebServer } from './server.ts';
import { webDeps, type WebParts } from './web-deps.ts';
import type { WebListen } from './web-base-url.ts';

/** Builds the console over the bot's parts and listens; `close` stops it. */
export async function serveWeb(
  parts: WebParts,
  listen: WebListen,
): Promise<{ app: FastifyInstance; close: () => Promise<void> }> {
  const app = await buildWebServer(webDeps(parts));
  await app.listen({ host: listen.host, port: listen.port });
  return { app, close: () => app.close() };
}
