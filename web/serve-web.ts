import type { FastifyInstance } from 'fastify';
import { buildWebServer } from './server.ts';
import { webDeps, type WebParts } from './web-deps.ts';

export interface WebListen {
  readonly host: string;
  readonly port: number;
}

/** The base URL people open: WEB_BASE_URL when set, else the address listened on. */
export function webBaseUrl(listen: WebListen, configured: string | undefined): string {
  return (
    configured ?? `http://${listen.host.includes(':') ? `[${listen.host}]` : listen.host}:${listen.port}`
  ).replace(/\/+$/, '');
}

/** Builds the console over the bot's parts and listens; `close` stops it. */
export async function serveWeb(
  parts: WebParts,
  listen: WebListen,
): Promise<{ app: FastifyInstance; close: () => Promise<void> }> {
  const app = await buildWebServer(webDeps(parts));
  await app.listen({ host: listen.host, port: listen.port });
  return { app, close: () => app.close() };
}
